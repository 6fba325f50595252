package org.wbsmodeler.ui.pages.cells;

/**
 * How one kind of value is shown in a cell and read back from what the user typed. {@link #parse} refuses nonsense
 * with an {@link IllegalArgumentException} whose message is the one line the status bar shows.
 */
public interface ValueText {

	String format(Object value);

	Object parse(String text);
}
