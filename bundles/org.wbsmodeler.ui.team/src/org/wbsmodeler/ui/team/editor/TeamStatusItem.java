package org.wbsmodeler.ui.team.editor;

import org.eclipse.jface.action.ContributionItem;
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

	void setText(String newText) {
		text = newText == null ? "" : newText;
		if (label != null && !label.isDisposed()) {
			label.setText(text);
			label.setToolTipText(text);
		}
	}

	String text() {
		return text;
	}
}
