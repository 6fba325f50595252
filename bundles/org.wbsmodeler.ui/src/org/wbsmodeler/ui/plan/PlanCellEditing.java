package org.wbsmodeler.ui.plan;

import org.wbsmodeler.editing.rules.RefusedEdit;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.wbsmodeler.diagram.columns.PlanColumn;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.ui.session.PlanSession;
import org.wbsmodeler.model.TaskMode;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.edit.DateFormats;

/**
 * In-place editing of one Plan column: the cell shows the text the column shows, and what is typed is read by the
 * column's parser and becomes one command. Text that does not parse changes nothing; the status line says why.
 */
final class PlanCellEditing extends EditingSupport {

	private final PlanColumn column;
	private final PlanSession session;
	private final Project project;
	private final PlanLabels labels;
	private final TextCellEditor editor;

	PlanCellEditing(TreeViewer viewer, PlanColumn column, PlanSession session, PlanLabels labels) {
		super(viewer);
		this.column = column;
		this.session = session;
		this.project = session.project();
		this.labels = labels;
		this.editor = new TextCellEditor(viewer.getTree());
	}

	static boolean isEditable(PlanColumn column) {
		return switch (column) {
		case NAME, DURATION, PREDECESSORS, RESOURCES, PERCENT_COMPLETE, TASK_MODE, ACTUAL_START, ACTUAL_FINISH, OPTIMISTIC_DURATION, MOST_LIKELY_DURATION,
				PESSIMISTIC_DURATION -> true;
		default -> false;
		};
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		return editor;
	}

	@Override
	protected boolean canEdit(Object element) {
		if (!(element instanceof WbsElement)) {
			return false;
		}
		if (column.threePoint()) {
			// a summary's range is what its tasks' ranges make of it, found by a risk run
			return element instanceof org.wbsmodeler.model.Activity && !PlanLabels.isSummary((WbsElement) element);
		}
		// a summary's duration, progress and mode are roll-ups of its tasks (or none of its own)
		return !(PlanLabels.isSummary((WbsElement) element) && (column == PlanColumn.DURATION || column == PlanColumn.PERCENT_COMPLETE
				|| column == PlanColumn.TASK_MODE || column == PlanColumn.ACTUAL_START || column == PlanColumn.ACTUAL_FINISH));
	}

	@Override
	protected Object getValue(Object element) {
		String text = labels.text((WbsElement) element, column);
		return column == PlanColumn.PERCENT_COMPLETE ? text.replace("%", "") : text;
	}

	@Override
	protected void setValue(Object element, Object value) {
		WbsElement row = (WbsElement) element;
		String text = value == null ? "" : value.toString();
		if (text.equals(getValue(element))) {
			return;
		}
		session.run(() -> command(row, text.trim()));
	}

	private Command command(WbsElement row, String text) throws RefusedEdit {
		return switch (column) {
		case NAME -> {
			if (text.isEmpty()) {
				throw new RefusedEdit("A task needs a name: " + Codes.of(row) + " keeps '" + row.getName() + "'");
			}
			yield session.rules().tasks().rename(row, text);
		}
		case DURATION -> session.rules().tasks().setDuration(row, DurationText.parse(text, labels.hoursPerDay(), false));
		case PREDECESSORS -> session.rules().links().setPredecessors(row, PredecessorText.parse(text, row, Codes.index(project), labels.hoursPerDay()));
		case RESOURCES -> session.rules().tasks().setAssignments(row, AssignmentText.parse(text, project));
		case PERCENT_COMPLETE -> session.rules().tasks().setPercentComplete(row, percent(text));
		case TASK_MODE -> session.rules().tasks().setTaskMode(row, mode(text), labels.scheduledStart(row));
		case ACTUAL_START -> session.rules().tasks().setActualStart(row, actualDate(text, "actual start"));
		case ACTUAL_FINISH -> session.rules().tasks().setActualFinish(row, actualDate(text, "actual finish"));
		case OPTIMISTIC_DURATION -> estimatePoint(row, Literals.ACTIVITY__OPTIMISTIC_DURATION, text);
		case MOST_LIKELY_DURATION -> estimatePoint(row, Literals.ACTIVITY__MOST_LIKELY_DURATION, text);
		case PESSIMISTIC_DURATION -> estimatePoint(row, Literals.ACTIVITY__PESSIMISTIC_DURATION, text);
		default -> null;
		};
	}

	/** A point of the three-point estimate, typed as a duration ("5d", "3h"); nothing clears it. */
	private Command estimatePoint(WbsElement row, org.eclipse.emf.ecore.EAttribute point, String text) throws RefusedEdit {
		Double days = text.isEmpty() ? null : DurationText.parse(text, labels.hoursPerDay(), false);
		return session.rules().tasks().setEstimatePoint(row, point, days);
	}

	/** "Manual" or "Auto", as MS Project's Task Mode column, or their first letters. */
	private static TaskMode mode(String text) throws RefusedEdit {
		String t = text.toLowerCase(java.util.Locale.ROOT);
		if (!t.isEmpty() && ("manual".startsWith(t) || t.startsWith("manual"))) {
			return TaskMode.MANUAL;
		}
		if (!t.isEmpty() && ("auto".startsWith(t) || t.startsWith("auto"))) {
			return TaskMode.AUTO;
		}
		throw new RefusedEdit("'" + text + "' is no task mode: write Manual or Auto");
	}

	/** A typed date, or none for "NA" or nothing (MS Project's word for a date not yet there). */
	private static java.time.LocalDateTime actualDate(String text, String what) throws RefusedEdit {
		if (text.isEmpty() || text.equalsIgnoreCase("NA")) {
			return null;
		}
		// the column shows "Mon 2027-02-01 08:00": the weekday may be typed along
		String date = text.matches("(?i)[a-z]{3} .*") ? text.substring(4).trim() : text;
		try {
			return DateFormats.parse(date);
		} catch (IllegalArgumentException e) {
			throw new RefusedEdit(e.getMessage() + " (" + what + "; NA for none)");
		}
	}

	private static double percent(String text) throws RefusedEdit {
		String number = text.endsWith("%") ? text.substring(0, text.length() - 1).trim() : text;
		double value;
		try {
			value = Double.parseDouble(number.replace(',', '.'));
		} catch (NumberFormatException e) {
			throw new RefusedEdit("'" + text + "' is not a percentage: write a number from 0 to 100");
		}
		if (value < 0 || value > 100) {
			throw new RefusedEdit("'" + text + "': % complete must be between 0 and 100");
		}
		return value;
	}
}
