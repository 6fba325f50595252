package org.wbsmodeler.ui.rows;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.view.RowText;

/**
 * Find on a page's rows (Ctrl+F), as MS Project's Find and an IDE's find bar: the text is looked for in the name,
 * WBS code, resources and notes ({@link RowText}); Enter or F3 goes to the next match, Shift+Enter or Shift+F3 to
 * the previous, wrapping around the plan; Esc closes the bar. The match is selected through the page, so the
 * editor's selection, the Properties view and the other pages follow. Hidden (taking no space) until opened.
 */
public final class FindBar {

	/** The rows a page lets Find walk. */
	public interface Target {
		/** The rows that can be found, in the order shown (rows inside collapsed summaries too). */
		List<WbsElement> rows();

		/** The row's WBS code as the page shows it. */
		String code(WbsElement row);

		/** What the page has selected now. */
		List<?> selected();

		/** Selects and reveals a row (expanding its summaries). */
		void show(WbsElement row);

		/** Where the focus goes back when the bar closes. */
		Control rowsControl();
	}

	private final Target target;
	private final Composite bar;
	private final Text text;
	private final Label message;

	public FindBar(Composite parent, Target target) {
		this.target = target;
		bar = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(5, false);
		layout.marginHeight = 2;
		layout.marginWidth = 6;
		bar.setLayout(layout);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(bar, SWT.NONE).setText("Find:");
		text = new Text(bar, SWT.BORDER | SWT.SEARCH);
		text.setMessage("Name, code, resource or notes");
		GridData textData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		textData.widthHint = 240;
		text.setLayoutData(textData);
		text.addListener(SWT.Traverse, this::traverse);
		text.addListener(SWT.KeyDown, this::repeatKey);
		text.addListener(SWT.Modify, e -> message(""));
		button("Next", "Enter or F3", () -> find(true));
		button("Previous", "Shift+Enter or Shift+F3", () -> find(false));
		message = new Label(bar, SWT.NONE);
		message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		setVisible(false);
	}

	private void button(String label, String tip, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(label);
		button.setToolTipText(tip);
		button.addListener(SWT.Selection, e -> action.run());
	}

	/** F3 and Shift+F3 on the page's rows find again, as in an IDE. */
	public void hookKeys(Control rows) {
		rows.addListener(SWT.KeyDown, this::repeatKey);
	}

	private void repeatKey(Event e) {
		if (e.keyCode == SWT.F3 && !text.getText().isBlank()) {
			find((e.stateMask & SWT.SHIFT) == 0);
			e.doit = false;
		}
	}

	private void traverse(Event e) {
		if (e.detail == SWT.TRAVERSE_RETURN) {
			find((e.stateMask & SWT.SHIFT) == 0);
			e.doit = false;
		} else if (e.detail == SWT.TRAVERSE_ESCAPE) {
			close();
			e.doit = false;
		}
	}

	/** Shows the bar with its text selected, ready to type. */
	public void open() {
		setVisible(true);
		text.setFocus();
		text.selectAll();
	}

	/** Hides the bar; the rows get the focus back. */
	public void close() {
		setVisible(false);
		if (!target.rowsControl().isDisposed()) {
			target.rowsControl().setFocus();
		}
	}

	public boolean isOpen() {
		return !bar.isDisposed() && bar.getVisible();
	}

	/**
	 * Goes to the next (or previous) row holding the text after (before) the first selected row, wrapping around.
	 *
	 * @return the row found, or null (the bar then says "No match")
	 */
	public WbsElement find(boolean forward) {
		String wanted = text.getText();
		List<WbsElement> rows = target.rows();
		int n = rows.size();
		List<?> selected = target.selected();
		int start = selected.isEmpty() ? -1 : indexOf(rows, selected.get(0));
		if (start < 0) {
			start = forward ? -1 : n;
		}
		for (int step = 1; step <= n; step++) {
			int index = Math.floorMod(forward ? start + step : start - step, n);
			WbsElement row = rows.get(index);
			if (RowText.contains(row, target.code(row), wanted)) {
				// past the end (or the start) of the plan, and back around: said, as an IDE's find bar does
				boolean wrapped = forward ? index <= start : index >= start;
				target.show(row);
				message(count(rows, row, wanted) + (wrapped ? " (wrapped)" : ""));
				return row;
			}
		}
		message(wanted.isBlank() ? "" : "No match");
		return null;
	}

	/** "2 of 5": which match this is, in the order shown. */
	private String count(List<WbsElement> rows, WbsElement found, String wanted) {
		int total = 0;
		int which = 0;
		for (WbsElement row : rows) {
			if (RowText.contains(row, target.code(row), wanted)) {
				total++;
				if (row == found) {
					which = total;
				}
			}
		}
		return which + " of " + total;
	}

	private static int indexOf(List<WbsElement> rows, Object row) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i) == row) {
				return i;
			}
		}
		return -1;
	}

	private void message(String says) {
		if (!message.isDisposed() && !says.equals(message.getText())) {
			message.setText(says);
			bar.layout(true);
		}
	}

	/** What the bar says: "2 of 5", "No match", or empty. */
	public String message() {
		return message.getText();
	}

	public Text text() {
		return text;
	}

	private void setVisible(boolean visible) {
		org.wbsmodeler.ui.session.ViewBanner.showBar(bar, visible);
	}
}
