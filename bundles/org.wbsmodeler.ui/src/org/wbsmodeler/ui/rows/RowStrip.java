package org.wbsmodeler.ui.rows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ObjIntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The rows of a table or a tree as {@link FrozenColumns} paints them: columns, the rows on screen top to bottom with
 * their y, selection and (for a tree) outline state.
 */
abstract sealed class RowStrip permits RowStrip.TableStrip, RowStrip.TreeStrip {

	static RowStrip of(Table table) {
		return new TableStrip(table);
	}

	static RowStrip of(Tree tree) {
		return new TreeStrip(tree);
	}

	abstract Composite control();

	abstract int columnCount();

	/** The column shown at a place from the left (the user may have moved columns). */
	abstract int shownColumn(int place);

	abstract int columnWidth(int column);

	abstract String columnTitle(int column);

	abstract int headerHeight();

	abstract int itemHeight();

	abstract boolean linesVisible();

	abstract boolean isTree();

	abstract boolean hasChildren(Item item);

	abstract boolean isExpanded(Item item);

	/** Which rows are selected now: asked once per paint, then for each row on screen. */
	abstract java.util.function.Predicate<Item> selection();

	/** The rows on screen from the top, each with its y in the control's coordinates, until y passes {@code maxY}. */
	abstract void forEachOnScreen(int maxY, ObjIntConsumer<Item> row);

	/** Scrolls by some rows (down for positive). */
	abstract void scrollBy(int rowCount);

	/** Selects the row alone and tells the control's listeners (its viewer), as a click on it does. */
	abstract void select(Item item);

	final void notifySelected(Item item) {
		Event selection = new Event();
		selection.item = item;
		control().setFocus();
		control().notifyListeners(SWT.Selection, selection);
	}

	static final class TableStrip extends RowStrip {
		private final Table table;

		TableStrip(Table table) {
			this.table = table;
		}

		@Override
		Composite control() {
			return table;
		}

		@Override
		int columnCount() {
			return table.getColumnCount();
		}

		@Override
		int shownColumn(int place) {
			return table.getColumnOrder()[place];
		}

		@Override
		int columnWidth(int column) {
			return table.getColumn(column).getWidth();
		}

		@Override
		String columnTitle(int column) {
			return table.getColumn(column).getText();
		}

		@Override
		int headerHeight() {
			return table.getHeaderHeight();
		}

		@Override
		int itemHeight() {
			return table.getItemHeight();
		}

		@Override
		boolean linesVisible() {
			return table.getLinesVisible();
		}

		@Override
		boolean isTree() {
			return false;
		}

		@Override
		boolean hasChildren(Item item) {
			return false;
		}

		@Override
		boolean isExpanded(Item item) {
			return false;
		}

		@Override
		java.util.function.Predicate<Item> selection() {
			// asked row by row from the top as they are painted: the next row's index is known, no search for it
			int[] next = { table.getTopIndex() };
			return item -> {
				int index = next[0] < table.getItemCount() && table.getItem(next[0]) == item ? next[0] : table.indexOf((TableItem) item);
				next[0] = index + 1;
				return table.isSelected(index);
			};
		}

		@Override
		void forEachOnScreen(int maxY, ObjIntConsumer<Item> row) {
			if (table.getItemCount() == 0) {
				return;
			}
			int top = table.getTopIndex();
			int y = table.getItem(top).getBounds().y;
			for (int i = top; i < table.getItemCount() && y <= maxY; i++, y += table.getItemHeight()) {
				row.accept(table.getItem(i), y);
			}
		}

		@Override
		void scrollBy(int rowCount) {
			table.setTopIndex(Math.max(0, table.getTopIndex() + rowCount));
		}

		@Override
		void select(Item item) {
			table.setSelection((TableItem) item);
			notifySelected(item);
		}
	}

	static final class TreeStrip extends RowStrip {
		private final Tree tree;

		TreeStrip(Tree tree) {
			this.tree = tree;
		}

		@Override
		Composite control() {
			return tree;
		}

		@Override
		int columnCount() {
			return tree.getColumnCount();
		}

		@Override
		int shownColumn(int place) {
			return tree.getColumnOrder()[place];
		}

		@Override
		int columnWidth(int column) {
			return tree.getColumn(column).getWidth();
		}

		@Override
		String columnTitle(int column) {
			return tree.getColumn(column).getText();
		}

		@Override
		int headerHeight() {
			return tree.getHeaderHeight();
		}

		@Override
		int itemHeight() {
			return tree.getItemHeight();
		}

		@Override
		boolean linesVisible() {
			return tree.getLinesVisible();
		}

		@Override
		boolean isTree() {
			return true;
		}

		@Override
		boolean hasChildren(Item item) {
			return ((TreeItem) item).getItemCount() > 0;
		}

		@Override
		boolean isExpanded(Item item) {
			return ((TreeItem) item).getExpanded();
		}

		@Override
		java.util.function.Predicate<Item> selection() {
			// one look at the selection for the whole paint: it may hold every row of a big plan
			Set<TreeItem> selected = new HashSet<>(List.of(tree.getSelection()));
			return selected::contains;
		}

		@Override
		void forEachOnScreen(int maxY, ObjIntConsumer<Item> row) {
			// GTK's top item can lag behind the rows on screen (after a reveal scrolled and came back): rows above it
			// that are still in sight come first
			TreeItem item = tree.getTopItem();
			for (TreeItem above = item == null ? null : previous(item); above != null && above.getBounds().y + tree.getItemHeight() > 0; above = previous(above)) {
				item = above;
			}
			while (item != null) {
				int y = item.getBounds().y;
				if (y > maxY) {
					return;
				}
				row.accept(item, y);
				item = next(item);
			}
		}

		/** The row below one in the tree as shown: its first child when expanded, else the next sibling up the way. */
		private static TreeItem next(TreeItem item) {
			if (item.getExpanded() && item.getItemCount() > 0) {
				return item.getItem(0);
			}
			for (TreeItem at = item; at != null; at = at.getParentItem()) {
				TreeItem parent = at.getParentItem();
				int index = parent == null ? at.getParent().indexOf(at) : parent.indexOf(at);
				int count = parent == null ? at.getParent().getItemCount() : parent.getItemCount();
				if (index + 1 < count) {
					return parent == null ? at.getParent().getItem(index + 1) : parent.getItem(index + 1);
				}
			}
			return null;
		}

		@Override
		void scrollBy(int rowCount) {
			TreeItem top = tree.getTopItem();
			for (int i = 0; top != null && i < Math.abs(rowCount); i++) {
				TreeItem moved = rowCount > 0 ? next(top) : previous(top);
				if (moved == null) {
					break;
				}
				top = moved;
			}
			if (top != null) {
				tree.setTopItem(top);
			}
		}

		/** The row above one in the tree as shown. */
		private static TreeItem previous(TreeItem item) {
			TreeItem parent = item.getParentItem();
			int index = parent == null ? item.getParent().indexOf(item) : parent.indexOf(item);
			if (index == 0) {
				return parent;
			}
			TreeItem above = parent == null ? item.getParent().getItem(index - 1) : parent.getItem(index - 1);
			while (above.getExpanded() && above.getItemCount() > 0) {
				above = above.getItem(above.getItemCount() - 1);
			}
			return above;
		}

		@Override
		void select(Item item) {
			tree.setSelection((TreeItem) item);
			notifySelected(item);
		}
	}
}
