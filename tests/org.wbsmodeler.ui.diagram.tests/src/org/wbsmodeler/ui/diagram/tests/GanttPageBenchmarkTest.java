package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.PlatformUI;
import org.junit.Test;
import org.wbsmodeler.ui.diagram.bench.GanttPageBenchmark;

/** The Gantt page benchmark's plumbing on a small plan: it measures, prints its one line and leaves nothing behind. */
public class GanttPageBenchmarkTest {

	@Test
	public void printsTheLineAndCleansUp() throws Exception {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		GanttPageBenchmark.Result result = GanttPageBenchmark.run(window, 400);
		assertTrue(result.line(), result.line().matches("gantt rows=400 open_ms=\\d+ scroll_ms=\\d+ svg_ms=\\d+ \\(.*\\)"));
		assertEquals(400, result.rows());
		assertTrue(result.line(), result.openMs() > 0);
		assertFalse("the benchmark project is gone",
				ResourcesPlugin.getWorkspace().getRoot().getProject("WBS Modeler Gantt benchmark").exists());
		assertTrue("no editor left open", window.getActivePage().getEditorReferences().length == 0);
	}
}
