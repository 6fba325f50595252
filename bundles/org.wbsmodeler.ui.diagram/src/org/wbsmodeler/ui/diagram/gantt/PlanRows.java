package org.wbsmodeler.ui.diagram.gantt;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.wbsmodeler.diagram.gantt.GanttChart;
import org.wbsmodeler.diagram.gantt.GanttChart.RowKind;
import org.wbsmodeler.diagram.columns.CellTexts;
import org.wbsmodeler.diagram.columns.PlanColumn;
import org.wbsmodeler.model.ConstraintType;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.schedule.rollup.Totals;

/**
 * The table left of the chart: the plan's cells ({@link CellTexts}, as the Plan page shows them, dates as days) for exactly the chart's rows, one table
 * row per chart row, so row {@code i} of the table is row {@code i} of the chart. The table is {@code SWT.VIRTUAL}:
 * it asks for the texts of the rows it paints, so 10,000 rows cost a screenful. Names are indented by outline
 * level, summaries bold, critical rows red, and a task with a date constraint carries a pin after its name.
 */
final class PlanRows {

	/** What the table shows without a view: MS Project's Gantt entry table, trimmed. */
	static final List<PlanColumn> DEFAULT_COLUMNS = List.of(PlanColumn.CODE, PlanColumn.NAME, PlanColumn.DURATION, PlanColumn.START,
			PlanColumn.FINISH);
	/** Once a risk run has reported, its criticality index too (the chart keeps its room until then). */
	static final List<PlanColumn> WITH_CRITICALITY = List.of(PlanColumn.CODE, PlanColumn.NAME, PlanColumn.DURATION, PlanColumn.START,
			PlanColumn.FINISH, PlanColumn.CRITICALITY);

	/** The columns without a view: with Criticality once a risk run reported. */
	static List<PlanColumn> defaultColumns(boolean riskRun) {
		return riskRun ? WITH_CRITICALITY : DEFAULT_COLUMNS;
	}
	/** Marks a task whose start or finish is held by a constraint (the chart draws the constraint's date). */
	static final String CONSTRAINT_PIN = " \u25b8";
	/** Before a summary's name: its rows shown (a click or Left hides them) or hidden (a click or Right shows them). */
	static final String EXPANDED = "\u229f ";
	static final String COLLAPSED = "\u229e ";

	/** Rows measured by the best fit: the top of the plan, what the user sees first. */
	static final int FIT_SAMPLE = 400;
	/** Space around a cell's text, and around a title (GTK's header padding and the sort arrow's room). */
	private static final int CELL_PADDING = 14;
	private static final int HEADER_PADDING = 24;
	private static final int MAX_TEXT_COLUMN = 240;

	private final Table table;
	/** The columns changed and were not fitted to their texts yet (the texts come with the first chart). */
	private boolean fitPending;
	/**
	 * The cells' texts, dates as days: the chart beside the table shows the time of day and the weekday (its
	 * timescale), so the table need not, and a view with float and people keeps them in sight.
	 */
	private CellTexts labels;
	private final Font bold;
	private final Color red;
	private List<PlanColumn> columns = List.of();
	private GanttChart chart;
	private java.util.function.Predicate<WbsElement> collapsed = e -> false;

	PlanRows(Composite parent) {
		table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
		red = table.getDisplay().getSystemColor(SWT.COLOR_RED);
		table.addListener(SWT.SetData, this::fill);
		setColumns(DEFAULT_COLUMNS);
	}

	/** Which summaries have their rows hidden (their names get the collapsed symbol). */
	void setCollapsed(java.util.function.Predicate<WbsElement> hidden) {
		collapsed = hidden;
	}

	/** The chart's row at a table index, or null. */
	GanttChart.Row row(int index) {
		return chart == null || index < 0 || index >= chart.rowCount() ? null : chart.rows().get(index);
	}

	/** The text in front of a row's name: its outline indent and, for a summary, the outline symbol. */
	String namePrefix(GanttChart.Row row) {
		String indent = "    ".repeat(Math.max(0, row.level() - 1));
		return row.kind() == RowKind.SUMMARY ? indent + (collapsed.test(row.element()) ? COLLAPSED : EXPANDED) : indent;
	}

	/** The cells' texts: from the session's live schedule, criticality from its last risk run. */
	void setTotals(java.util.function.Function<WbsElement, Totals> figures, java.util.function.Function<WbsElement, Double> criticality) {
		labels = new CellTexts(figures, CellTexts.Dates.DAY).withCriticality(criticality);
	}

	/** Total width of the columns shown. */
	int columnsWidth() {
		int width = 0;
		for (TableColumn column : table.getColumns()) {
			width += column.getWidth();
		}
		return width;
	}

	boolean hasLabels() {
		return labels != null;
	}

	Table table() {
		return table;
	}

