package org.wbsmodeler.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** What a model that cannot be read shows instead of its pages: the one-line load message. The file is not touched. */
final class LoadErrorPage {

	private LoadErrorPage() {
	}

	static Control create(Composite parent, String message) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		Label icon = new Label(page, SWT.NONE);
		icon.setImage(parent.getDisplay().getSystemImage(SWT.ICON_ERROR));
		icon.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false, 1, 2));
		Label title = new Label(page, SWT.NONE);
		title.setText("This model cannot be opened. The file was left as it is; fix it and open it again.");
		Text text = new Text(page, SWT.READ_ONLY | SWT.WRAP);
		text.setText(message);
		text.setData("org.wbsmodeler.ui.loadError", Boolean.TRUE);
		text.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
		return page;
	}
}
