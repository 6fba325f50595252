package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.diagram.columns.PlanColumn;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.model.format.Durations;
import org.wbsmodeler.model.format.PlanDates;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.risk.analysis.RiskAnalysis;
import org.wbsmodeler.risk.analysis.RiskOptions;
import org.wbsmodeler.risk.analysis.RiskResult;
import org.wbsmodeler.risk.chart.RiskCharts;
import org.wbsmodeler.ui.diagram.gantt.GanttPage;
import org.wbsmodeler.ui.diagram.risk.RiskPage;
import org.wbsmodeler.ui.session.PlanJobs;
import org.wbsmodeler.ui.tasks.ModelSnapshot;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Input;
import org.wbsmodeler.ui.tests.Screenshots;
import org.wbsmodeler.ui.tests.UiTestSupport;

/**
 * The Risk page of the shipped example: Run (iterations typed, the default seed) works in a job of the editor's
 * family on a snapshot and shows what {@code ./wbs risk} computes for the same options — chart, P-dates, drivers —
 * fills the Plan's Criticality column, dirties nothing; a driver clicked is selected in the Plan; bad input is one
 * line naming the task.
 */
public class RiskPageTest {

	private static final int ITERATIONS = 400;

	private EditorFixture fixture;
	private RiskPage page;
	private CommandStack stack;

	@Before
	public void open() throws Exception {
		fixture = EditorFixture.openExample();
		stack = fixture.editor.getEditingDomain().getCommandStack();
		DiagramTabs.open(fixture, RiskPage.TITLE);
		page = (RiskPage) fixture.editor.modelPage(RiskPage.TITLE);
		assertNotNull(page);
	}

	@After
	public void close() throws Exception {
		fixture.close();
	}

	/** Types the iterations into their field, then clicks Run, and waits for the run's job and what it posts. */
	private void run(int iterations) {
		String before = start(iterations);
		assertTrue("the run ends", UiTestSupport.waitFor(fixture.display(), () -> !PlanJobs.busy() && page.runButton().isEnabled() && !page.status().equals(before),
				120_000));
		UiTestSupport.settle(fixture.display());
	}

	/** Types the iterations and clicks Run; returns the status line as it was before. */
	private String start(int iterations) {
		page.iterations().setFocus();
		Input.key(fixture.display(), 'a', SWT.CTRL);
		Input.type(fixture.display(), Integer.toString(iterations));
		Input.key(fixture.display(), SWT.TAB, 0);
		fixture.flush();
		assertEquals("the typed iterations", iterations, page.iterations().getSelection());
		String before = page.status();
		clickWhileBusy(page.runButton());
		if (!fixture.waitUntil(() -> PlanJobs.busy() || !page.status().equals(before), 3_000)) {
			// GTK dropped the press (it can when it comes right after the pointer arrived): Return on the focused
			// button is the same Selection, from a real key
			pressReturnOn(page.runButton());
		}
		return before;
	}

