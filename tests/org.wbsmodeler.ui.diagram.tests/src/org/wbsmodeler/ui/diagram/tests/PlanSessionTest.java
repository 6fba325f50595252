package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.design.services.DependencyServices;
import org.wbsmodeler.diagram.columns.PlanColumn;
import org.wbsmodeler.editing.live.LiveSchedule;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.format.Durations;
import org.wbsmodeler.model.format.PlanDates;
import org.wbsmodeler.schedule.rollup.Totals;
import org.wbsmodeler.ui.diagram.gantt.GanttPage;
import org.wbsmodeler.ui.diagram.network.NetworkPage;
import org.wbsmodeler.ui.diagram.page.DiagramPage;
import org.wbsmodeler.ui.session.PlanSession;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Input;
import org.wbsmodeler.ui.tests.Screenshots;

/**
 * One plan session per editor: every page shows the one live schedule's dates after an edit, which costs one
 * incremental reschedule for the whole editor (no page copies the model or runs a scheduler of its own), and a
 * refused link is refused in the same words on the Plan, the Network, the Gantt chart and by the Sirius services.
 */
public class PlanSessionTest {

	private EditorFixture fixture;
	private PlanSession session;

	@Before
	public void open() throws Exception {
		fixture = EditorFixture.open(DemoModel.bytes());
		session = fixture.editor.session();
	}

	@After
	public void close() throws Exception {
		fixture.close();
	}

	@Test
	public void everyPageShowsTheLiveScheduleAfterAnEditWithOneIncrementalRun() {
		DiagramPage wbs = DiagramTabs.open(fixture, "WBS chart");
		NetworkPage network = (NetworkPage) DiagramTabs.open(fixture, "Network");
		GanttPage gantt = GanttTabs.open(fixture);
		LiveSchedule schedule = session.schedule();
		int builds = schedule.builds();
		int incremental = schedule.incrementalRuns();
		WbsElement code = fixture.element("2.1");

		var chartBefore = gantt.chart();
		assertTrue(session.run(() -> session.rules().tasks().setDuration(code, 9)));
		// model-side conditions: reading table rows while waiting would keep SWT's queue busy and starve asyncExec
		fixture.waitUntil(() -> !schedule.isStale() && gantt.chart() != chartBefore, 5_000);
		fixture.flush();
		Totals live = schedule.totals(code);
		String finish = PlanDates.isoDay(live.finish());

		// the Gantt page is in front: its table and bar follow at once
		assertEquals(finish, ganttCell(gantt, code, PlanColumn.FINISH));
		assertEquals(Durations.days(9), ganttCell(gantt, code, PlanColumn.DURATION));
		// the diagram pages catch up when they come to the front, from the same schedule
		DiagramTabs.open(fixture, "Network");
		assertTrue("the network box shows the live finish " + finish + ": " + boxText(network, code), boxText(network, code).contains(finish));
		DiagramTabs.open(fixture, "WBS chart");
		assertTrue("the WBS box shows the new duration: " + boxText(wbs, code), boxText(wbs, code).contains(Durations.days(9)));
		Screenshots.save(fixture.shell(), "session-wbs-chart-after-edit");

		assertEquals("no page built a network of its own", builds, schedule.builds());
		assertEquals("one incremental reschedule for the whole editor", incremental + 1, schedule.incrementalRuns());
		assertEquals("the Plan shows the same finish", PlanDates.dateTime(live.finish()), fixture.editor.planPage().labels().text(code, PlanColumn.FINISH));
	}

	@Test
	public void aLinkThatClosesACycleIsRefusedInTheSameWordsEverywhere() {
		WbsElement spec = fixture.element("1.1");
		WbsElement test = fixture.element("2.2");
		String expected = "A link from 2.2 Test to 1.1 Spec would close the dependency cycle 2.2 Test \u2192 1.1 Spec \u2192 1.2 Review \u2192 2.1 Code \u2192 2.2 Test";

		// the Plan: typed into the Predecessors cell
		Input.click(fixture.item(spec), PlanColumn.NAME.ordinal());
		fixture.editor.planPage().viewer().editElement(spec, PlanColumn.PREDECESSORS.ordinal());
		fixture.flush();
		Input.key(fixture.display(), 'a', org.eclipse.swt.SWT.CTRL);
		Input.type(fixture.display(), "2.2");
		Input.key(fixture.display(), org.eclipse.swt.SWT.CR, 0);
		fixture.flush();
		assertEquals(expected, fixture.editor.statusMessage());
		assertTrue("nothing ran", !fixture.editor.getEditingDomain().getCommandStack().canUndo());

		NetworkPage network = (NetworkPage) DiagramTabs.open(fixture, "Network");
		assertEquals(expected, network.edits().checkLink(List.of(test), spec));
		GanttPage gantt = GanttTabs.open(fixture);
		assertEquals(expected, gantt.edits().checkLink(test, spec));
		assertEquals(expected, new DependencyServices().linkProblem(test, spec));
	}

	private static String ganttCell(GanttPage page, WbsElement element, PlanColumn column) {
		var row = page.chart().rowOf(element);
		assertNotNull(row);
		int index = -1;
		var columns = page.table().getColumns();
		for (int c = 0; c < columns.length; c++) {
			if (columns[c].getText().equals(column.title())) {
				index = c;
			}
		}
		assertTrue("the table shows " + column.title(), index >= 0);
		return page.table().getItem(row.index()).getText(index);
	}

	private static String boxText(DiagramPage page, WbsElement element) {
		var node = page.viewer().node(element);
		assertNotNull("a box for " + element.getName(), node);
		return node.getLabel();
	}
}
