package org.wbsmodeler.studio;

import org.eclipse.ui.IWorkbenchWindow;

/**
 * A benchmark that {@code ./wbs studio --bench NAME} runs inside the workbench, contributed to the extension point
 * {@code org.wbsmodeler.studio.benchmarks} (one {@code <benchmark class="…"/>} line). The studio knows no benchmark
 * itself: they come with org.wbsmodeler.ui.bench, which the product installs and no product bundle requires.
 */
public interface StudioBenchmark {

	/** What the command line asked for: the plan size, the editor to measure ({@code --editor}) and the seed of the plans. */
	record Settings(int activities, String editorId, long seed) {
	}

	/** The word after {@code --bench}. */
	String name();

	/**
	 * Runs on the UI thread once the window is up and returns the one line to print. An exception's message is the
	 * failure, printed on one line (exit 1).
	 */
	String run(IWorkbenchWindow window, Settings settings) throws Exception;
}
