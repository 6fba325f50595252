package org.wbsmodeler.studio.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.studio.files.ModelEditors;
import org.wbsmodeler.studio.workbench.PaintWatch;

/**
 * {@code ./wbs studio --bench editor}: inside the running workbench, opens generated plans in the model editor and
 * measures what a planner waits for. Open: from {@code IDE.openEditor} until the editor has painted and the UI is
 * idle. Edit: one {@link SetCommand} on the first activity's duration (the one with the most work downstream)
 * through the editor's command stack, until the editor has repainted and the UI is idle again: that includes the
 * editor's reschedule. One untimed edit first (what a planner's first edit of the session pays once: classes loaded,
 * code compiled), then the median of {@value #TIMED_EDITS} edits. Both on a model of a tenth of the size (10,000 by default) and on the full size
 * (100,000), and the heap after a full GC with the full-size model open.
 */
public final class EditorBenchmark {

	private static final long OPEN_TIMEOUT_MS = 300_000;
	private static final long EDIT_TIMEOUT_MS = 60_000;
	private static final int TIMED_EDITS = 5;

	/** What to measure: the number of activities of the large model and the editor that opens them. */
	public record Settings(int activities, String editorId, long seed) {
	}

	private final IWorkbenchPage page;
	private final Settings settings;
	private final PaintWatch watch;
	private final List<IEditorPart> opened = new ArrayList<>();

	private EditorBenchmark(IWorkbenchPage page, Settings settings, PaintWatch watch) {
		this.page = page;
		this.settings = settings;
		this.watch = watch;
	}

	/** Runs the benchmark on the window's page and leaves the workspace as it was. */
	public static EditorBenchResult run(IWorkbenchWindow window, Settings settings) throws BenchmarkException {
		if (!ModelEditors.isInstalled(settings.editorId())) {
			throw new BenchmarkException("no editor " + settings.editorId() + " is installed (the WBS model editor comes with org.wbsmodeler.ui)");
		}
		IProject project;
		try {
			project = BenchModels.project();
		} catch (CoreException e) {
			throw new BenchmarkException("cannot create the benchmark project: " + e.getStatus().getMessage(), e);
		}
		EditorBenchmark benchmark = null;
		try (PaintWatch watch = new PaintWatch(window.getShell().getDisplay())) {
			benchmark = new EditorBenchmark(window.getActivePage(), settings, watch);
			return benchmark.measure(project);
		} finally {
			if (benchmark != null) {
				benchmark.closeEditors();
			}
			try {
				BenchModels.delete(project);
			} catch (CoreException e) {
				System.err.println("wbs studio --bench: could not remove the project " + project.getName() + ": " + e.getStatus().getMessage());
			}
		}
	}

	private EditorBenchResult measure(IProject project) throws BenchmarkException {
		int small = Math.max(1, settings.activities() / 10);
		Opened smallModel = open(write(project, small));
		long editSmall = editDuration(smallModel);
		closeEditors();

		Opened large = open(write(project, settings.activities()));
		long heapMb = usedHeapMb();
		long editLarge = editDuration(large);
		closeEditors();
		return new EditorBenchResult(settings.activities(), large.openMs(), small, editSmall, editLarge, heapMb);
	}

	private IFile write(IProject project, int activities) throws BenchmarkException {
		try {
			return BenchModels.write(project, activities, settings.seed());
		} catch (CoreException | IOException e) {
			throw new BenchmarkException("cannot write the " + activities + "-activity model: " + e.getMessage(), e);
		}
	}

	private record Opened(IEditorPart editor, Control control, long openMs) {
	}

	private Opened open(IFile file) throws BenchmarkException {
		watch.reset();
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		IEditorPart editor;
		try {
			editor = ModelEditors.open(page, file, settings.editorId());
		} catch (CoreException e) {
			throw new BenchmarkException("cannot open " + file.getName() + ": " + e.getStatus().getMessage(), e);
		}
		if (editor == null) {
			throw new BenchmarkException("the workbench opened no editor for " + file.getName());
		}
		long returned = System.nanoTime();
		long cpuMade = threads.getCurrentThreadCpuTime();
		opened.add(editor);
		Control control = editorControl(editor);
		if (!watch.awaitPaintedAndIdle(control, OPEN_TIMEOUT_MS)) {
			throw new BenchmarkException(file.getName() + " was not painted within " + OPEN_TIMEOUT_MS / 1000 + " s of opening");
		}
		long openMs = millisSince(start);
		long cpuIdle = threads.getCurrentThreadCpuTime();
		// where an open's time goes: the editor made (load, pages), then painting and what it posted, until idle; the UI
		// thread's CPU time beside the wall time, as it hardly moves with the machine's load
		System.err.println("open " + file.getName() + ": editor made " + (returned - start) / 1_000_000 + " ms (UI CPU "
				+ (cpuMade - cpuStart) / 1_000_000 + "), first paint "
				+ (watch.firstPaintNanos() == 0 ? "-" : String.valueOf((watch.firstPaintNanos() - start) / 1_000_000)) + " ms, idle " + openMs
				+ " ms (UI CPU " + (cpuIdle - cpuStart) / 1_000_000 + ")");
		return new Opened(editor, control, openMs);
	}

