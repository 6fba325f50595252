package org.wbsmodeler.ui.team.editor;

import org.eclipse.jface.action.ContributionItem;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.StatusLineLayoutData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;

/** The shared plan's field in the status line: its revision and who else has it open. */
final class TeamStatusItem extends ContributionItem {

	static final String ID = "org.wbsmodeler.ui.team.status";

	private CLabel label;
	private String text = "";

	TeamStatusItem() {
		super(ID);
	}

	@Override
	public void fill(Composite parent) {
		label = new CLabel(parent, SWT.SHADOW_NONE);
		StatusLineLayoutData data = new StatusLineLayoutData();
		data.widthHint = 360;
		label.setLayoutData(data);
		label.setText(text);
	}

	/** Shows the field with this text (the status line is laid out again when the field was hidden). */
	void show(IStatusLineManager line, String newText) {
		text = newText == null ? "" : newText;
		if (!isVisible() || label == null || label.isDisposed()) {
			setVisible(true);
			line.update(true);
		} else if (label != null && !label.isDisposed()) {
			label.setText(text);
			label.setToolTipText(text);
		}
	}

	/** Hides the field: the active editor's plan is not a shared one. */
	void hide(IStatusLineManager line) {
		text = "";
		if (isVisible()) {
			setVisible(false);
			line.update(true);
		}
	}

	String text() {
		return text;
	}
}
