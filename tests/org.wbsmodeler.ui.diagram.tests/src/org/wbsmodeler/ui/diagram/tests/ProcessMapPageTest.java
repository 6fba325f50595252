package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.model.Process;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.diagram.process.ProcessMapPage;
import org.wbsmodeler.ui.diagram.viewer.DiagramViewer;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Input;
import org.wbsmodeler.ui.tests.Screenshots;

/** The process map: steps in lanes per owner, new steps and reordering as commands on the editor's stack. */
public class ProcessMapPageTest {

	private EditorFixture fixture;
	private ProcessMapPage page;
	private DiagramViewer viewer;

	@Before
	public void open() throws Exception {
		fixture = EditorFixture.open(DemoModel.bytes());
		page = (ProcessMapPage) DiagramTabs.open(fixture, "Process map");
		viewer = page.viewer();
	}

	@After
	public void close() throws Exception {
		fixture.close();
	}

	@Test
	public void stepsAreDrawnInLanesAndEditedByCommands() throws Exception {
		Screenshots.save(fixture.shell(), "process-map");
		Process process = fixture.model().getProcessBreakdown().getProcesses().get(0);
		ProcessStep receive = process.getSteps().get(0);
		ProcessStep answer = process.getSteps().get(1);
		assertEquals("Sales", viewer.node(receive).getLane());
		assertEquals("Service", viewer.node(answer).getLane());
		assertNotNull("the WBS element the step changes is drawn", viewer.node(fixture.element("1.1")));

		DiagramInput.click(viewer.control(), DiagramInput.centre(viewer, receive), 0);
		assertEquals(List.of(receive), viewer.selection());
		fixture.editor.getEditingDomain().getCommandStack().execute(fixture.editor.session().rules().processes().newStep(receive));
		fixture.flush();
		assertEquals(3, process.getSteps().size());
		ProcessStep added = process.getSteps().get(1);
		assertTrue("the new step is drawn", fixture.waitUntil(() -> viewer.node(added) != null, 5000));
		assertEquals("Sales", viewer.node(added).getLane());
		fixture.editor.getEditingDomain().getCommandStack().execute(fixture.editor.session().rules().processes().moveStep(added, +1));
		fixture.flush();
		assertEquals(added, process.getSteps().get(2));
		fixture.editor.getEditingDomain().getCommandStack().undo();
		fixture.editor.getEditingDomain().getCommandStack().undo();
		fixture.flush();
		assertEquals(List.of(receive, answer), process.getSteps());
		assertTrue(viewer.node(added) == null);
	}

	@Test
	public void dragAStepOntoAnotherToReorderAndOntoAWbsBoxToLinkIt() throws Exception {
		Process process = fixture.model().getProcessBreakdown().getProcesses().get(0);
		ProcessStep receive = process.getSteps().get(0);
		ProcessStep answer = process.getSteps().get(1);
		DiagramInput.click(viewer.control(), DiagramInput.centre(viewer, answer), 0);
		DiagramInput.drag(viewer.control(), DiagramInput.centre(viewer, answer), DiagramInput.centre(viewer, fixture.element("1.1")), 1);
		fixture.flush();
		assertEquals("Answer is now changed by 1.1 Spec", List.of(fixture.element("1.1")), answer.getWbsElements());

		DiagramInput.click(viewer.control(), DiagramInput.centre(viewer, answer), 0);
		DiagramInput.drag(viewer.control(), DiagramInput.centre(viewer, answer), DiagramInput.centre(viewer, receive), 1);
		fixture.flush();
		assertEquals(List.of(answer, receive), process.getSteps());
		Screenshots.save(fixture.shell(), "process-map-edited");
		fixture.editor.getEditingDomain().getCommandStack().undo();
		fixture.flush();
		assertEquals(List.of(receive, answer), process.getSteps());
	}

