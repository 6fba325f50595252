package org.wbsmodeler.ui.diagram.page;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.wbsmodeler.diagram.layout.ElkDiagramLayout;
import org.wbsmodeler.diagram.layout.LayoutReuse;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.render.NodeSizer;
import org.wbsmodeler.diagram.render.TextMeasurer;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.schedule.model.ProjectSchedule;
import org.wbsmodeler.editing.live.LiveSchedule;
import org.wbsmodeler.ui.session.PlanJobs;

/**
 * Builds a page's diagram the way {@code ./wbs render} does — build, size, lay out — from the live model and the
 * session's live schedule: no copy of the model and no scheduler of the page's own, so every page shows the dates
 * the Plan shows, and an edit costs one incremental reschedule for the whole editor. The diagram is built on the UI
 * thread (it reads the model); sizing and layout work on the diagram alone and run there too for a small model (the
 * picture follows the edit at once) and in a job for a big one, whose result is applied on the UI thread in one step
 * unless a newer refresh has started since (a generation counter drops stale layouts). An edit that leaves the
 * diagram's shape as it was keeps the layout on screen ({@link LayoutReuse}); that is checked on the UI thread, so
 * such an edit of a big diagram is shown without the job (only a full layout goes there).
 * <p>
 * Big or small is judged by how long this page's builds took, not only by the model's size: a 500-element WBS chart
 * builds in a few tens of milliseconds, and handing that to a job and back costs a user who waits for the picture
 * more (two thread hops and an extra turn of the event loop on a busy machine) than it spares the UI thread.
 */
public final class DiagramRefresh {

	/** Above this many WBS elements, schedule and layout run in a job (until the page knows how long a build takes). */
	public static final int BACKGROUND_LIMIT = 400;
	/** A page whose builds all took less than this builds on the UI thread, whatever the model's size. */
	static final long FOREGROUND_BUDGET_NANOS = 80_000_000L;

	/** What a page draws of the live model, with the live schedule's dates (null when there is none: a cycle). */
	public interface Builder {
		Diagram build(Project project, ProjectSchedule schedule);
	}

	private final Project project;
	private final LiveSchedule schedule;
	private final TextMeasurer measurer;
	private final Builder builder;
	private final Consumer<BuiltDiagram> apply;
	private final ElkDiagramLayout layout = new ElkDiagramLayout();
	private long generation;
	/** The diagram on screen, whose layout a rebuild of the same shape keeps (read by the job, replaced on the UI thread). */
	private volatile Diagram shown;
	private boolean forceBackground;
	/** The slowest of the last build and the last full layout, in ns (-1: none yet). */
	private volatile long lastBuildNanos = -1;
	private volatile long lastFullLayoutNanos = -1;

	public DiagramRefresh(Project project, LiveSchedule schedule, TextMeasurer measurer, Builder builder, Consumer<BuiltDiagram> apply) {
		this.project = project;
		this.schedule = schedule;
		this.measurer = measurer;
		this.builder = builder;
		this.apply = apply;
	}

	/** For tests: lay out in a job whatever the size. */
	public void setForceBackground(boolean background) {
		forceBackground = background;
	}

	/** Starts a new build of the current model; the previous one, if still running, is dropped when it ends. */
	public void refresh() {
		long start = System.nanoTime();
		long current = ++generation;
		// the editor brings the schedule up to date after each command; a page refreshed before that does it here
		// (update() returns at once when nothing changed)
		schedule.update();
		Diagram diagram = builder.build(project, schedule.current());
		if (!forceBackground && inForeground()) {
			show(layOut(current, diagram, start, false));
			return;
		}
		// an edit that keeps the boxes keeps the layout on screen: sizing and that check cost a few milliseconds,
		// less than the hop to a job and back, so only a full layout goes to the job
		boolean sized = !forceBackground && shown != null;
		if (sized) {
			BuiltDiagram kept = keptLayout(current, diagram, start);
			if (kept != null) {
				show(kept);
				return;
			}
		}
		Display display = Display.getCurrent();
		Job job = PlanJobs.create("Laying out the diagram", (IProgressMonitor monitor) -> {
			try {
				BuiltDiagram built = layOut(current, diagram, start, sized);
				display.asyncExec(() -> {
					if (current == generation) {
						show(built);
					}
				});
				return Status.OK_STATUS;
			} catch (RuntimeException e) {
				return Status.error("The diagram could not be laid out: " + e.getMessage(), e);
			}
		});
		job.setSystem(true);
		job.setPriority(Job.INTERACTIVE);
		job.schedule();
	}

	/** Small models always build on the UI thread; bigger ones too once their builds have proved quick. */
	private boolean inForeground() {
		if (OutlineIndex.of(project).size() <= BACKGROUND_LIMIT) {
			return true;
		}
		return lastBuildNanos >= 0 && lastFullLayoutNanos >= 0 && Math.max(lastBuildNanos, lastFullLayoutNanos) < FOREGROUND_BUDGET_NANOS;
	}

	private void show(BuiltDiagram built) {
		shown = built.diagram();
		apply.accept(built);
	}

	/** Forgets the layout on screen: the next build lays out afresh (a collapsed subtree, a new view setting). */
	public void forgetLayout() {
		shown = null;
	}

	/** Whether a refresh started later than the one shown is still running. */
	public long generation() {
		return generation;
	}

	/** Sizes the boxes and keeps the layout on screen if the boxes match it; null (the diagram sized) when they do not. */
	private BuiltDiagram keptLayout(long current, Diagram diagram, long start) {
		NodeSizer.standard(measurer).size(diagram);
		if (!LayoutReuse.reuse(shown, diagram)) {
			return null;
		}
		long nanos = System.nanoTime() - start;
		lastBuildNanos = nanos;
		return new BuiltDiagram(current, diagram, nanos, true);
	}

	/**
	 * Sizes the boxes (unless {@link #keptLayout} did) and lays the diagram out, or keeps the layout on screen; reads
	 * the diagram only, not the model.
	 */
	private BuiltDiagram layOut(long current, Diagram diagram, long start, boolean sized) {
		if (!sized) {
			NodeSizer.standard(measurer).size(diagram);
		}
		boolean reused = !sized && LayoutReuse.reuse(shown, diagram);
		if (!reused) {
			layout.layout(diagram);
		}
		long nanos = System.nanoTime() - start;
		lastBuildNanos = nanos;
		if (!reused) {
			lastFullLayoutNanos = nanos;
		}
		return new BuiltDiagram(current, diagram, nanos, reused);
	}
}
