package org.wbsmodeler.studio.bench;

import org.eclipse.ui.IWorkbenchWindow;
import org.wbsmodeler.studio.StudioBenchmark;

/** {@code ./wbs studio --bench editor}: {@link EditorBenchmark}, registered in this bundle's plugin.xml. */
public final class EditorBench implements StudioBenchmark {

	@Override
	public String name() {
		return "editor";
	}

	@Override
	public String run(IWorkbenchWindow window, Settings settings) throws BenchmarkException {
		return EditorBenchmark.run(window, new EditorBenchmark.Settings(settings.activities(), settings.editorId(), settings.seed())).line();
	}
}
