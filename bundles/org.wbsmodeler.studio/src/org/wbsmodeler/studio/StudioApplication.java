package org.wbsmodeler.studio;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.wbsmodeler.studio.workbench.StudioBenchmarks;
import org.wbsmodeler.studio.workbench.StudioWorkbenchAdvisor;
import org.wbsmodeler.studio.workbench.StudioWorkspace;

/**
 * The Equinox application {@code org.wbsmodeler.studio.application}: the WBS Modeler workbench. Exit codes as the
 * command line's: 0 done, 1 the smoke check or the benchmark failed, 2 bad arguments, no display or no workspace.
 */
public class StudioApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		StudioArguments arguments;
		try {
			arguments = StudioArguments.parse(args);
		} catch (IllegalArgumentException e) {
			return fail(e.getMessage());
		}
		if (arguments.help()) {
			System.out.println(StudioArguments.USAGE);
			return IApplication.EXIT_OK;
		}
		if (arguments.bench() && StudioBenchmarks.find(arguments.benchKind()).isEmpty()) {
			return fail("unknown benchmark '" + arguments.benchKind() + "' (there are: " + StudioBenchmarks.names() + ")");
		}
		String workspaceProblem = StudioWorkspace.claim();
		if (workspaceProblem != null) {
			return fail(workspaceProblem);
		}
		Display display;
		try {
			display = PlatformUI.createDisplay();
		} catch (SWTError | UnsatisfiedLinkError e) {
			return fail("no display to open the window on (" + e.getMessage() + "); set DISPLAY or run under xvfb-run");
		}
		try {
			StudioWorkbenchAdvisor advisor = new StudioWorkbenchAdvisor(arguments);
			int code = PlatformUI.createAndRunWorkbench(display, advisor);
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : Integer.valueOf(advisor.exitCode());
		} finally {
			display.dispose();
		}
	}

	private static Integer fail(String message) {
		System.err.println("wbs studio: " + message);
		return 2;
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
