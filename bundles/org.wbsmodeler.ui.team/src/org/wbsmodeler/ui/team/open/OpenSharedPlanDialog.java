package org.wbsmodeler.ui.team.open;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.wbsmodeler.server.plan.PlanException;

/** File > Open Shared Plan…: server, token, plan. */
final class OpenSharedPlanDialog extends TitleAreaDialog {

	static final String TITLE = "Open Shared Plan";

	private Text server;
	private Text token;
	private Text plan;
	private OpenSharedPlan.Address address;
	private String tokenValue;

	OpenSharedPlanDialog(Shell shell) {
		super(shell);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(TITLE);
		setMessage("Checks the plan out into the workspace; saving commits, others' commits arrive as they land.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayout(new GridLayout(2, false));
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		server = field(fields, "&Server:", "http://127.0.0.1:8080", SWT.BORDER);
		token = field(fields, "&Token:", System.getenv("WBS_TOKEN") == null ? "" : System.getenv("WBS_TOKEN"), SWT.BORDER | SWT.PASSWORD);
		plan = field(fields, "&Plan:", "", SWT.BORDER);
		plan.setMessage("number, or the plan's address");
		return area;
	}

	private static Text field(Composite parent, String label, String value, int style) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, style);
		text.setText(value);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridData data = (GridData) text.getLayoutData();
		data.widthHint = 360;
		return text;
	}

	@Override
	protected void okPressed() {
		try {
			address = OpenSharedPlan.Address.parse(server.getText(), plan.getText());
		} catch (PlanException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		if (token.getText().isBlank()) {
			setErrorMessage("needs a token (./wbs server user add NAME prints one)");
			return;
		}
		tokenValue = token.getText().strip();
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Open", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	OpenSharedPlan.Address address() {
		return address;
	}

	String token() {
		return tokenValue;
	}
}
