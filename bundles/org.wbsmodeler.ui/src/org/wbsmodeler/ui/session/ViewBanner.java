package org.wbsmodeler.ui.session;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

/**
 * The line above a page's rows while a view filters them: which view, how many rows of how many it shows, and one
 * click to show every row again. Hidden (taking no space) when no view is in force, so that filtered rows never look
 * deleted.
 */
public final class ViewBanner {

	private final Composite bar;
	private final Label text;
	private final Link clear;

	public ViewBanner(Composite parent, ViewInForce view) {
		bar = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginHeight = 3;
		layout.marginWidth = 6;
		bar.setLayout(layout);
		bar.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		text = new Label(bar, SWT.NONE);
		text.setBackground(bar.getBackground());
		text.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		clear = new Link(bar, SWT.NONE);
		clear.setBackground(bar.getBackground());
		clear.setText("<a>Show all rows</a>");
		clear.setToolTipText("Clear the view: every row of the plan, on every page");
		clear.addListener(SWT.Selection, e -> view.set(null));
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		bar.setLayoutData(data);
		hide();
	}

	/** Says that the view shows {@code shown} of {@code total} rows. */
	public void show(String viewName, int shown, int total) {
		text.setText("View '" + (viewName == null || viewName.isBlank() ? "unnamed" : viewName) + "' in force: " + shown + " of " + total
				+ " rows shown");
		setVisible(true);
	}

	/** No view in force: the banner takes no space. */
	public void hide() {
		setVisible(false);
	}

	private void setVisible(boolean visible) {
		showBar(bar, visible);
	}

	/** Shows a bar above a page's rows, or hides it so that it takes no space (its layout data is a GridData). */
	public static void showBar(Composite bar, boolean visible) {
		if (bar.isDisposed()) {
			return;
		}
		((GridData) bar.getLayoutData()).exclude = !visible;
		bar.setVisible(visible);
		bar.getParent().layout(true, true);
	}

	/** The banner's text while shown, or null when hidden. */
	public String text() {
		return bar.isDisposed() || !bar.getVisible() ? null : text.getText();
	}

	/** The "Show all rows" link. */
	public Link clearLink() {
		return clear;
	}
}
