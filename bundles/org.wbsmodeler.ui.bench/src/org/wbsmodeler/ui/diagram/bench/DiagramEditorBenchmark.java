package org.wbsmodeler.ui.diagram.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.wbsmodeler.exchange.bench.RandomProjects;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.ui.diagram.page.DiagramPage;
import org.wbsmodeler.ui.diagram.viewer.DiagramViewer;
import org.wbsmodeler.ui.editor.WbsEditor;
import org.wbsmodeler.editing.rules.LinkRule;

/**
 * {@code ./wbs studio --bench diagram}: inside the running workbench, opens generated plans in the model editor and
 * times what a user of the diagram pages waits for. Network edit: one duration {@link SetCommand} on the editor's
 * stack until the Network page has rescheduled, rebuilt and repainted (the boxes keep their places: the layout is
 * kept when the shape did not change); network link: a new link (the boxes stay, the new arrow is routed among them)
 * until drawn; network arrange: the page's Arrange, a full ELK layout of the network, until drawn. Repaint: the
 * visible area after a scroll and after a zoom step, at 100%, until painted. WBS edit: a rename on a plan of 500
 * elements until the WBS chart has repainted (at 100% too). Each figure is the median of a few runs.
 */
public final class DiagramEditorBenchmark {

	public static final int DEFAULT_ACTIVITIES = 2000;
	public static final int WBS_ELEMENTS = 500;
	private static final int RUNS = 5;
	private static final long TIMEOUT_MS = 120_000;
	private static final String FAILURE = "the diagram did not follow the edit";

	/** The figures, and the one line that prints them. */
	public record Result(int activities, long networkEditMs, long repaintMs, long repaintMaxMs, int wbsElements, long wbsEditMs, long networkBuildMs,
			long wbsBuildMs, long networkLinkMs, long networkArrangeMs, String networkLinksRouted, long networkEditCpuMs, long wbsEditCpuMs) {
		/**
		 * The figures; in brackets the sizes, the slowest repaint, and how much of each edit the diagram's own rebuild
		 * took (snapshot, schedule, build, size, layout), the rest being the editor's work and the paint; and the UI
		 * thread's CPU time of each edit (median), which a loaded machine inflates far less than the wall time.
		 */
		public String line() {
			return "diagram-editor network_edit_ms=" + networkEditMs + " repaint_ms=" + repaintMs + " wbs_edit_ms=" + wbsEditMs + " (activities="
					+ activities + " wbs_elements=" + wbsElements + " repaint_max_ms=" + repaintMaxMs + " network_rebuild_ms=" + networkBuildMs
					+ " wbs_rebuild_ms=" + wbsBuildMs + " network_link_ms=" + networkLinkMs + " network_arrange_ms=" + networkArrangeMs + " links_routed=" + networkLinksRouted
					+ " network_edit_ui_cpu_ms=" + networkEditCpuMs + " wbs_edit_ui_cpu_ms=" + wbsEditCpuMs + ")";
		}
	}

	/** The rebuild times of the last edits of each page, in ms. */
	private final List<Long> rebuilds = new ArrayList<>();
	/** The UI thread's CPU time of the last edits of each page, in ms. */
	private final List<Long> editCpu = new ArrayList<>();
	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private final IWorkbenchPage page;
	private final Display display;

	private DiagramEditorBenchmark(IWorkbenchWindow window) {
		this.page = window.getActivePage();
		this.display = window.getShell().getDisplay();
	}

