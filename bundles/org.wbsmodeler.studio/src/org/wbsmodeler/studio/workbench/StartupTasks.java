package org.wbsmodeler.studio.workbench;

import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.wbsmodeler.studio.StudioArguments;
import org.wbsmodeler.studio.StudioBenchmark;
import org.wbsmodeler.studio.StudioIds;
import org.wbsmodeler.studio.files.ExternalFiles;
import org.wbsmodeler.studio.files.ModelEditors;

/**
 * What the command line asked for once the window is up: open FILE, then, for {@code --smoke} and {@code --bench},
 * report one line and close the workbench. Runs on the UI thread inside the event loop.
 */
final class StartupTasks {

	/** The seed of the benchmark's models: every run measures the same plans. */
	private static final long BENCH_SEED = 20_270_201L;

	private final StudioArguments arguments;
	private int exitCode;

	StartupTasks(StudioArguments arguments) {
		this.arguments = arguments;
	}

	int exitCode() {
		return exitCode;
	}

	void run() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window == null && workbench.getWorkbenchWindowCount() > 0) {
			window = workbench.getWorkbenchWindows()[0];
		}
		if (window == null) {
			return;
		}
		if (arguments.bench()) {
			exitCode = bench(window);
		} else {
			if (arguments.file() != null && !open(window, arguments.file())) {
				exitCode = 1;
			}
			if (arguments.smoke()) {
				exitCode = Math.max(exitCode, SmokeCheck.run(window));
			}
		}
		if (arguments.bench() || arguments.smoke()) {
			for (IWorkbenchWindow each : workbench.getWorkbenchWindows()) {
				for (IWorkbenchPage page : each.getPages()) {
					page.closeAllEditors(false);
				}
			}
			workbench.close();
		}
	}

	/** Runs the benchmark named after {@code --bench} (StudioApplication checked that one is installed). */
	private int bench(IWorkbenchWindow window) {
		String name = arguments.benchKind();
		StudioBenchmark benchmark = StudioBenchmarks.find(name).orElse(null);
		if (benchmark == null) {
			System.err.println("wbs studio --bench " + name + ": no such benchmark; there are: " + StudioBenchmarks.names());
			return 1;
		}
		try {
			System.out.println(benchmark.run(window, new StudioBenchmark.Settings(arguments.activities(), arguments.editorId(), BENCH_SEED)));
			return 0;
		} catch (Exception e) {
			System.err.println("wbs studio --bench " + name + ": " + e.getMessage());
			return 1;
		}
	}

	/** Opens FILE (relative to where ./wbs was started) in the model editor; says why not on stderr and in a dialog. */
	private boolean open(IWorkbenchWindow window, String file) {
		Path path = Path.of(System.getProperty("wbs.cwd", System.getProperty("user.dir"))).resolve(file);
		try {
			ModelEditors.open(window.getActivePage(), ExternalFiles.toWorkspace(path), StudioIds.MODEL_EDITOR);
			return true;
		} catch (CoreException e) {
			String message = path + ": " + e.getStatus().getMessage();
			System.err.println("wbs studio: " + message);
			if (!arguments.smoke()) {
				MessageDialog.openError(window.getShell(), "Open " + path.getFileName(), message);
			}
			return false;
		}
	}
}
