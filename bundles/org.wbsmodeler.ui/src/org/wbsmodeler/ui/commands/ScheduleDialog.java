package org.wbsmodeler.ui.commands;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.wbsmodeler.ui.edit.DateFormats;
import org.wbsmodeler.ui.pages.cells.ValueTexts;
import org.wbsmodeler.ui.tasks.CriticalPathReport;

/** WBS > Schedule: the project's start and finish and its critical path, activity by activity. */
public final class ScheduleDialog extends Dialog {

	private static final String[] HEADERS = { "Code", "Name", "Start", "Finish", "Days", "Total float", "Free float" };
	private static final int[] WIDTHS = { 70, 300, 130, 130, 50, 80, 80 };

	private final CriticalPathReport report;
	private Table table;

	public ScheduleDialog(Shell parent, CriticalPathReport report) {
		super(parent);
		this.report = report;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Schedule: critical path");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label dates = new Label(area, SWT.NONE);
		dates.setText("Start " + DateFormats.dateTime(report.start()) + "     Finish " + DateFormats.dateTime(report.finish()) + "     "
				+ report.criticalPath().size() + " activities on the critical path");
		table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(860, 320).applyTo(table);
		for (int i = 0; i < HEADERS.length; i++) {
			TableColumn column = new TableColumn(table, i >= 4 ? SWT.RIGHT : SWT.LEFT);
			column.setText(HEADERS[i]);
			column.setWidth(WIDTHS[i]);
		}
		for (CriticalPathReport.Row row : report.criticalPath()) {
			new TableItem(table, SWT.NONE).setText(new String[] { row.code(), row.name(), DateFormats.dateTime(row.start()), DateFormats.dateTime(row.finish()),
					ValueTexts.number(row.durationDays()), ValueTexts.number(row.totalFloat()), ValueTexts.number(row.freeFloat()) });
		}
		for (String warning : report.warnings()) {
			Label label = new Label(area, SWT.WRAP);
			label.setText("Warning: " + warning);
			GridDataFactory.fillDefaults().grab(true, false).hint(860, SWT.DEFAULT).applyTo(label);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	/** For tests: the critical path table. */
	public Table table() {
		return table;
	}
}
