package org.wbsmodeler.ui.diagram.gantt;

import org.wbsmodeler.ui.diagram.viewer.LiveTooltip;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.wbsmodeler.diagram.gantt.GanttChart;
import org.wbsmodeler.diagram.gantt.GanttChart.RowKind;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.schedule.rollup.Totals;

/**
 * The mouse on the chart, as MS Project's Gantt chart has it: a press on a row selects it (Ctrl adds); dragging a
 * task bar's right end changes its duration; dragging a bar along its row moves it (a start-no-earlier-than
 * constraint at the dropped day); dragging a bar onto another row's bar links the two, finish-to-start. While
 * dragging only feedback is drawn (a dashed outline, a line) and the status line says what the drop will do; the
 * model changes once, on release, through one command. Esc cancels.
 */
final class ChartGestures {

	/** Pixels the pointer must move before a press becomes a drag. */
	private static final int DRAG_THRESHOLD = 4;
	/** How near the right end of a bar a press grabs the end rather than the bar. */
	private static final int END_GRIP = 4;

	private enum State {
		IDLE, PRESSED_END, PRESSED_BAR, RESIZING, MOVING, LINKING
	}

	private final GanttPage page;
	private final ChartView view;
	private final Canvas canvas;
	private State state = State.IDLE;
	private int downX;
	private int downY;
	private int row = -1;
	private LiveTooltip tooltip;
	private int x;
	private int y;

	ChartGestures(GanttPage page, ChartView view) {
		this.page = page;
		this.view = view;
		this.canvas = view.control();
	}

	/** The bars' tooltip (hidden on press, drag and edit). */
	LiveTooltip tooltip() {
		return tooltip;
	}

