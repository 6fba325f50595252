package org.wbsmodeler.ui.diagram.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.risk.analysis.RiskAnalysis;
import org.wbsmodeler.risk.analysis.RiskInputException;
import org.wbsmodeler.risk.analysis.RiskOptions;
import org.wbsmodeler.ui.edit.SelectionProviderBase;
import org.wbsmodeler.ui.pages.ModelPage;
import org.wbsmodeler.ui.session.PlanJobs;
import org.wbsmodeler.ui.session.PlanSession;
import org.wbsmodeler.ui.tasks.ModelSnapshot;

/**
 * The Risk page: runs the schedule risk analysis ({@code ./wbs risk}) on a snapshot of the plan in a job of the
 * editor's family, so the user keeps editing while it runs, then shows the finish's histogram and S-curve, the P-dates
 * of the finish and the milestones, the cost percentiles and the drivers; a driver clicked is selected in the Plan.
 * The results are derived, like the dates: no command, the editor stays as clean or dirty as it was. Their
 * criticality indices feed the Plan's and Gantt's Criticality column.
 * <p>
 * A run can be cancelled (Cancel here or the stop of its progress): the workers stop at their next block of
 * iterations and the last complete run stays shown. Results older than the plan (an edit since the snapshot they
 * were run on) carry a banner with Run again; undoing back to that plan takes it away. The banner is derived from
 * the command stack, like the results themselves: it runs no command.
 */
public final class RiskPage implements ModelPage {

	public static final String TITLE = "Risk";
	/** How the status line starts after a cancel. */
	public static final String CANCELLED = "Cancelled";
	/** How the banner over results older than the plan starts. */
	public static final String STALE = "These results are from before the last edit";
	static final String[] PERCENTILE_TITLES = { "", "Plan", "P10", "P50", "P80", "P90" };
	static final String[] DRIVER_TITLES = { "Driver", "Critical", "Correlation", "Moves finish" };

	private final PlanSession context;
	private final DriverSelection selection = new DriverSelection();
	private Spinner iterations;
	private Spinner seed;
	private Button run;
	private Button cancel;
	private Composite banner;
	private Label bannerText;
	private Button runAgain;
	private Label status;
	private RiskChartCanvas chart;
	private Table percentiles;
	private Table drivers;
	private RiskView shown;
	private Job job;
	/** The top of the undo stack when the running snapshot was taken, and when the shown one was */
	private Command pendingEdit;
	private Command shownEdit;
	private final CommandStackListener edits = event -> {
		if (run != null && !run.isDisposed()) {
			run.getDisplay().asyncExec(this::updateBanner);
		}
	};

	public RiskPage(PlanSession context) {
		this.context = context;
	}

	@Override
	public String title() {
		return TITLE;
	}

