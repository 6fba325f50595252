package org.wbsmodeler.studio.workbench;

import org.eclipse.ui.IWorkbenchWindow;
import org.wbsmodeler.ui.diagram.bench.GanttPageBenchmark;

/**
 * {@code --bench gantt}: the Gantt page's benchmark lives with it (org.wbsmodeler.ui.diagram), which the studio
 * imports optionally; without that bundle the command says so in one line.
 */
final class GanttBench {

	private GanttBench() {
	}

	static int run(IWorkbenchWindow window, int rows) {
		try {
			System.out.println(GanttPageBenchmark.run(window, rows).line());
			return 0;
		} catch (NoClassDefFoundError e) {
			System.err.println("wbs studio --bench gantt: the diagram editors (org.wbsmodeler.ui.diagram) are not installed");
			return 1;
		} catch (Exception e) {
			System.err.println("wbs studio --bench gantt: " + e.getMessage());
			return 1;
		}
	}
}