	void install() {
		tooltip = new LiveTooltip(canvas, e -> {
			int over = view.chart() == null ? -1 : view.rowAt(e.y);
			return over < 0 || over >= view.chart().rowCount() ? null : view.chart().rows().get(over).element();
		}, element -> page.tooltip((WbsElement) element));
		canvas.addListener(SWT.MouseDown, this::down);
		canvas.addListener(SWT.MouseMove, this::move);
		canvas.addListener(SWT.MouseUp, this::up);
		canvas.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ESC && state != State.IDLE) {
				cancel();
				e.doit = false;
			}
		});
	}

	private void down(Event e) {
		canvas.setFocus();
		if (e.button != 1) {
			return;
		}
		row = view.rowAt(e.y);
		if (row < 0) {
			return;
		}
		page.rowSelection().selectFromChart(row, (e.stateMask & SWT.MOD1) != 0);
		downX = x = e.x;
		downY = y = e.y;
		Rectangle bar = view.barBounds(row);
		GanttChart.Bar geometry = view.chart().bar(row);
		if (bar == null || geometry.kind() == RowKind.SUMMARY || e.x < bar.x - END_GRIP || e.x > bar.x + bar.width + END_GRIP) {
			return;
		}
		boolean atEnd = geometry.kind() == RowKind.TASK && Math.abs(e.x - (bar.x + bar.width)) <= END_GRIP;
		state = atEnd ? State.PRESSED_END : State.PRESSED_BAR;
	}

	private void move(Event e) {
		if (state == State.IDLE) {
			hover(e);
			return;
		}
		x = e.x;
		y = e.y;
		tooltip.hide();
		if (state == State.PRESSED_END || state == State.PRESSED_BAR) {
			if (Math.abs(x - downX) < DRAG_THRESHOLD && Math.abs(y - downY) < DRAG_THRESHOLD) {
				return;
			}
			state = state == State.PRESSED_END ? State.RESIZING : State.MOVING;
		}
		if (state == State.MOVING || state == State.LINKING) {
			int over = view.rowAt(y);
			state = over >= 0 && over != row ? State.LINKING : State.MOVING;
		}
		page.status(describe());
		view.setOverlay(this::feedback);
	}

	private void hover(Event e) {
		int over = view.rowAt(e.y);
		Rectangle bar = over < 0 ? null : view.barBounds(over);
		boolean atEnd = bar != null && view.chart().bar(over).kind() == RowKind.TASK && Math.abs(e.x - (bar.x + bar.width)) <= END_GRIP
				&& e.y >= bar.y - 2 && e.y <= bar.y + bar.height + 2;
		canvas.setCursor(atEnd ? canvas.getDisplay().getSystemCursor(SWT.CURSOR_SIZEWE) : null);
	}

	private void up(Event e) {
		if (e.button != 1) {
			return;
		}
		x = e.x;
		y = e.y;
		State was = state;
		int from = row;
		reset();
		WbsElement task = from < 0 || view.chart() == null ? null : view.chart().rows().get(from).element();
		switch (was) {
		case RESIZING -> {
			org.eclipse.emf.common.command.Command command = durationCommand(task);
			if (command == null) {
				page.status(null);
			} else {
				page.edits().run(command, "Cannot change the duration of " + GanttEdits.label(task));
			}
		}
		case MOVING -> page.edits().run(page.edits().moveTo(task, droppedDay(from)), "Cannot move " + GanttEdits.label(task));
		case LINKING -> link(task);
		default -> {
			// a click: the row is selected
		}
		}
	}

	private void link(WbsElement predecessor) {
		int target = view.rowAt(y);
		if (target < 0 || view.chart().bar(target) == null) {
			page.status("Drop on a task's bar to link to it");
			return;
		}
		WbsElement successor = view.chart().rows().get(target).element();
		String refusal = page.edits().checkLink(predecessor, successor);
		page.edits().run(refusal == null ? page.edits().link(predecessor, successor) : null, refusal);
	}

	private org.eclipse.emf.common.command.Command durationCommand(WbsElement task) {
		double days = newDuration(task);
		return Double.isNaN(days) || days == task.getDuration() ? null : page.edits().setDuration(task, days);
	}

	/** The duration the right end's drag gives: working days from the start to the end of the day the pointer is in. */
	private double newDuration(WbsElement task) {
		Totals totals = page.totals(task);
		if (totals == null || totals.start() == null) {
			return Double.NaN;
		}
		LocalDate day = view.chart().dateAt(view.diagramX(x)).toLocalDate();
		LocalDateTime end = day.plusDays(1).atStartOfDay();
		return end.isAfter(totals.start()) ? page.edits().durationTo(task, totals.start(), end) : 1;
	}

	/** The day the moved bar's left end was dropped on. */
	private LocalDate droppedDay(int from) {
		GanttChart.Bar bar = view.chart().bar(from);
		double left = bar.x() + (x - downX) / view.zoom();
		return view.chart().dateAt(left).toLocalDate();
	}

	private String describe() {
		WbsElement task = view.chart().rows().get(row).element();
		return switch (state) {
		case RESIZING -> {
			double days = newDuration(task);
			yield Double.isNaN(days) ? null : "Duration of " + GanttEdits.label(task) + ": " + GanttEdits.days(days);
		}
		case MOVING -> "Move " + GanttEdits.label(task) + ": start no earlier than " + droppedDay(row);
		case LINKING -> {
			int target = view.rowAt(y);
			WbsElement successor = view.chart().rows().get(target).element();
			String refusal = page.edits().checkLink(task, successor);
			yield refusal != null ? refusal : "Link " + GanttEdits.label(task) + " \u2192 " + GanttEdits.label(successor) + " (finish-to-start)";
		}
		default -> null;
		};
	}

	/** Dashed outline of the bar where it would go, or a line from the bar to the pointer. */
	private void feedback(GC gc) {
		Rectangle bar = view.barBounds(row);
		if (bar == null) {
			return;
		}
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.setLineWidth(1);
		gc.setLineStyle(SWT.LINE_DASH);
		switch (state) {
		case RESIZING -> gc.drawRectangle(bar.x, bar.y, Math.max(2, x - bar.x), bar.height);
		case MOVING -> gc.drawRectangle(bar.x + x - downX, bar.y, bar.width, bar.height);
		case LINKING -> gc.drawLine(bar.x + bar.width, bar.y + bar.height / 2, x, y);
		default -> {
		}
		}
		gc.setLineStyle(SWT.LINE_SOLID);
	}

	private void cancel() {
		reset();
		page.status(null);
	}

	private void reset() {
		state = State.IDLE;
		view.setOverlay(null);
	}

	boolean isDragging() {
		return state == State.RESIZING || state == State.MOVING || state == State.LINKING;
	}
}