	List<PlanColumn> columns() {
		return columns;
	}

	/** Shows these columns (a view's); the rows are asked again. */
	void setColumns(List<PlanColumn> shown) {
		if (shown.equals(columns)) {
			return;
		}
		columns = List.copyOf(shown);
		table.setRedraw(false);
		try {
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			for (PlanColumn c : columns) {
				TableColumn column = new TableColumn(table, c.numeric() ? SWT.RIGHT : SWT.LEFT);
				column.setText(c.title());
				column.setWidth(c.dates() ? dateWidth() : width(c));
				column.setMoveable(c != PlanColumn.CODE);
			}
			// fitted to the texts of the chart that comes next (a view's rows, not the ones shown now)
			fitPending = true;
			table.clearAll();
		} finally {
			table.setRedraw(true);
		}
	}

	/**
	 * Shows the rows of a new chart (after a command, a view, a zoom): the rows on screen are asked again.
	 *
	 * @return whether the columns were fitted to their texts, so the table's width changed
	 */
	boolean setChart(GanttChart newChart) {
		chart = newChart;
		if (table.getItemCount() != newChart.rowCount()) {
			table.setItemCount(newChart.rowCount());
		}
		boolean fit = fitPending && labels != null;
		if (fit) {
			fitColumns();
		}
		table.clearAll();
		return fit;
	}

	private void fill(Event event) {
		TableItem item = (TableItem) event.item;
		int index = table.indexOf(item);
		if (chart == null || labels == null || index < 0 || index >= chart.rowCount()) {
			return;
		}
		GanttChart.Row row = chart.rows().get(index);
		String[] texts = new String[columns.size()];
		for (int c = 0; c < columns.size(); c++) {
			texts[c] = text(row, columns.get(c));
		}
		item.setText(texts);
		item.setFont(row.kind() == RowKind.SUMMARY ? bold : null);
		item.setForeground(labels.critical(row.element()) ? red : null);
	}

	private String text(GanttChart.Row row, PlanColumn column) {
		WbsElement element = row.element();
		String text = labels.text(element, row.code(), column);
		if (column == PlanColumn.NAME) {
			text = namePrefix(row) + text + (constrained(element) ? CONSTRAINT_PIN : "");
		}
		return text;
	}

	/**
	 * MS Project's best fit, once per set of columns: each column as wide as its title and the widest text of the
	 * first {@value #FIT_SAMPLE} rows (in bold, as summaries are), free-text columns capped so that the dates stay in
	 * sight. Titles are never cut ("Total Float" whole, not "Total Floa").
	 */
	private void fitColumns() {
		fitPending = false;
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
		try {
			TableColumn[] tableColumns = table.getColumns();
			int rows = Math.min(FIT_SAMPLE, chart.rowCount());
			for (int c = 0; c < columns.size() && c < tableColumns.length; c++) {
				PlanColumn column = columns.get(c);
				gc.setFont(table.getFont());
				int width = gc.textExtent(column.title()).x + HEADER_PADDING;
				gc.setFont(bold);
				for (int i = 0; i < rows; i++) {
					width = Math.max(width, gc.textExtent(text(chart.rows().get(i), column)).x + CELL_PADDING);
				}
				tableColumns[c].setWidth(column.freeText() ? Math.min(width, MAX_TEXT_COLUMN) : width);
			}
		} finally {
			gc.dispose();
		}
	}

	static boolean constrained(WbsElement element) {
		return element.getConstraintType() != null && element.getConstraintType() != ConstraintType.ASAP
				&& element.getConstraintType() != ConstraintType.ALAP && element.getConstraintDate() != null;
	}

	/** The y of row 0's top in the table's coordinates (negative once scrolled), or -1 before the table has rows. */
	int rowZeroY() {
		if (table.getItemCount() == 0) {
			return -1;
		}
		int top = table.getTopIndex();
		return table.getItem(top).getBounds().y - top * table.getItemHeight();
	}

	/** A view's columns in the table: code and name first, always. */
	static List<PlanColumn> columnsOf(List<PlanColumn> chartColumns) {
		List<PlanColumn> shown = new ArrayList<>(List.of(PlanColumn.CODE, PlanColumn.NAME));
		chartColumns.stream().filter(c -> !shown.contains(c)).forEach(shown::add);
		return shown;
	}

	/** Wide enough for the widest day in bold (summary rows), measured with the table's font. */
	private int dateWidth() {
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
		try {
			gc.setFont(bold);
			return gc.textExtent("2027-09-29").x + 16;
		} finally {
			gc.dispose();
		}
	}

	private static int width(PlanColumn c) {
		return switch (c) {
		case CODE -> 60;
		case NAME -> 240;
		case START, FINISH -> 105;
		case RESOURCES, PREDECESSORS -> 150;
		default -> 75;
		};
	}
}
