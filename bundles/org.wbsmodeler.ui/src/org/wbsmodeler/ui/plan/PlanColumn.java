package org.wbsmodeler.ui.plan;

import org.eclipse.swt.SWT;

/** The columns of the Plan page, in MS Project's entry-table order, with widths that fit the example's values. */
public enum PlanColumn {
	CODE("WBS", 115, SWT.LEFT),
	NAME("Task Name", 260, SWT.LEFT),
	KIND("Kind", 90, SWT.LEFT),
	DURATION("Duration", 70, SWT.RIGHT),
	START("Start", 150, SWT.LEFT),
	FINISH("Finish", 150, SWT.LEFT),
	TOTAL_FLOAT("Total Float", 85, SWT.RIGHT),
	PREDECESSORS("Predecessors", 120, SWT.LEFT),
	RESOURCES("Resource Names", 150, SWT.LEFT),
	PERCENT_COMPLETE("% Complete", 80, SWT.RIGHT),
	COST("Cost", 90, SWT.RIGHT);

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
}
