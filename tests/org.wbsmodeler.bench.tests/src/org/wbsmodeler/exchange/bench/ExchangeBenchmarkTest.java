package org.wbsmodeler.exchange.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.SummaryElement;
import org.wbsmodeler.model.WbsElement;

/** The benchmark and its generator: exactly N tasks, one line in the documented form, nothing left behind. */
public class ExchangeBenchmarkTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	@Test
	public void generatorMakesExactlyTheTasksAskedFor() {
		for (int size : new int[] { 1, 7, 250, 1234 }) {
			Project project = RandomProjects.generate(size, size);
			assertEquals(size, OutlineIndex.build(project).size());
		}
		Project a = RandomProjects.generate(300, 42);
		Project b = RandomProjects.generate(300, 42);
		assertTrue("the same seed gives the same model", org.eclipse.emf.ecore.util.EcoreUtil.equals(a, b));
	}

	@Test
	public void generatorMakesExactlyTheActivitiesAskedForWithSummariesMilestonesAndLinks() {
		for (int size : new int[] { 1, 9, 500 }) {
			Project project = RandomProjects.withActivities(size, size);
			List<WbsElement> elements = new ArrayList<>();
			project.eAllContents().forEachRemaining(o -> {
				if (o instanceof WbsElement element) {
					elements.add(element);
				}
			});
			assertEquals(size, elements.stream().filter(Activity.class::isInstance).count());
			assertTrue("summaries above the activities", elements.stream().anyMatch(SummaryElement.class::isInstance));
			if (size >= 500) {
				assertTrue("milestones", elements.stream().anyMatch(Milestone.class::isInstance));
				assertTrue("links", elements.stream().filter(e -> !e.getPredecessors().isEmpty()).count() > size / 2);
			}
		}
	}

	@Test
	public void benchmarkPrintsOneLineAndCleansUp() throws Exception {
		Path work = folder.newFolder().toPath();
		ExchangeBenchmark.Result result = ExchangeBenchmark.run(300, 1, 1, work);
		assertTrue(result.toString(), result.toString().matches("tasks=300 export_ms=\\d+ mpxj_write_ms=\\d+ import_ms=\\d+ mpxj_read_ms=\\d+"
				+ " export_ratio=\\d+\\.\\d\\d import_ratio=\\d+\\.\\d\\d file_mb=\\d+ import_heap_mb=\\d+ mpxj_read_heap_mb=\\d+"));
		assertTrue("the file it read was measured", result.fileBytes() > 0);
		assertTrue("every step took time", result.exportMs() > 0 && result.mpxjWriteMs() > 0 && result.importMs() > 0 && result.mpxjReadMs() > 0);
		try (var left = Files.list(work)) {
			assertEquals(0, left.count());
		}
	}
}
