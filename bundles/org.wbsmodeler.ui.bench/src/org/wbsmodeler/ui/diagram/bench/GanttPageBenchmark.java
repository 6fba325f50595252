package org.wbsmodeler.ui.diagram.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.ide.IDE;
import org.wbsmodeler.diagram.bench.GanttBenchmark;
import org.wbsmodeler.diagram.bench.SyntheticPlans;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.ui.diagram.gantt.GanttPage;
import org.wbsmodeler.ui.editor.WbsEditor;

/**
 * {@code ./wbs studio --bench gantt}: inside the running workbench, a generated plan of N rows (the headless Gantt
 * benchmark's, {@link SyntheticPlans}) opened in the model editor. Open: from opening the file until the Gantt page
 * (brought to the front at once) has scheduled, built its chart and painted both table and chart. Scroll: from
 * moving the table's top row (a jump of a screenful and a bit, down and up alternately) until the chart has
 * repainted beside it, median of {@value #SCROLLS}; the same for a step of time to the right. SVG: the headless
 * benchmark's layout + SVG of the same plan ({@link GanttBenchmark#svgMillis}).
 */
public final class GanttPageBenchmark {

	public static final int DEFAULT_ROWS = GanttBenchmark.DEFAULT_ROWS;
	private static final int SCROLLS = 11;
	private static final long TIMEOUT_MS = 120_000;
	private static final String FAILURE = "the Gantt page did not paint";

	/** The figures, and the line that prints them. */
	public record Result(int rows, long openMs, long scrollMs, long scrollMaxMs, long timeScrollMs, long svgMs) {
		public String line() {
			return "gantt rows=" + rows + " open_ms=" + openMs + " scroll_ms=" + scrollMs + " svg_ms=" + svgMs + " (scroll_max_ms=" + scrollMaxMs
					+ " time_scroll_ms=" + timeScrollMs + ")";
		}
	}

	private final IWorkbenchPage page;
	private final Display display;

	private GanttPageBenchmark(IWorkbenchWindow window) {
		this.page = window.getActivePage();
		this.display = window.getShell().getDisplay();
	}

	public static Result run(IWorkbenchWindow window, int rows) throws IOException, CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("WBS Modeler Gantt benchmark");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		try {
			IFile file = project.getFile("gantt.wbs");
			ModelFiles.save(SyntheticPlans.plan(rows, 42), Path.of(file.getLocationURI()));
			file.refreshLocal(IResource.DEPTH_ZERO, null);
			long[] page = new GanttPageBenchmark(window).measure(file);
			long svg = GanttBenchmark.svgMillis(GanttBenchmark.scheduledPlan(rows), 3);
			return new Result(rows, page[0], page[1], page[2], page[3], svg);
		} finally {
			project.delete(true, true, null);
		}
	}

	private long[] measure(IFile file) throws CoreException {
		settle();
		long start = System.nanoTime();
		WbsEditor editor = (WbsEditor) IDE.openEditor(page, file, WbsEditor.ID);
		try {
			GanttPage gantt = show(editor);
			waitFor(() -> gantt.chart() != null && gantt.paintCount() > 0 && gantt.table().getItemCount() == gantt.chart().rowCount());
			long openMs = (System.nanoTime() - start) / 1_000_000;
			settle();
			Table table = gantt.table();
			int screen = Math.max(1, table.getClientArea().height / table.getItemHeight());
			List<Long> scrolls = new ArrayList<>();
			for (int i = 0; i < SCROLLS; i++) {
				int top = table.getTopIndex() + (i % 2 == 0 ? screen + 7 : -screen / 2);
				scrolls.add(repaint(gantt, () -> table.setTopIndex(Math.max(0, top))));
				settle(50);
			}
			List<Long> timeScrolls = new ArrayList<>();
			for (int i = 0; i < SCROLLS; i++) {
				int step = i % 2 == 0 ? 200 : -80;
				timeScrolls.add(repaint(gantt, () -> gantt.scrollTimeBy(step)));
				settle(50);
			}
			return new long[] { openMs, median(scrolls), scrolls.stream().mapToLong(Long::longValue).max().orElse(0), median(timeScrolls) };
		} finally {
			page.closeEditor(editor, false);
		}
	}

	/** From the scroll until the chart painted: the wall time a user sees. */
	private long repaint(GanttPage gantt, Runnable scroll) {
		long paints = gantt.paintCount();
		long start = System.nanoTime();
		scroll.run();
		waitFor(() -> gantt.paintCount() > paints);
		return (System.nanoTime() - start) / 1_000_000;
	}

	/** Brings the Gantt page to the front as a click on its tab does. */
	private GanttPage show(WbsEditor editor) {
		CTabFolder folder = tabFolder(editor);
		for (CTabItem item : folder.getItems()) {
			if (editor.modelPage(item.getText()) instanceof GanttPage gantt) {
				folder.setSelection(item);
				Event event = new Event();
				event.item = item;
				folder.notifyListeners(SWT.Selection, event);
				return gantt;
			}
		}
		throw new IllegalStateException("the model editor has no Gantt page");
	}

	private void settle() {
		settle(300);
	}

	private void settle(long millis) {
		EventLoop.settle(display, millis, TIMEOUT_MS, FAILURE);
	}

	private void waitFor(BooleanSupplier condition) {
		EventLoop.waitFor(display, condition, TIMEOUT_MS, FAILURE);
	}

	private static long median(List<Long> values) {
		return EventLoop.median(values);
	}

	/** The editor's tab folder: the nearest one above the Plan's tree (a banner's composite may sit between them). */
	static CTabFolder tabFolder(WbsEditor editor) {
		org.eclipse.swt.widgets.Control above = editor.planPage().viewer().getControl();
		while (!(above instanceof CTabFolder)) {
			above = above.getParent();
		}
		return (CTabFolder) above;
	}
}
