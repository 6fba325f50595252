package org.wbsmodeler.ui.diagram.bench;

import org.eclipse.ui.IWorkbenchWindow;
import org.wbsmodeler.studio.StudioBenchmark;

/** {@code ./wbs studio --bench diagram}: {@link DiagramEditorBenchmark}, registered in this bundle's plugin.xml. */
public final class DiagramBench implements StudioBenchmark {

	@Override
	public String name() {
		return "diagram";
	}

	@Override
	public String run(IWorkbenchWindow window, Settings settings) throws Exception {
		return DiagramEditorBenchmark.run(window, settings.activities(), settings.seed()).line();
	}
}
