package org.wbsmodeler.ui.compare.changes;

import org.wbsmodeler.merge.diff.Change;

/**
 * One change under its element: the merge core's change and its text for people. A class, not a record: a row and
 * its element refer to each other, and rows are told apart by identity in the tree.
 */
public final class ChangeRow {

	private final Change change;
	private final ChangedElement element;
	private final String text;

	/**
	 * @param change  the change, from the merge core's diff
	 * @param element the element it is listed under
	 * @param text    what changed, without the element's label ({@code duration: 5 → 8})
	 */
	ChangeRow(Change change, ChangedElement element, String text) {
		this.change = change;
		this.element = element;
		this.text = text;
	}

	public Change change() {
		return change;
	}

	public ChangedElement element() {
		return element;
	}

	public String text() {
		return text;
	}

	@Override
	public String toString() {
		return text;
	}
}