	/** Closes what the benchmark opened, without saving: the edits were only for measuring. */
	private void closeEditors() {
		for (IEditorPart editor : opened) {
			page.closeEditor(editor, false);
		}
		opened.clear();
	}

	/**
	 * The composite the workbench renders the editor into (its e4 part's widget): paints inside it are the editor's.
	 * The editor's window when there is none.
	 */
	public static Control editorControl(IEditorPart editor) {
		MPart part = editor.getSite().getService(MPart.class);
		if (part != null && part.getWidget() instanceof Control control) {
			return control;
		}
		return editor.getSite().getShell();
	}

	/** The median time of {@value #TIMED_EDITS} duration edits, after one untimed edit. */
	private long editDuration(Opened opened) throws BenchmarkException {
		editOnce(opened);
		long[] times = new long[TIMED_EDITS];
		for (int i = 0; i < times.length; i++) {
			times[i] = editOnce(opened);
		}
		Arrays.sort(times);
		if (Boolean.getBoolean("wbs.bench.verbose")) {
			System.err.println("edit times (ms, sorted): " + Arrays.toString(times));
		}
		return times[times.length / 2];
	}

	private long editOnce(Opened opened) throws BenchmarkException {
		EditingDomain domain = domainOf(opened.editor());
		Activity activity = firstActivity(domain);
		double duration = activity.getDuration() + 1;
		Command command = SetCommand.create(domain, activity, WbsPackage.Literals.WBS_ELEMENT__DURATION, duration);
		if (!command.canExecute()) {
			throw new BenchmarkException("the editor's domain refuses to set the duration of " + activity.getName());
		}
		// what opening deferred (the first validation, posted with a timer) is not the edit's cost: let it finish first
		// (at most 10 s: a blinking caret posts events forever, and that is no work an edit would wait for)
		watch.awaitQuiet(1_000, 10_000);
		watch.reset();
		long start = System.nanoTime();
		domain.getCommandStack().execute(command);
		long executedAt = System.nanoTime();
		if (!watch.awaitPaintedAndIdle(opened.control(), EDIT_TIMEOUT_MS)) {
			throw new BenchmarkException("the editor did not repaint within " + EDIT_TIMEOUT_MS / 1000 + " s of a duration change");
		}
		long ms = millisSince(start);
		if (Boolean.getBoolean("wbs.bench.verbose")) {
			// where the time goes: the command itself (with the stack's listeners), until the first paint, until idle
			System.err.println("  executed " + (executedAt - start) / 1_000_000 + " ms, first paint " + (watch.firstPaintNanos() - start) / 1_000_000
					+ " ms, done " + ms + " ms");
		}
		if (activity.getDuration() != duration) {
			throw new BenchmarkException("the duration command did not change " + activity.getName());
		}
		return ms;
	}

	private static EditingDomain domainOf(IEditorPart editor) throws BenchmarkException {
		IEditingDomainProvider provider = editor instanceof IEditingDomainProvider p ? p : editor.getAdapter(IEditingDomainProvider.class);
		if (provider == null || provider.getEditingDomain() == null) {
			throw new BenchmarkException("the editor " + editor.getSite().getId() + " offers no IEditingDomainProvider");
		}
		return provider.getEditingDomain();
	}

	private static Activity firstActivity(EditingDomain domain) throws BenchmarkException {
		for (Iterator<Notifier> all = domain.getResourceSet().getAllContents(); all.hasNext();) {
			if (all.next() instanceof Activity activity) {
				return activity;
			}
		}
		throw new BenchmarkException("the editor's model has no activity");
	}

	private static long usedHeapMb() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
	}

	private static long millisSince(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}
}
