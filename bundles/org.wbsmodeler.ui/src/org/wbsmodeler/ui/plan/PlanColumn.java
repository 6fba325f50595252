package org.wbsmodeler.ui.plan;

import org.eclipse.swt.SWT;

/**
 * The columns of the Plan page, in MS Project's entry-table order (with its tracking table's actual dates after the
 * scheduled ones), with widths that fit the example's values.
 */
public enum PlanColumn {
	CODE("WBS", 100, SWT.LEFT),
	NAME("Task Name", 180, SWT.LEFT),
	// how the task is scheduled (MS Project's Task Mode), and when work on it really started and finished
	TASK_MODE("Task Mode", 85, SWT.LEFT),
	KIND("Kind", 75, SWT.LEFT),
	DURATION("Duration", 70, SWT.RIGHT),
	START("Start", 160, SWT.LEFT),
	FINISH("Finish", 160, SWT.LEFT),
	ACTUAL_START("Actual Start", 160, SWT.LEFT),
	ACTUAL_FINISH("Actual Finish", 160, SWT.LEFT),
	TOTAL_FLOAT("Total Float", 85, SWT.RIGHT),
	PREDECESSORS("Predecessors", 105, SWT.LEFT),
	RESOURCES("Resource Names", 120, SWT.LEFT),
	PERCENT_COMPLETE("% Complete", 85, SWT.RIGHT),
	COST("Cost", 85, SWT.RIGHT);

	private final String title;
	private final int width;
	private final int alignment;

	PlanColumn(String title, int width, int alignment) {
		this.title = title;
		this.width = width;
		this.alignment = alignment;
	}

	public String title() {
		return title;
	}

	int width() {
		return width;
	}

	int alignment() {
		return alignment;
	}

	/** Text a user types freely, as long as it likes: its best-fit width is capped. */
	public boolean isFreeText() {
		return this == NAME || this == PREDECESSORS || this == RESOURCES;
	}
}