	public static Result run(IWorkbenchWindow window, int activities, long seed) throws IOException, CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("WBS Modeler diagram benchmark");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		try {
			DiagramEditorBenchmark benchmark = new DiagramEditorBenchmark(window);
			IFile network = write(project, "network.wbs", RandomProjects.withActivities(activities, seed));
			long[] networkFigures = benchmark.network(network);
			long networkBuild = median(benchmark.rebuilds);
			long networkCpu = median(benchmark.editCpu);
			benchmark.rebuilds.clear();
			benchmark.editCpu.clear();
			IFile wbs = write(project, "wbs.wbs", RandomProjects.generate(WBS_ELEMENTS, seed));
			long wbsEdit = benchmark.wbs(wbs);
			return new Result(activities, networkFigures[0], networkFigures[1], networkFigures[2], WBS_ELEMENTS, wbsEdit, networkBuild,
					median(benchmark.rebuilds), networkFigures[3], networkFigures[4], networkFigures[5] + "/" + networkFigures[6], networkCpu,
					median(benchmark.editCpu));
		} finally {
			project.delete(true, true, null);
		}
	}

	private static IFile write(IProject project, String name, Project model) throws IOException, CoreException {
		IFile file = project.getFile(name);
		ModelFiles.save(model, Path.of(file.getLocationURI()));
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		return file;
	}

	/** Edit → reschedule → relayout → repaint on the Network page; then repaints after scrolling and zooming. */
	private long[] network(IFile file) throws PartInitException {
		WbsEditor editor = (WbsEditor) IDE.openEditor(page, file, WbsEditor.ID);
		try {
			DiagramPage network = show(editor, "Network");
			DiagramViewer viewer = network.viewer();
			viewer.viewport().zoomAt(1, 0, 0);
			settle();
			List<Long> edits = new ArrayList<>();
			Activity activity = firstActivity(editor.project());
			for (int i = 0; i < RUNS; i++) {
				Command command = SetCommand.create(editor.getEditingDomain(), activity, Literals.WBS_ELEMENT__DURATION, activity.getDuration() + 1);
				edits.add(timeEdit(editor, network, command));
			}
			List<Long> links = new ArrayList<>();
			int routed = 0;
			List<Activity[]> pairs = unlinkedPairs(editor.project(), RUNS);
			for (Activity[] pair : pairs) {
				Dependency link = WbsFactory.eINSTANCE.createDependency();
				link.setPredecessor(pair[0]);
				links.add(timeEdit(editor, network, AddCommand.create(editor.getEditingDomain(), pair[1], Literals.WBS_ELEMENT__PREDECESSORS, link)));
				routed += network.built().layoutReused() ? 1 : 0;
				editor.getEditingDomain().getCommandStack().undo();
				settle();
			}
			rebuilds.subList(rebuilds.size() - pairs.size(), rebuilds.size()).clear();
			editCpu.subList(editCpu.size() - pairs.size(), editCpu.size()).clear();
			List<Long> arranges = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				arranges.add(timeArrange(network));
			}
			List<Long> repaints = new ArrayList<>();
			for (int i = 0; i < RUNS * 2; i++) {
				int step = i;
				settle();
				repaints.add(repaint(viewer, () -> viewer.viewport().scrollBy(step % 2 == 0 ? 300 : -120, 200)));
				settle();
				double zoom = viewer.viewport().zoom();
				repaints.add(repaint(viewer, () -> viewer.viewport().zoomAt(step % 2 == 0 ? zoom * 1.15 : zoom / 1.15, 200, 200)));
			}
			return new long[] { median(edits), median(repaints), repaints.stream().mapToLong(Long::longValue).max().orElse(0),
					links.isEmpty() ? 0 : median(links), median(arranges), routed, pairs.size() };
		} finally {
			page.closeEditor(editor, false);
		}
	}

	/** A rename (the box's width changes, so the chart is laid out again) on the WBS chart of a 500-element plan. */
	private long wbs(IFile file) throws PartInitException {
		WbsEditor editor = (WbsEditor) IDE.openEditor(page, file, WbsEditor.ID);
		try {
			DiagramPage chart = show(editor, "WBS chart");
			chart.viewer().viewport().zoomAt(1, 0, 0);
			settle();
			List<WbsElement> elements = OutlineIndex.of(editor.project()).elements();
			WbsElement element = elements.get(elements.size() / 2);
			List<Long> edits = new ArrayList<>();
			for (int i = 0; i < RUNS; i++) {
				Command command = SetCommand.create(editor.getEditingDomain(), element, Literals.WBS_ELEMENT__NAME, "Renamed for the benchmark " + i);
				edits.add(timeEdit(editor, chart, command));
			}
			return median(edits);
		} finally {
			page.closeEditor(editor, false);
		}
	}

	private long timeEdit(WbsEditor editor, DiagramPage page, Command command) {
		settle();
		long generation = page.refresher().generation();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		editor.getEditingDomain().getCommandStack().execute(command);
		// a new layout applied and painted, after the edit
		long[] paintsAtApply = { -1 };
		waitFor(() -> {
			if (paintsAtApply[0] < 0 && page.built() != null && page.built().generation() > generation) {
				paintsAtApply[0] = page.viewer().paintCount();
			}
			return paintsAtApply[0] >= 0 && page.viewer().paintCount() > paintsAtApply[0];
		});
		long wall = (System.nanoTime() - start) / 1_000_000;
		editCpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
		rebuilds.add(page.built().buildNanos() / 1_000_000);
		return wall;
	}

	/** The page's Arrange (a full layout, as after a structural edit that is not a new link) until painted. */
	private long timeArrange(DiagramPage page) {
		settle();
		long generation = page.refresher().generation();
		long start = System.nanoTime();
		page.arrange();
		long[] paintsAtApply = { -1 };
		waitFor(() -> {
			if (paintsAtApply[0] < 0 && page.built() != null && page.built().generation() > generation) {
				paintsAtApply[0] = page.viewer().paintCount();
			}
			return paintsAtApply[0] >= 0 && page.viewer().paintCount() > paintsAtApply[0];
		});
		return (System.nanoTime() - start) / 1_000_000;
	}

	/**
	 * From the scroll or zoom (which asks for a repaint) until the canvas has painted: the wall time a user sees.
	 * ({@code Control.update} does not paint synchronously on GTK 3, so the event loop runs until the paint came.)
	 */
	private long repaint(DiagramViewer viewer, Runnable scrollOrZoom) {
		long paints = viewer.paintCount();
		long start = System.nanoTime();
		scrollOrZoom.run();
		waitFor(() -> viewer.paintCount() > paints);
		return (System.nanoTime() - start) / 1_000_000;
	}

	/** Brings a page to the front as a click on its tab does, and waits for its first layout. */
	private DiagramPage show(WbsEditor editor, String title) {
		settle();
		CTabFolder folder = GanttPageBenchmark.tabFolder(editor);
		for (CTabItem item : folder.getItems()) {
			if (item.getText().equals(title) && editor.modelPage(title) instanceof DiagramPage diagram) {
				folder.setSelection(item);
				Event event = new Event();
				event.item = item;
				folder.notifyListeners(SWT.Selection, event);
				waitFor(() -> diagram.built() != null && diagram.built().generation() == diagram.refresher().generation());
				return diagram;
			}
		}
		throw new IllegalStateException("the model editor has no " + title + " page");
	}

	/** Pairs of activities a finish-to-start link may join without closing a cycle (a structural edit: full layout). */
	private static List<Activity[]> unlinkedPairs(Project project, int count) {
		List<Activity> activities = new ArrayList<>();
		for (WbsElement element : OutlineIndex.of(project).elements()) {
			if (element instanceof Activity activity && !activity.isSummary()) {
				activities.add(activity);
			}
		}
		List<Activity[]> pairs = new ArrayList<>();
		for (int i = 0; i < activities.size() && pairs.size() < count; i += Math.max(1, activities.size() / 50)) {
			Activity from = activities.get(i);
			Activity to = activities.get(activities.size() - 1 - i);
			if (from != to && to.getPredecessors().stream().noneMatch(d -> d.getPredecessor() == from)
					&& LinkRule.refusal(List.of(from), to) == null) {
				pairs.add(new Activity[] { from, to });
			}
		}
		return pairs;
	}

	private static Activity firstActivity(Project project) {
		for (WbsElement element : OutlineIndex.of(project).elements()) {
			if (element instanceof Activity activity && !activity.isSummary()) {
				return activity;
			}
		}
		throw new IllegalStateException("the generated plan has no activity");
	}

	/** Lets what opening or the last edit posted finish: no job running, then the event loop run for a moment. */
	private void settle() {
		EventLoop.settle(display, 300, TIMEOUT_MS, FAILURE);
	}

	private void waitFor(BooleanSupplier condition) {
		EventLoop.waitFor(display, condition, TIMEOUT_MS, FAILURE);
	}

	private static long median(List<Long> values) {
		return EventLoop.median(values);
	}
}
