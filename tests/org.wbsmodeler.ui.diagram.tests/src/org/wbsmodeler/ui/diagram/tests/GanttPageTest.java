package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.diagram.gantt.Timescale;
import org.wbsmodeler.model.ConstraintType;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.schedule.rollup.Totals;
import org.wbsmodeler.ui.diagram.gantt.GanttPage;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Input;
import org.wbsmodeler.ui.tests.Screenshots;

/**
 * The Gantt page of the demo plan driven with real pointer moves and keys: each chart edit is one command on the
 * editor's stack that Ctrl+Z and Ctrl+Y undo and redo, the chart following the live schedule; a link that would
 * close a cycle is refused with the cycle named; table and chart select and scroll as one.
 */
public class GanttPageTest {

	private EditorFixture fixture;
	private GanttPage page;

	@Before
	public void open() throws Exception {
		fixture = EditorFixture.open(DemoModel.bytes());
		page = GanttTabs.open(fixture);
		// days: 26 pixels a day, so a drag lands on the day it aims at
		page.setTimescale(Timescale.DAY);
		page.scrollTimeBy(-100_000);
		fixture.flush();
	}

	@After
	public void close() throws Exception {
		fixture.close();
	}

	@Test
	public void showsEveryRowBesideItsTableRow() {
		Screenshots.save(fixture.shell(), "gantt-demo");
		assertEquals(8, page.chart().rowCount());
		assertEquals(8, page.table().getItemCount());
		for (int i = 0; i < 8; i++) {
			assertEquals("table row " + i + " stands beside chart row " + i, i, page.chartRowAt(GanttTabs.tableRowMiddleOnCanvas(page, i)));
			String code = page.table().getItem(i).getText(0);
			assertEquals("the table's code is the chart row's", page.chart().rows().get(i).code(), code);
			assertSame(page.chart().rows().get(i).element(), fixture.element(code));
		}
		assertTrue("Code is red (critical)", page.chart().bar(page.chart().rowOf(fixture.element("2.1")).index()).critical());
		assertFalse("Docs has float", page.chart().bar(page.chart().rowOf(fixture.element("2.3")).index()).critical());
	}

	@Test
	public void dragOfTheRightEndSetsTheDurationAsOneUndoableCommand() {
		WbsElement spec = fixture.element("1.1");
		Rectangle before = page.barBounds(spec);
		Point end = GanttTabs.barEnd(page, spec);
		int day = (int) Math.round(page.pixelsPerDay() * zoom());
		DiagramInput.drag(page.canvas(), end, new Point(end.x + 2 * day, end.y), 1);
		fixture.flush();
		assertEquals("3 days dragged two days longer", 5.0, spec.getDuration(), 1e-9);
		assertTrue("the bar grew with the schedule", page.barBounds(spec).width > before.width + day);
		assertEquals("Set duration of 1.1 Spec to 5 d", label(fixture.editor.getEditingDomain().getCommandStack().getUndoCommand()));
		Screenshots.save(fixture.shell(), "gantt-duration-dragged");

		Input.ctrl(fixture.display(), 'z');
		fixture.flush();
		assertEquals(3.0, spec.getDuration(), 1e-9);
		assertEquals("the bar follows the undo", before.width, page.barBounds(spec).width);
		Input.ctrl(fixture.display(), 'y');
		fixture.flush();
		assertEquals(5.0, spec.getDuration(), 1e-9);
	}

	@Test
	public void dragOfABarAlongItsRowSetsStartNoEarlierThanTheDroppedDay() {
		WbsElement docs = fixture.element("2.3");
		Totals planned = page.totals(docs);
		LocalDateTime start = planned.start();
		Point middle = GanttTabs.barMiddle(page, docs);
		int day = (int) Math.round(page.pixelsPerDay() * zoom());
		DiagramInput.drag(page.canvas(), middle, new Point(middle.x + 7 * day, middle.y), 1);
		fixture.flush();
		assertEquals(ConstraintType.SNET, docs.getConstraintType());
		LocalDate dropped = start.toLocalDate().plusDays(7);
		assertEquals(dropped.atStartOfDay(), docs.getConstraintDate());
		LocalDateTime moved = page.totals(docs).start();
		assertFalse("the schedule starts Docs no earlier than the dropped day", moved.toLocalDate().isBefore(dropped));
		assertTrue("the bar moved right", page.barBounds(docs).x > GanttTabs.barMiddle(page, docs).x - 100);
		int row = page.chart().rowOf(docs).index();
		assertTrue("the table shows the constraint's pin", page.table().getItem(row).getText(1).endsWith("\u25b8"));
		Screenshots.save(fixture.shell(), "gantt-moved-snet");

		Input.ctrl(fixture.display(), 'z');
		fixture.flush();
		assertEquals(ConstraintType.ASAP, docs.getConstraintType());
		assertNull(docs.getConstraintDate());
		assertEquals(start, page.totals(docs).start());
		Input.ctrl(fixture.display(), 'y');
		fixture.flush();
		assertEquals(ConstraintType.SNET, docs.getConstraintType());
	}

