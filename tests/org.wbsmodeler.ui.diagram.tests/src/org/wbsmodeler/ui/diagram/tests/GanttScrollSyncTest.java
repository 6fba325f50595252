package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.diagram.gantt.GanttPage;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Screenshots;

/**
 * The example (more rows than the screen holds) on the Gantt page: the chart scrolls with the table, whichever
 * scrolls it, and a selection made elsewhere (another page, the editor) shows on both.
 */
public class GanttScrollSyncTest {

	private EditorFixture fixture;
	private GanttPage page;

	@Before
	public void open() throws Exception {
		fixture = EditorFixture.openExample();
		page = GanttTabs.open(fixture);
	}

	@After
	public void close() throws Exception {
		fixture.close();
	}

	@Test
	public void theChartFollowsTheTableWhenItScrolls() {
		assertTrue("the example has more rows than the screen", page.table().getItemCount() > 60);
		page.table().setTopIndex(40);
		fixture.flush();
		int top = page.table().getTopIndex();
		assertTrue("scrolled", top > 0);
		for (int i = top; i < top + 10; i++) {
			assertEquals("table row " + i + " beside chart row " + i, i, page.chartRowAt(GanttTabs.tableRowMiddleOnCanvas(page, i)));
		}
		Screenshots.save(fixture.shell(), "gantt-example-scrolled");
	}

	@Test
	public void theWheelOnTheChartScrollsTheTableAndBoth() {
		int before = page.table().getTopIndex();
		wheel(-1);
		wheel(-1);
		fixture.flush();
		int after = page.table().getTopIndex();
		assertTrue("the wheel scrolled the rows down: " + before + " -> " + after, after > before);
		assertEquals(after, page.chartRowAt(GanttTabs.tableRowMiddleOnCanvas(page, after)));
		wheel(1);
		fixture.flush();
		assertTrue(page.table().getTopIndex() < after);
	}

	@Test
	public void aSelectionMadeElsewhereShowsInTableAndChartAndGoesBackToThePlan() {
		WbsElement late = fixture.element("6.4");
		fixture.editor.setSelectionToViewer(List.of(late));
		fixture.flush();
		int row = page.chart().rowOf(late).index();
		assertEquals(row, page.table().getSelectionIndex());
		int middle = page.rowMiddle(late);
		assertTrue("the row was scrolled into view", middle > 0 && middle < page.canvas().getClientArea().height);
		assertEquals(row, page.chartRowAt(middle));
		org.eclipse.swt.graphics.Rectangle bar = page.barBounds(late);
		assertTrue("time was scrolled to its bar: " + bar, bar.x >= 0 && bar.x < page.canvas().getClientArea().width);
		Screenshots.save(fixture.shell(), "gantt-example-selected-late-task");
		assertEquals(List.of(late), ((IStructuredSelection) fixture.editor.getSite().getSelectionProvider().getSelection()).toList());

		DiagramTabs.open(fixture, "Plan");
		assertEquals("the Plan tree shows what the Gantt page had selected", List.of(late),
				fixture.editor.planPage().selection().toList());
	}

	/** One notch of the wheel over the chart (count 1 up, -1 down), as SWT delivers it. */
	private void wheel(int count) {
		Event event = new Event();
		event.type = SWT.MouseVerticalWheel;
		event.count = count;
		event.x = page.canvas().getClientArea().width / 2;
		event.y = page.canvas().getClientArea().height / 2;
		event.widget = page.canvas();
		page.canvas().notifyListeners(SWT.MouseVerticalWheel, event);
		fixture.flush();
	}
}