	/** Return on the button, focused first: a real key press that activates it as a click does. */
	private void pressReturnOn(Control button) {
		assertTrue(button.setFocus());
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event key = new Event();
			key.type = type;
			key.keyCode = SWT.CR;
			UiTestSupport.post(fixture.display(), key);
		}
	}

	/** A screenshot of what the window shows now: the paint a state change asked for done first. */
	private void shot(String name) {
		fixture.shell().layout(true, true);
		fixture.shell().update();
		UiTestSupport.settle(fixture.display());
		fixture.shell().update();
		Screenshots.save(fixture.shell(), name);
	}

	/**
	 * A click that does not wait for the editor's jobs to end (Input.clickAt settles the UI, jobs included, between
	 * the pointer's move and the press: the run would end first). Real events, dispatched as they come.
	 */
	private void clickWhileBusy(Control control) {
		Display display = control.getDisplay();
		control.getShell().forceActive();
		Point point = control.toDisplay(control.getSize().x / 2, control.getSize().y / 2);
		for (int type : new int[] { SWT.MouseMove, SWT.MouseDown, SWT.MouseUp }) {
			Event event = new Event();
			event.type = type;
			event.button = type == SWT.MouseMove ? 0 : 1;
			event.x = point.x;
			event.y = point.y;
			UiTestSupport.post(display, event);
			if (type == SWT.MouseMove) {
				fixture.flush(); // not after the click: a flush waits for the editor's jobs, the run among them
			}
		}
	}

	@Test
	public void cancelStopsTheRunAndKeepsTheResultsShown() {
		run(ITERATIONS);
		String chart = page.chartTitle();
		String finishP80 = page.percentiles().getItem(0).getText(4);
		int drivers = page.drivers().getItemCount();
		assertFalse("nothing to cancel between runs", page.cancelButton().isEnabled());

		// a million iterations of the example: seconds of work, cancelled as soon as it is under way
		start(1_000_000);
		if (!fixture.waitUntil(() -> PlanJobs.busy() && page.cancelButton().isEnabled(), 10_000)) {
			throw new AssertionError("the run is under way: busy " + PlanJobs.busy() + ", cancel " + page.cancelButton().isEnabled() + ", run "
					+ page.runButton().isEnabled() + ", status " + page.status());
		}
		assertFalse("one run at a time", page.runButton().isEnabled());
		// from the keyboard: the button just became sensitive under a pointer still leaving Run, and GTK drops a press
		// that comes that soon; Return on the focused button is the same Selection, and waits for no job
		pressReturnOn(page.cancelButton());
		// the workers look at the cancel between blocks of 32 iterations (a job not started yet does not start)
		assertTrue("the run stops", fixture.waitUntil(() -> !PlanJobs.busy() && page.runButton().isEnabled(), 20_000));
		UiTestSupport.settle(fixture.display());
		assertTrue(page.status(), page.status().startsWith(RiskPage.CANCELLED));
		assertFalse(page.cancelButton().isEnabled());
		// nothing half-shown: the last complete run stays
		assertEquals(chart, page.chartTitle());
		assertEquals(finishP80, page.percentiles().getItem(0).getText(4));
		assertEquals(drivers, page.drivers().getItemCount());
		assertFalse(fixture.editor.isDirty());
		shot("risk-page-cancelled");
	}

	@Test
	public void anEditMarksTheResultsOlderUntilTheyAreRunAgain() {
		assertNull("nothing to be older before a run", page.staleNotice());
		run(ITERATIONS);
		assertNull("fresh results", page.staleNotice());
		String p80 = page.percentiles().getItem(0).getText(4);

		Activity task = (Activity) fixture.element("1.2.1");
		stack.execute(SetCommand.create(fixture.editor.getEditingDomain(), task, Literals.ACTIVITY__PESSIMISTIC_DURATION, task.getPessimisticDuration() + 20));
		Object edit = stack.getUndoCommand();
		assertTrue("the banner comes with the edit", fixture.waitUntil(() -> page.staleNotice() != null, 10_000));
		assertTrue(page.staleNotice(), page.staleNotice().startsWith(RiskPage.STALE));
		assertTrue("the banner is in sight", page.staleButton().isVisible());
		assertEquals("the results stay as they were", p80, page.percentiles().getItem(0).getText(4));
		assertEquals("the banner is derived: no command of its own", edit, stack.getUndoCommand());
		shot("risk-page-older-than-edit");

		// undone, the plan is again the one the results are from
		stack.undo();
		assertTrue(fixture.waitUntil(() -> page.staleNotice() == null, 10_000));
		assertFalse("undo leaves the editor clean, banner or not", fixture.editor.isDirty());
		stack.redo();
		assertTrue(fixture.waitUntil(() -> page.staleNotice() != null, 10_000));

		// Run again, from the banner
		String before = page.status();
		click(page.staleButton(), page.staleButton().getSize().x / 2, page.staleButton().getSize().y / 2);
		assertTrue("the run ends", fixture.waitUntil(() -> !PlanJobs.busy() && page.runButton().isEnabled() && !page.status().equals(before), 120_000));
		UiTestSupport.settle(fixture.display());
		assertNull("fresh again", page.staleNotice());
		shot("risk-page-run-again");
	}

	private void click(Control control, int x, int y) {
		Input.clickAt(control, x, y);
		fixture.flush();
	}

	@Test
	public void aRunShowsTheCliFiguresFillsCriticalityAndDirtiesNothing() {
		Object undo = stack.getUndoCommand();
		ModelSnapshot snapshot = ModelSnapshot.of(fixture.model());
		RiskResult expected;
		try {
			expected = RiskAnalysis.run(snapshot.project(), RiskOptions.defaults().withIterations(ITERATIONS));
		} catch (Exception e) {
			throw new AssertionError(e);
		}
		assertNull("no chart before a run", page.chartTitle());

		run(ITERATIONS);
		assertEquals(RiskCharts.finish(fixture.model().getName(), expected).title(), page.chartTitle());
		TableItem finish = page.percentiles().getItem(0);
		assertEquals("Finish", finish.getText(0));
		assertEquals(PlanDates.isoDay(expected.finish().deterministic()), finish.getText(1));
		assertEquals("P50", PlanDates.isoDay(expected.finish().percentile(0.5)), finish.getText(3));
		assertEquals("P80", PlanDates.isoDay(expected.finish().percentile(0.8)), finish.getText(4));
		assertEquals("finish, each milestone, cost", 2 + expected.milestones().size(), page.percentiles().getItemCount());
		assertEquals(expected.drivers().size(), page.drivers().getItemCount());
		assertTrue("the example has drivers", page.drivers().getItemCount() > 0);
		RiskResult.Driver top = expected.drivers().get(0);
		assertEquals(top.element() == null ? "event: " + top.name() : ModelLabels.shortLabel(top.element()), page.drivers().getItem(0).getText(0));
		assertTrue(page.status(), page.status().startsWith(ITERATIONS + " iterations, seed 1: P50 " + PlanDates.isoDay(expected.finish().percentile(0.5))));

		// the Plan's Criticality column: the run's index of each task, in % (the Plan brought to the front, where it
		// relabels the rows it left as they were while the Risk page was in front)
		DiagramTabs.open(fixture, "Plan");
		int checked = 0;
		for (Map.Entry<WbsElement, Double> entry : expected.criticality().entrySet()) {
			WbsElement live = snapshot.original(entry.getKey());
			String text = Durations.number(Math.round(entry.getValue() * 1000) / 10.0) + "%";
			if (checked++ < 5) {
				assertEquals(ModelLabels.shortLabel(live), text, fixture.item(live).getText(PlanColumn.CRITICALITY.ordinal()));
			}
		}
		assertTrue(checked > 0);
		// and the Gantt table's, which gains the column with the first run
		GanttPage gantt = GanttTabs.open(fixture);
		fixture.waitUntil(() -> gantt.table().getColumnCount() == 6, 10_000);
		assertEquals(PlanColumn.CRITICALITY.title(), gantt.table().getColumn(5).getText());
		Map.Entry<WbsElement, Double> first = expected.criticality().entrySet().iterator().next();
		WbsElement firstLive = snapshot.original(first.getKey());
		assertEquals(Durations.number(Math.round(first.getValue() * 1000) / 10.0) + "%",
				gantt.table().getItem(gantt.chart().rowOf(firstLive).index()).getText(5));
		Screenshots.save(fixture.shell(), "risk-criticality-in-gantt");
		// and the chart the page exports: its table has the column, with the run's indices
		try {
			java.nio.file.Path svg = java.nio.file.Files.createTempFile("risk-gantt", ".svg");
			gantt.export(svg);
			String drawn = java.nio.file.Files.readString(svg);
			java.nio.file.Files.delete(svg);
			assertTrue("the Criticality column", drawn.contains(">" + PlanColumn.CRITICALITY.title() + "<"));
			assertTrue("the first task's index", drawn.contains(">" + Durations.number(Math.round(first.getValue() * 1000) / 10.0) + "%<"));
		} catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
		DiagramTabs.open(fixture, RiskPage.TITLE);
		assertFalse("results are derived: the editor stays clean", fixture.editor.isDirty());
		assertEquals("no command ran", undo, stack.getUndoCommand());
		Screenshots.save(fixture.shell(), "risk-page");

		// a driver clicked: its task selected in the Plan
		int row = -1;
		for (int i = 0; i < expected.drivers().size() && row < 0; i++) {
			if (expected.drivers().get(i).element() != null && i > 0) {
				row = i;
			}
		}
		assertTrue("a task among the drivers after the first", row > 0);
		WbsElement driver = snapshot.original(expected.drivers().get(row).element());
		Rectangle bounds = page.drivers().getItem(row).getBounds(0);
		click(page.drivers(), bounds.x + 4, bounds.y + bounds.height / 2);
		assertEquals("the row clicked", row, page.drivers().getSelectionIndex());
		assertEquals(List.of(driver), fixture.editor.planPage().selectedRows());
		DiagramTabs.open(fixture, "Plan");
		fixture.tree().showColumn(fixture.tree().getColumn(PlanColumn.CRITICALITY.ordinal()));
		fixture.tree().showSelection();
		fixture.flush();
		assertEquals(List.of(driver), fixture.editor.planPage().selectedRows());
		Screenshots.save(fixture.shell(), "risk-driver-selected-in-plan");
	}

	@Test
	public void badInputIsOneLineNamingTheTaskAndShowsNothing() {
		Activity task = (Activity) fixture.element("1.2.1");
		// a range the Plan refuses, as an import could bring it: pessimistic below optimistic
		stack.execute(SetCommand.create(fixture.editor.getEditingDomain(), task, Literals.ACTIVITY__PESSIMISTIC_DURATION, task.getOptimisticDuration() / 2));
		fixture.flush();
		run(ITERATIONS);
		String status = page.status();
		assertTrue(status, status.contains(task.getName()));
		assertFalse("one line", status.contains("\n"));
		assertEquals("the status line says it too", status, fixture.editor.statusMessage());
		assertNull("no chart", page.chartTitle());
		assertEquals(0, page.drivers().getItemCount());
		assertEquals("no criticality", "", fixture.item(task).getText(PlanColumn.CRITICALITY.ordinal()));
		Screenshots.save(fixture.shell(), String.format(Locale.ROOT, "risk-page-refused"));
	}
}