	/**
	 * The gesture across the split: a step dragged from the map onto a box of the WBS chart beside it is linked to
	 * that element (one command, undone by Ctrl+Z); the box under the pointer is outlined green before the drop, red
	 * where the drop is refused (a box the step is already linked to), and a refused drop changes nothing.
	 */
	@Test
	public void dragAStepOntoABoxOfTheWbsChartBesideTheMapLinksIt() throws Exception {
		Process process = fixture.model().getProcessBreakdown().getProcesses().get(0);
		ProcessStep receive = process.getSteps().get(0);
		ProcessStep answer = process.getSteps().get(1);
		WbsElement code = fixture.element("2.1");
		DiagramViewer chart = page.wbsChart().viewer();
		fixture.waitUntil(() -> page.wbsChart().built() != null, 10_000);
		assertNotNull("the WBS chart is beside the map", chart.node(code));
		assertNull("Code changes no step yet: the map does not draw it", viewer.node(code));
		chart.viewport().zoomAt(1, 0, 0);
		chart.setSelection(List.of(code), true);
		viewer.viewport().zoomAt(1, 0, 0);
		viewer.setSelection(List.of(answer), true);
		fixture.flush();
		var stack = fixture.editor.getEditingDomain().getCommandStack();

		Point from = DiagramInput.centre(viewer, answer);
		Point to = DiagramInput.centre(chart, code);
		DiagramInput.press(viewer.control(), from);
		assertTrue("the pointer moves reach the diagrams", DiagramInput.moveAcross(viewer.control(), from, chart.control(), to) > 0);
		Screenshots.save(fixture.shell(), "process-map-drag-step-onto-wbs-chart");
		DiagramInput.release(viewer.control(), chart.control(), to);
		fixture.flush();
		assertEquals("Answer is now changed by 2.1 Code", List.of(code), answer.getWbsElements());
		assertNotNull("the map draws the link", viewer.node(code));
		assertEquals("Link", true, stack.getUndoCommand() != null);
		Screenshots.save(fixture.shell(), "process-map-step-linked-from-wbs-chart");

		// Receive enquiry is already linked to 1.1 Spec: refused, the reason in the status line, nothing on the stack
		Object before = stack.getUndoCommand();
		WbsElement spec = fixture.element("1.1");
		chart.setSelection(List.of(spec), true);
		viewer.setSelection(List.of(receive), true);
		fixture.flush();
		Point start = DiagramInput.centre(viewer, receive);
		Point onSpec = DiagramInput.centre(chart, spec);
		DiagramInput.press(viewer.control(), start);
		DiagramInput.moveAcross(viewer.control(), start, chart.control(), onSpec);
		Screenshots.save(fixture.shell(), "process-map-drop-on-wbs-chart-refused");
		DiagramInput.release(viewer.control(), chart.control(), onSpec);
		assertEquals(List.of(spec), receive.getWbsElements());
		assertSame("nothing ran", before, stack.getUndoCommand());
		String status = fixture.editor.statusMessage();
		assertTrue(status, status != null && status.contains("already linked"));

		fixture.page.activate(fixture.editor);
		Input.ctrl(fixture.display(), 'z');
		fixture.flush();
		assertTrue("undo unlinks", answer.getWbsElements().isEmpty());
	}

	@Test
	public void theWbsChartPaneCanBeHidden() throws Exception {
		assertTrue(page.wbsChart().viewer().control().isVisible());
		page.showWbsChart(false);
		fixture.flush();
		var paneSize = page.wbsChart().viewer().control().getSize();
		assertTrue("hidden: " + paneSize, !page.wbsChart().viewer().control().isVisible() || paneSize.x == 0 || paneSize.y == 0);
		assertTrue("the map takes the page", viewer.control().getSize().x > fixture.editor.planPage().viewer().getControl().getParent().getSize().x * 0.9);
		page.showWbsChart(true);
		fixture.flush();
		assertTrue(page.wbsChart().viewer().control().isVisible() && page.wbsChart().viewer().control().getSize().x > 100);
	}
}
