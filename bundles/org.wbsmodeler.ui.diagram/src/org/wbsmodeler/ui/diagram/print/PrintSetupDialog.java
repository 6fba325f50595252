package org.wbsmodeler.ui.diagram.print;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

/**
 * What the system's print dialog does not ask: how many pages wide the drawing is spread (MS Project's "Fit to N
 * pages wide", how WBS charts become posters) and the orientation. Remembered while the studio runs.
 */
public final class PrintSetupDialog extends Dialog {

	private static int lastPagesWide = 1;
	private static boolean lastLandscape = true;

	private final String what;
	private Spinner pagesWide;
	private Button landscape;
	private int chosenPagesWide = lastPagesWide;
	private boolean chosenLandscape = lastLandscape;

	public PrintSetupDialog(Shell parent, String what) {
		super(parent);
		this.what = what;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Print");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Label heading = new Label(area, SWT.WRAP);
		heading.setText("Print " + what + ".");
		heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		new Label(area, SWT.NONE).setText("Fit to pages wide:");
		pagesWide = new Spinner(area, SWT.BORDER);
		pagesWide.setValues(lastPagesWide, 1, 50, 0, 1, 5);
		pagesWide.setToolTipText("The drawing is scaled to fill this many pages side by side, and as many pages tall as it then needs");
		new Label(area, SWT.NONE).setText("Orientation:");
		Composite orientation = new Composite(area, SWT.NONE);
		orientation.setLayout(new GridLayout(2, false));
		Button portrait = new Button(orientation, SWT.RADIO);
		portrait.setText("Portrait");
		landscape = new Button(orientation, SWT.RADIO);
		landscape.setText("Landscape");
		landscape.setSelection(lastLandscape);
		portrait.setSelection(!lastLandscape);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Print\u2026", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		chosenPagesWide = pagesWide.getSelection();
		chosenLandscape = landscape.getSelection();
		lastPagesWide = chosenPagesWide;
		lastLandscape = chosenLandscape;
		super.okPressed();
	}

	public int pagesWide() {
		return chosenPagesWide;
	}

	public boolean landscape() {
		return chosenLandscape;
	}
}
