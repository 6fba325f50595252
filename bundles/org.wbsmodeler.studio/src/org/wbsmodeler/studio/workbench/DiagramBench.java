package org.wbsmodeler.studio.workbench;

import org.eclipse.ui.IWorkbenchWindow;
import org.wbsmodeler.ui.diagram.bench.DiagramEditorBenchmark;

/**
 * {@code --bench diagram}: the diagram pages' benchmark lives with them (org.wbsmodeler.ui.diagram), which the studio
 * imports optionally; without that bundle the command says so in one line.
 */
final class DiagramBench {

	private DiagramBench() {
	}

	static int run(IWorkbenchWindow window, int activities, long seed) {
		try {
			System.out.println(DiagramEditorBenchmark.run(window, activities, seed).line());
			return 0;
		} catch (NoClassDefFoundError e) {
			System.err.println("wbs studio --bench diagram: the diagram editors (org.wbsmodeler.ui.diagram) are not installed");
			return 1;
		} catch (Exception e) {
			System.err.println("wbs studio --bench diagram: " + e.getMessage());
			return 1;
		}
	}
}