	@Test
	public void dragFromOneBarToAnotherLinksThemFinishToStart() {
		WbsElement test = fixture.element("2.2");
		WbsElement docs = fixture.element("2.3");
		wholePlanInView();
		DiagramInput.drag(page.canvas(), GanttTabs.barMiddle(page, test), GanttTabs.barMiddle(page, docs), 1);
		fixture.flush();
		Dependency link = docs.getPredecessors().stream().filter(d -> d.getPredecessor() == test).findFirst().orElse(null);
		assertNotNull("Docs now follows Test", link);
		assertEquals(DependencyType.FS, link.getType());
		assertFalse("Docs starts after Test finishes", page.totals(docs).start().isBefore(page.totals(test).finish()));
		assertTrue("and is critical now", page.chart().bar(page.chart().rowOf(docs).index()).critical());
		Screenshots.save(fixture.shell(), "gantt-linked");
		Input.ctrl(fixture.display(), 'z');
		fixture.flush();
		assertTrue(docs.getPredecessors().stream().noneMatch(d -> d.getPredecessor() == test));
		assertFalse(page.chart().bar(page.chart().rowOf(docs).index()).critical());
	}

	@Test
	public void aLinkThatWouldCloseACycleIsRefusedWithTheCycleNamed() {
		WbsElement test = fixture.element("2.2");
		WbsElement spec = fixture.element("1.1");
		Command before = fixture.editor.getEditingDomain().getCommandStack().getUndoCommand();
		wholePlanInView();
		DiagramInput.drag(page.canvas(), GanttTabs.barMiddle(page, test), GanttTabs.barMiddle(page, spec), 1);
		fixture.flush();
		assertTrue(spec.getPredecessors().isEmpty());
		assertSame("nothing reached the stack", before, fixture.editor.getEditingDomain().getCommandStack().getUndoCommand());
		String status = fixture.editor.statusMessage();
		assertNotNull(status);
		assertTrue(status, status.contains("cycle") && status.contains("Spec") && status.contains("Test") && status.contains("Code"));
	}

	@Test
	public void chartAndTableSelectTheSameRowAndTheEditorPublishesIt() {
		WbsElement code = fixture.element("2.1");
		DiagramInput.click(page.canvas(), new Point(page.canvas().getClientArea().width - 20, page.rowMiddle(code)), 0);
		fixture.flush();
		int row = page.chart().rowOf(code).index();
		assertEquals(row, page.table().getSelectionIndex());
		assertEquals(List.of(code), ((IStructuredSelection) fixture.editor.getSite().getSelectionProvider().getSelection()).toList());

		// a click on a table row selects that row's bar
		WbsElement review = fixture.element("1.2");
		int reviewRow = page.chart().rowOf(review).index();
		Rectangle cell = page.table().getItem(reviewRow).getBounds(1);
		Input.clickAt(page.table(), cell.x + 10, cell.y + cell.height / 2);
		fixture.flush();
		assertEquals(reviewRow, page.table().getSelectionIndex());
		assertEquals(List.of(review), ((IStructuredSelection) fixture.editor.getSite().getSelectionProvider().getSelection()).toList());

		// keys on the chart: Down moves the selection, Right scrolls time, Ctrl++ zooms
		page.canvas().setFocus();
		Input.key(fixture.display(), SWT.ARROW_DOWN, 0);
		assertEquals(reviewRow + 1, page.table().getSelectionIndex());
		double pixels = page.pixelsPerDay();
		Input.key(fixture.display(), SWT.KEYPAD_ADD, 0);
		Input.key(fixture.display(), SWT.KEYPAD_ADD, 0);
		assertTrue("zoomed in", page.pixelsPerDay() > pixels);
		int scroll = page.scrollX();
		Input.key(fixture.display(), SWT.ARROW_RIGHT, 0);
		assertTrue("Right scrolls time (the chart is wider than the canvas now)", page.scrollX() > scroll);
		Input.key(fixture.display(), SWT.ARROW_LEFT, 0);
		assertEquals("Left scrolls back", scroll, page.scrollX());

		// Ctrl+wheel over the chart zooms around the pointer: the day under it stays under it
		double before = page.pixelsPerDay();
		int x = page.canvas().getClientArea().width / 2;
		java.time.LocalDateTime under = page.chart().dateAt((x + page.scrollX()) / zoom());
		org.eclipse.swt.widgets.Event wheel = new org.eclipse.swt.widgets.Event();
		wheel.count = -1;
		wheel.stateMask = SWT.CTRL;
		wheel.x = x;
		wheel.y = page.rowMiddle(review);
		page.canvas().notifyListeners(SWT.MouseVerticalWheel, wheel);
		fixture.flush();
		assertTrue("Ctrl+wheel down zooms out", page.pixelsPerDay() < before);
		java.time.LocalDateTime still = page.chart().dateAt((x + page.scrollX()) / zoom());
		assertTrue("the day under the pointer stays: " + under + " / " + still,
				Math.abs(java.time.Duration.between(under, still).toHours()) < 24);
	}

	/** Weeks: the whole plan fits the canvas, so a drag can go from any bar to any other. */
	private void wholePlanInView() {
		page.setTimescale(Timescale.WEEK);
		page.scrollTimeBy(-100_000);
		fixture.flush();
		assertTrue("the last bar is on the canvas", page.barBounds(fixture.element("3")).x < page.canvas().getClientArea().width - 10);
	}

	private double zoom() {
		return page.table().getItemHeight() / org.wbsmodeler.diagram.gantt.GanttStyle.ROW_HEIGHT;
	}

	private static String label(Command command) {
		return command == null ? null : command.getLabel();
	}
}
