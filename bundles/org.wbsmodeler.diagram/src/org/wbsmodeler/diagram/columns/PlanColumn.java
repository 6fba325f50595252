package org.wbsmodeler.diagram.columns;

import java.util.Locale;

import org.wbsmodeler.model.ViewColumn;

/**
 * A column of a plan's table — the one concept behind the Plan page, the Gantt page's table, the table of an
 * exported Gantt chart, a view's columns and the report: its title (MS Project's), whether it holds numbers (right
 * aligned), whether it holds free text (its best-fit width is capped), and its width in an exported chart. The
 * texts of its cells are {@link CellTexts}'; how a cell is edited is the editor's business.
 */
public enum PlanColumn {
	CODE("WBS", 44),
	NAME("Task Name", 0),
	// how the task is scheduled (MS Project's Task Mode), and when work on it really started and finished
	TASK_MODE("Task Mode", 56),
	KIND("Kind", 60),
	DURATION("Duration", 56),
	// the three-point estimate schedule risk samples, beside the duration as on MS Project's PERT entry sheet
	OPTIMISTIC_DURATION("Optimistic Duration", 56),
	MOST_LIKELY_DURATION("Most Likely Duration", 56),
	PESSIMISTIC_DURATION("Pessimistic Duration", 56),
	START("Start", 70),
	FINISH("Finish", 70),
	ACTUAL_START("Actual Start", 70),
	ACTUAL_FINISH("Actual Finish", 70),
	TOTAL_FLOAT("Total Float", 56),
	// the last risk run's criticality index (share of iterations on the critical path), beside the float
	CRITICALITY("Criticality", 56),
	PREDECESSORS("Predecessors", 0),
	RESOURCES("Resource Names", 0),
	PERCENT_COMPLETE("% Complete", 56),
	COST("Cost", 70);

	private final String title;
	private final double chartWidth;

	PlanColumn(String title, double chartWidth) {
		this.title = title;
		this.chartWidth = chartWidth;
	}

	/** The heading, as MS Project titles the column. */
	public String title() {
		return title;
	}

	/** The least width in an exported chart's table (diagram pixels), or 0 for a column sized by its content. */
	public double chartWidth() {
		return chartWidth;
	}

	/** Whether the values are numbers, right-aligned. */
	public boolean numeric() {
		return this == DURATION || this == TOTAL_FLOAT || this == PERCENT_COMPLETE || this == COST || threePoint() || this == CRITICALITY;
	}

	/** One of the three points of a task's estimate. */
	public boolean threePoint() {
		return this == OPTIMISTIC_DURATION || this == MOST_LIKELY_DURATION || this == PESSIMISTIC_DURATION;
	}

	/** Text a user types freely, as long as it likes: its best-fit width is capped. */
	public boolean freeText() {
		return this == NAME || this == PREDECESSORS || this == RESOURCES;
	}

	/** Whether the cells are dates. */
	public boolean dates() {
		return this == START || this == FINISH || this == ACTUAL_START || this == ACTUAL_FINISH;
	}

	/** The column a view names (a view's columns are stored as {@link ViewColumn}s). Every literal has its column. */
	public static PlanColumn of(ViewColumn column) {
		return switch (column) {
		case CODE -> CODE;
		case NAME -> NAME;
		case START -> START;
		case FINISH -> FINISH;
		case DURATION -> DURATION;
		case TOTAL_FLOAT -> TOTAL_FLOAT;
		case PERCENT_COMPLETE -> PERCENT_COMPLETE;
		case RESOURCES -> RESOURCES;
		};
	}

	/** The column named {@code text} ("float", "total_float", "people", "resources", a title, any case), or null. */
	public static PlanColumn parse(String text) {
		if (text == null) {
			return null;
		}
		String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		return switch (t) {
		case "FLOAT" -> TOTAL_FLOAT;
		case "PEOPLE", "RESOURCE", "RESOURCE_NAMES" -> RESOURCES;
		case "PERCENT", "%", "COMPLETE", "%_COMPLETE" -> PERCENT_COMPLETE;
		case "WBS" -> CODE;
		case "TASK_NAME" -> NAME;
		case "OPTIMISTIC" -> OPTIMISTIC_DURATION;
		case "MOST_LIKELY", "EXPECTED", "EXPECTED_DURATION" -> MOST_LIKELY_DURATION;
		case "PESSIMISTIC" -> PESSIMISTIC_DURATION;
		case "CRITICALITY_INDEX" -> CRITICALITY;
		default -> {
			for (PlanColumn c : values()) {
				if (c.name().equals(t)) {
					yield c;
				}
			}
			yield null;
		}
		};
	}
}
