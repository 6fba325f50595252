package org.wbsmodeler.ui.pages.cells;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** A titled part of a page: the title and its buttons (Add, Remove, Move up…) in one row, the body below. */
public final class Section {

	private final Composite composite;
	private final Composite buttons;
	private final Composite body;

	public Section(Composite parent, String title) {
		composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(composite);
		Label label = new Label(composite, SWT.NONE);
		label.setText(title);
		label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
		buttons = new Composite(composite, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(0).spacing(4, 0).applyTo(buttons);
		body = new Composite(composite, SWT.NONE);
		body.setLayout(new org.eclipse.swt.layout.FillLayout());
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(body);
	}

	/** Adds a push button to the title row. */
	public Button button(String text, Runnable action) {
		Button button = new Button(buttons, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		((org.eclipse.swt.layout.GridLayout) buttons.getLayout()).numColumns++;
		return button;
	}

	/** Where the section's viewer goes (a fill layout). */
	public Composite body() {
		return body;
	}

	public Composite control() {
		return composite;
	}
}
