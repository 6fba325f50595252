package org.wbsmodeler.ui.diagram.bench;

import org.eclipse.ui.IWorkbenchWindow;
import org.wbsmodeler.studio.StudioBenchmark;

/** {@code ./wbs studio --bench gantt}: {@link GanttPageBenchmark}, registered in this bundle's plugin.xml. */
public final class GanttBench implements StudioBenchmark {

	@Override
	public String name() {
		return "gantt";
	}

	@Override
	public String run(IWorkbenchWindow window, Settings settings) throws Exception {
		return GanttPageBenchmark.run(window, settings.activities()).line();
	}
}
