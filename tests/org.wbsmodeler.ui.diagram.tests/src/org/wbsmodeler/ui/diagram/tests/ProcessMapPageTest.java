package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.model.Process;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.ui.diagram.process.ProcessMapPage;
import org.wbsmodeler.ui.diagram.viewer.DiagramViewer;
import org.wbsmodeler.ui.tests.EditorFixture;
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
	public void stepsAreDrawnInLanesAndEditedByCommands() {
		Screenshots.save(fixture.shell(), "process-map");
		Process process = fixture.model().getProcessBreakdown().getProcesses().get(0);
		ProcessStep receive = process.getSteps().get(0);
		ProcessStep answer = process.getSteps().get(1);
		assertEquals("Sales", viewer.node(receive).getLane());
		assertEquals("Service", viewer.node(answer).getLane());
		assertNotNull("the WBS element the step changes is drawn", viewer.node(fixture.element("1.1")));

		DiagramInput.click(viewer.control(), DiagramInput.centre(viewer, receive), 0);
		assertEquals(List.of(receive), viewer.selection());
		fixture.editor.getEditingDomain().getCommandStack().execute(page.edits().newStep(receive));
		fixture.flush();
		assertEquals(3, process.getSteps().size());
		ProcessStep added = process.getSteps().get(1);
		assertEquals("Sales", viewer.node(added).getLane());
		fixture.editor.getEditingDomain().getCommandStack().execute(page.edits().move(added, +1));
		fixture.flush();
		assertEquals(added, process.getSteps().get(2));
		fixture.editor.getEditingDomain().getCommandStack().undo();
		fixture.editor.getEditingDomain().getCommandStack().undo();
		fixture.flush();
		assertEquals(List.of(receive, answer), process.getSteps());
		assertTrue(viewer.node(added) == null);
	}

	@Test
	public void dragAStepOntoAnotherToReorderAndOntoAWbsBoxToLinkIt() {
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
}