	@Override
	public Control createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(page, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		bar.setLayout(new GridLayout(6, false));
		new Label(bar, SWT.NONE).setText("Iterations:");
		iterations = new Spinner(bar, SWT.BORDER);
		iterations.setValues(RiskOptions.DEFAULT_ITERATIONS, 10, 1_000_000, 0, 1000, 10_000);
		new Label(bar, SWT.NONE).setText("Seed:");
		seed = new Spinner(bar, SWT.BORDER);
		seed.setValues((int) RiskOptions.DEFAULT_SEED, 0, Integer.MAX_VALUE, 0, 1, 100);
		run = new Button(bar, SWT.PUSH);
		run.setText("Run");
		run.setToolTipText("Run the schedule risk analysis on the plan as it is now (the same as ./wbs risk)");
		run.addListener(SWT.Selection, e -> run());
		cancel = new Button(bar, SWT.PUSH);
		cancel.setText("Cancel");
		cancel.setToolTipText("Stop the run; the results shown stay as they are");
		cancel.setEnabled(false);
		cancel.addListener(SWT.Selection, e -> cancel());
		banner = new Composite(page, SWT.NONE);
		banner.setLayoutData(hidden(new GridData(SWT.FILL, SWT.TOP, true, false)));
		banner.setLayout(new GridLayout(2, false));
		// a pale amber, as editors mark a stale view (the tooltip colours are black on some GTK themes)
		banner.setBackground(new Color(255, 243, 205));
		bannerText = new Label(banner, SWT.NONE);
		bannerText.setBackground(banner.getBackground());
		bannerText.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		bannerText.setText(STALE + ": the plan has changed since they were run.");
		runAgain = new Button(banner, SWT.PUSH);
		runAgain.setText("Run again");
		runAgain.addListener(SWT.Selection, e -> run());
		banner.setVisible(false);
		context.domain().getCommandStack().addCommandStackListener(edits);
		// on a line of its own: the run's summary is long
		status = new Label(page, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		status.setText("Not run yet: the three-point estimates and risk events of the plan give its range of finish dates");

		SashForm body = new SashForm(page, SWT.HORIZONTAL);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		chart = new RiskChartCanvas(body);
		Composite tables = new Composite(body, SWT.NONE);
		GridLayout tablesLayout = new GridLayout(1, false);
		tablesLayout.marginWidth = 0;
		tables.setLayout(tablesLayout);
		new Label(tables, SWT.NONE).setText("Finish, milestones and cost");
		percentiles = table(tables, PERCENTILE_TITLES, false);
		new Label(tables, SWT.NONE).setText("Drivers (click one to select it in the Plan)");
		drivers = table(tables, DRIVER_TITLES, true);
		drivers.addListener(SWT.Selection, e -> driverChosen());
		body.setWeights(55, 45);
		return page;
	}

	private static GridData hidden(GridData data) {
		data.exclude = true;
		return data;
	}

	private static Table table(Composite parent, String[] titles, boolean grow) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, grow);
		table.setLayoutData(data);
		for (int c = 0; c < titles.length; c++) {
			TableColumn column = new TableColumn(table, c == 0 ? SWT.LEFT : SWT.RIGHT);
			column.setText(titles[c]);
			column.pack();
		}
		return table;
	}

	/** Starts a run on a copy of the plan as it is now; one run at a time. */
	public void run() {
		if (job != null) {
			return;
		}
		ModelSnapshot snapshot = ModelSnapshot.of(context.project());
		pendingEdit = context.domain().getCommandStack().getUndoCommand();
		RiskOptions options = RiskOptions.defaults().withIterations(iterations.getSelection()).withSeed(seed.getSelection());
		Display display = run.getDisplay();
		run.setEnabled(false);
		runAgain.setEnabled(false);
		cancel.setEnabled(true);
		status.setText(String.format(Locale.ROOT, "Running %,d iterations…", options.iterations()));
		AtomicBoolean ran = new AtomicBoolean();
		job = PlanJobs.create("Schedule risk analysis", monitor -> {
			ran.set(true);
			RiskView view = null;
			String failure = null;
			boolean cancelled = false;
			try {
				view = RiskView.of(snapshot, RiskAnalysis.run(snapshot.project(), options, monitor::isCanceled));
			} catch (CancellationException e) {
				cancelled = true;
			} catch (RiskInputException e) {
				failure = e.getMessage();
			} catch (RuntimeException e) {
				failure = "The risk analysis failed: " + e;
			}
			RiskView result = view;
			String refusal = failure;
			boolean stopped = cancelled;
			display.asyncExec(() -> finished(result, refusal, stopped));
			return stopped ? Status.CANCEL_STATUS : Status.OK_STATUS;
		});
		job.setUser(false);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (!ran.get()) {
					// cancelled before it started: the work above never ran to say so
					display.asyncExec(() -> finished(null, null, true));
				}
			}
		});
		job.schedule();
	}

	/** Cancel: the job's monitor says so, and the workers stop at their next block. */
	public void cancel() {
		if (job != null) {
			job.cancel();
		}
	}

	private void finished(RiskView view, String failure, boolean cancelled) {
		job = null;
		if (run.isDisposed()) {
			return;
		}
		run.setEnabled(true);
		runAgain.setEnabled(true);
		cancel.setEnabled(false);
		if (cancelled) {
			// nothing of the cancelled run is shown: the chart and tables stay the last complete run's
			status.setText(shown == null ? CANCELLED + ": nothing was run to the end" : CANCELLED + ": the results shown are the last complete run's, " + shown.summary());
			return;
		}
		if (view == null) {
			// bad input (a pessimistic duration below the optimistic one, a cycle): one line naming the task, nothing shown changes
			status.setText(failure);
			context.status().accept(failure);
			return;
		}
		show(view);
	}

	private void show(RiskView view) {
		shown = view;
		shownEdit = pendingEdit;
		updateBanner();
		chart.setChart(view.chart());
		status.setText(view.summary());
		percentiles.removeAll();
		for (String[] row : view.percentiles()) {
			new TableItem(percentiles, SWT.NONE).setText(row);
		}
		drivers.removeAll();
		for (RiskView.Driver d : view.drivers()) {
			new TableItem(drivers, SWT.NONE).setText(new String[] { d.label(), percent(d.criticality()), String.format(Locale.ROOT, "%.2f", d.correlation()),
					String.format(Locale.ROOT, "%+.1f d", d.swingDays()) });
		}
		for (Table table : List.of(percentiles, drivers)) {
			for (TableColumn column : table.getColumns()) {
				column.pack();
			}
		}
		// every P-date row in sight; the drivers take the rest of the height
		((GridData) percentiles.getLayoutData()).heightHint = percentiles.getHeaderHeight() + percentiles.getItemCount() * percentiles.getItemHeight() + 4;
		percentiles.getParent().layout(true, true);
		context.criticality().set(view.criticality());
	}

	/** The banner over results run on a plan other than the one in the editor now (the top of the undo stack tells). */
	private void updateBanner() {
		if (banner == null || banner.isDisposed()) {
			return;
		}
		boolean stale = shown != null && context.domain().getCommandStack().getUndoCommand() != shownEdit;
		if (stale != banner.getVisible()) {
			banner.setVisible(stale);
			((GridData) banner.getLayoutData()).exclude = !stale;
			banner.getParent().layout(true, true);
		}
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.0f%%", 100 * share);
	}

	/** A driver clicked: its task selected in the Plan (and published as this page's selection, for Properties). */
	private void driverChosen() {
		WbsElement element = selectedDriver();
		if (element != null && element.eResource() != null) {
			context.selection().keepInPlan(List.of(element));
		}
		selection.fire();
	}

	private WbsElement selectedDriver() {
		int index = drivers.getSelectionIndex();
		return shown == null || index < 0 || index >= shown.drivers().size() ? null : shown.drivers().get(index).element();
	}

	/** The last run's view (null before one), for tests. */
	RiskView shown() {
		return shown;
	}

	public Table drivers() {
		return drivers;
	}

	public Table percentiles() {
		return percentiles;
	}

	public Spinner iterations() {
		return iterations;
	}

	public Button runButton() {
		return run;
	}

	public Button cancelButton() {
		return cancel;
	}

	/** The banner's text while the results are older than the plan, else null. */
	public String staleNotice() {
		return banner.getVisible() ? bannerText.getText() : null;
	}

	/** The banner's Run again. */
	public Button staleButton() {
		return runAgain;
	}

	public String status() {
		return status.getText();
	}

	/** Whether the chart shows a run, and its title. */
	public String chartTitle() {
		return chart.chart() == null ? null : chart.chart().title();
	}

	@Override
	public ISelectionProvider selectionProvider() {
		return selection;
	}

	@Override
	public void dispose() {
		context.domain().getCommandStack().removeCommandStackListener(edits);
		if (job != null) {
			job.cancel();
		}
	}

	/** The page's selection: the task of the driver chosen. */
	private final class DriverSelection extends SelectionProviderBase {
		@Override
		public ISelection getSelection() {
			WbsElement element = drivers == null || drivers.isDisposed() ? null : selectedDriver();
			List<Object> selected = new ArrayList<>();
			if (element != null) {
				selected.add(element);
			}
			return new StructuredSelection(selected);
		}

		@Override
		public void setSelection(ISelection newSelection) {
		}

		void fire() {
			fireSelectionChanged();
		}
	}
}
