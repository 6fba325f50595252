package org.wbsmodeler.ui.plan;

import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.wbsmodeler.diagram.columns.PlanColumn;
import org.wbsmodeler.model.outline.OutlineIndex;

/**
 * MS Project's "best fit" for the Plan columns when a plan opens: each column as wide as its title and the widest
 * of its first rows' texts, so that names, resources and costs are not cut. Only the first {@value #SAMPLE} rows in
 * outline order are measured (a 100,000-row plan opens as fast as a small one); the free-text columns are capped so
 * that one long name does not push the dates off screen.
 */
final class PlanColumnWidths {

	/** Rows measured: the top of the plan, what the user sees first. */
	static final int SAMPLE = 400;
	/** Space around a cell's text (GTK's cell padding and the column separator). */
	private static final int PADDING = 14;
	/** Per outline level in the first column: GTK's indentation; the expander comes once more. */
	private static final int INDENT = 18;
	private static final int EXPANDER = 14;
	private static final int MAX_TEXT_COLUMN = 300;

	private PlanColumnWidths() {
	}

	static void fit(Tree tree, PlanLabels labels, OutlineIndex outline) {
		List<OutlineIndex.Line> lines = outline.lines();
		int rows = Math.min(SAMPLE, lines.size());
		GC gc = new GC(tree);
		try {
			gc.setFont(tree.getFont());
			for (PlanColumn column : PlanColumn.values()) {
				// the title, plus room for the header's own padding
				int width = gc.textExtent(column.title()).x + PADDING + 8;
				if (column == PlanColumn.ACTUAL_START || column == PlanColumn.ACTUAL_FINISH) {
					// a plan not started yet shows NA throughout: leave room for the date a user will type
					width = Math.max(width, gc.textExtent("Wed 2027-09-29 08:00").x + PADDING);
				}
				for (int i = 0; i < rows; i++) {
					OutlineIndex.Line line = lines.get(i);
					int text = gc.textExtent(labels.text(line.element(), column)).x + PADDING;
					if (column == PlanColumn.CODE) {
						text += line.level() * INDENT + EXPANDER;
					}
					width = Math.max(width, text);
				}
				TreeColumn treeColumn = tree.getColumn(column.ordinal());
				treeColumn.setWidth(column.freeText() ? Math.min(width, MAX_TEXT_COLUMN) : width);
			}
		} finally {
			gc.dispose();
		}
	}
}
