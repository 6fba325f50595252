package org.wbsmodeler.ui.recovery;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * "Recover Unsaved Changes": the plans that had unsaved changes when the studio last stopped without closing them,
 * each with the time of its last edit. Recover opens them with those changes, unsaved; Discard throws them away;
 * closing the dialog keeps them for the next start.
 */
public final class RecoveryDialog extends Dialog {

	public static final String TITLE = "Recover Unsaved Changes";
	public static final int RECOVER = IDialogConstants.OK_ID;
	public static final int DISCARD = IDialogConstants.CLIENT_ID + 1;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

	private final List<RecoveryStore.Recovery> recoveries;
	private Table table;

	public RecoveryDialog(Shell parent, List<RecoveryStore.Recovery> recoveries) {
		super(parent);
		this.recoveries = recoveries;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		((GridLayout) area.getLayout()).numColumns = 1;
		Label message = new Label(area, SWT.WRAP);
		message.setText("WBS Modeler stopped while these plans had unsaved changes. Their files were not changed.\n"
				+ "Recover opens each plan with its changes, not yet saved; Discard throws the changes away.");
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = table.getItemHeight() * Math.min(Math.max(recoveries.size(), 3), 10);
		table.setLayoutData(data);
		TableColumn plan = new TableColumn(table, SWT.LEFT);
		plan.setText("Plan");
		TableColumn edited = new TableColumn(table, SWT.LEFT);
		edited.setText("Last edit");
		for (RecoveryStore.Recovery recovery : recoveries) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { recovery.plan().toString(), TIME.format(recovery.lastEdit()) });
			item.setData(recovery);
		}
		plan.pack();
		plan.setWidth(Math.max(plan.getWidth(), 360));
		edited.pack();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, RECOVER, "&Recover", true);
		createButton(parent, DISCARD, "&Discard", false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		setReturnCode(buttonId);
		close();
	}

	/** The table of plans, for tests. */
	public Table table() {
		return table;
	}
}
