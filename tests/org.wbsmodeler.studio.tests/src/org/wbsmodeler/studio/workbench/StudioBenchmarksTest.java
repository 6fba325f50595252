package org.wbsmodeler.studio.workbench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;
import org.wbsmodeler.studio.StudioArguments;
import org.wbsmodeler.studio.StudioBenchmark;

/**
 * ./wbs studio --bench NAME finds its benchmark through org.wbsmodeler.studio.benchmarks: the studio requires no
 * benchmark bundle, org.wbsmodeler.ui.bench contributes them (this test bundle requires it so that it is installed).
 */
public class StudioBenchmarksTest {

	@Test
	public void theDocumentedBenchmarksAreContributed() {
		List<String> names = StudioBenchmarks.installed().stream().map(StudioBenchmark::name).toList();
		assertEquals(List.of("editor", "diagram", "gantt"), names);
		assertTrue(StudioBenchmarks.find("gantt").isPresent());
		assertEquals("editor, diagram, gantt", StudioBenchmarks.names());
	}

	@Test
	public void anUnknownNameFindsNothing() {
		assertFalse(StudioBenchmarks.find("schedule").isPresent());
		// the argument parser leaves the name to the registry: the application refuses it before the window opens
		assertEquals("schedule", StudioArguments.parse("--bench", "schedule").benchKind());
	}
}
