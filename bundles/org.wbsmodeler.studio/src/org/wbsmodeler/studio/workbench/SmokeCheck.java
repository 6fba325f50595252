package org.wbsmodeler.studio.workbench;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.wbsmodeler.studio.StudioIds;

/**
 * {@code ./wbs studio --smoke}: the window is there with its title, the WBS Modeling perspective and its views, and
 * it paints. One line on stdout when it is so (exit 0), one on stderr naming what is missing (exit 1). The build runs
 * it on the materialized product, where a bundle missing from a feature shows up.
 */
public final class SmokeCheck {

	private static final String[] VIEWS = { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE, IPageLayout.ID_PROP_SHEET,
			IPageLayout.ID_PROBLEM_VIEW };
	private static final long PAINT_TIMEOUT_MS = 60_000;

	private SmokeCheck() {
	}

	/** Checks the window; prints the one line and returns the exit code. */
	public static int run(IWorkbenchWindow window) {
		Shell shell = window.getShell();
		List<String> problems = new ArrayList<>();
		try (PaintWatch watch = new PaintWatch(shell.getDisplay())) {
			shell.redraw();
			if (!watch.awaitPaintedAndIdle(shell, PAINT_TIMEOUT_MS)) {
				problems.add("the window did not paint");
			}
		}
		if (!StudioIds.WINDOW_TITLE.equals(shell.getText())) {
			problems.add("the window title is '" + shell.getText() + "'");
		}
		IWorkbenchPage page = window.getActivePage();
		IPerspectiveDescriptor perspective = page == null ? null : page.getPerspective();
		if (perspective == null || !StudioIds.PERSPECTIVE.equals(perspective.getId())) {
			problems.add("the perspective is " + (perspective == null ? "none" : perspective.getId()));
		}
		List<String> views = new ArrayList<>();
		for (String id : VIEWS) {
			IViewReference view = page == null ? null : page.findViewReference(id);
			if (view == null || view.getPart(true) == null) {
				problems.add("no view " + id);
			} else {
				views.add(view.getPartName());
			}
		}
		if (!problems.isEmpty()) {
			System.err.println("wbs studio --smoke: " + String.join("; ", problems));
			return 1;
		}
		System.out.println("studio: window '" + shell.getText() + "' painted, perspective " + perspective.getLabel() + ", views "
				+ String.join(", ", views));
		return 0;
	}
}
