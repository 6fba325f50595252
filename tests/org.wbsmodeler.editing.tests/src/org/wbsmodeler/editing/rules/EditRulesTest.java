package org.wbsmodeler.editing.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.ConstraintType;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.Process;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.TaskMode;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.ModelBuilder;

/** Each edit rule once, on an editing domain as the editor has it: what it changes, what undo restores, what it refuses and how. */
public class EditRulesTest {

	private final Plan plan = new Plan();
	private final StructureRules structure = plan.rules.structure();
	private final LinkRules links = plan.rules.links();

	private static String message(RefusedEdit e) {
		return e.getMessage();
	}

	@Test
	public void insertPutsANewTaskAboveTheSelectedRowAndUndoTakesItAway() {
		plan.run(structure.insertTask(plan.b));
		assertEquals(List.of("A", "New task", "B", "M"), plan.setup.getChildren().stream().map(WbsElement::getName).toList());
		assertEquals("Insert task", plan.domain.getCommandStack().getUndoCommand().getLabel());
		plan.undo();
		assertEquals(3, plan.setup.getChildren().size());
	}

	@Test
	public void newChildGoesLastUnderItsParentAndALeafRefusesOne() throws RefusedEdit {
		plan.run(structure.newChild(plan.crm));
		assertEquals("New task", plan.crm.getChildren().get(1).getName());
		RefusedEdit refused = assertThrows(RefusedEdit.class, () -> structure.newChild(plan.a));
		assertEquals("Cannot add a task under activity 1.1.1.1 'A': an activity cannot hold tasks (add a sibling, or make it a work package)", message(refused));
	}

	@Test
	public void newSiblingGoesRightAfterTheSelectedRow() throws RefusedEdit {
		plan.run(structure.newSibling(plan.a));
		assertEquals("New task", plan.setup.getChildren().get(1).getName());
		assertEquals("Select one task to add a task after it", message(assertThrows(RefusedEdit.class, () -> structure.newSibling(null))));
	}

	@Test
	public void indentMakesRowsChildrenOfTheRowAboveOutdentPutsThemAfterTheirParent() throws RefusedEdit {
		plan.run(structure.indent(List.of(plan.run)));
		assertSame("Run went under Build", plan.build, plan.run.eContainer());
		plan.run(structure.outdent(List.of(plan.run)));
		assertSame(plan.project, plan.run.eContainer());
		assertEquals(1, plan.project.getChildren().indexOf(plan.run));
		assertEquals("Cannot indent 1 Build: there is no row above it at its level",
				message(assertThrows(RefusedEdit.class, () -> structure.indent(List.of(plan.build)))));
		assertEquals("Cannot indent 1.1.1.2 B: 1.1.1.1 A is an activity and cannot hold tasks",
				message(assertThrows(RefusedEdit.class, () -> structure.indent(List.of(plan.b)))));
		assertEquals("Cannot outdent 1 Build: it is already at the top level", message(assertThrows(RefusedEdit.class, () -> structure.outdent(List.of(plan.build)))));
	}

	@Test
	public void outdentKeepsTheRowInPlaceAndTheRowsBelowBecomeItsChildrenAsInMsProject() throws RefusedEdit {
		// 1.1 CRM has siblings below it once two more deliverables follow it under 1 Build
		plan.run(structure.newChild(plan.build));
		plan.run(structure.newChild(plan.build));
		List<WbsElement> below = List.copyOf(plan.build.getChildren().subList(1, 3));
		plan.run(structure.outdent(List.of(plan.crm)));
		assertEquals("CRM right after Build, where it was on screen", List.of(plan.build, plan.crm, plan.run), plan.project.getChildren());
		assertEquals("the rows that were below it are its children now, after its own", List.of(plan.setup, below.get(0), below.get(1)), plan.crm.getChildren());
		assertTrue(plan.build.getChildren().isEmpty());
		assertEquals("Outdent 1.1 CRM", plan.domain.getCommandStack().getUndoCommand().getLabel());
		plan.undo();
		assertEquals(List.of(plan.crm, below.get(0), below.get(1)), plan.build.getChildren());
		assertEquals(List.of(plan.setup), plan.crm.getChildren());
		// an activity cannot take the rows below it: refused alone, outdented with them
		assertEquals("Cannot outdent 1.1.1.1 A: the rows below it would become its subtasks, and an activity cannot hold tasks (select the rows below it too)",
				message(assertThrows(RefusedEdit.class, () -> structure.outdent(List.of(plan.a)))));
		plan.run(structure.outdent(List.of(plan.m)));
		assertEquals("the last row goes right after its old parent", List.of(plan.setup, plan.m), plan.crm.getChildren());
	}

	@Test
	public void rowsDeletedSinceTheyWereSelectedAreRefusedNotFollowedToAMissingParent() throws RefusedEdit {
		plan.run(structure.delete(List.of(plan.setup)));
		// plan.a still points at its deleted parent, whose parent is gone: indent, outdent and move say so
		assertEquals("Cannot outdent 'A': it is no longer in the plan", message(assertThrows(RefusedEdit.class, () -> structure.outdent(List.of(plan.a)))));
		assertEquals("Cannot indent 'Setup': it is no longer in the plan", message(assertThrows(RefusedEdit.class, () -> structure.indent(List.of(plan.setup)))));
		assertEquals("Cannot move 'B': it is no longer in the plan", message(assertThrows(RefusedEdit.class, () -> structure.move(List.of(plan.b), 1))));
		plan.run(structure.insertTask(plan.a));
		assertEquals("inserted at the end of the project instead", "New task", plan.project.getChildren().get(2).getName());
		assertThrows(RefusedEdit.class, () -> structure.newSibling(plan.b));
		plan.undo();
		plan.undo();
		plan.run(structure.outdent(List.of(plan.m)));
		assertSame("undone: in the plan again, and editable", plan.crm, plan.m.eContainer());
	}

	@Test
	public void moveUpAndDownStayAmongSiblings() throws RefusedEdit {
		plan.run(structure.move(List.of(plan.b), -1));
		assertEquals(0, plan.setup.getChildren().indexOf(plan.b));
		assertEquals("Cannot move 1.1.1.1 B up: it is the first at its level", message(assertThrows(RefusedEdit.class, () -> structure.move(List.of(plan.b), -1))));
		assertEquals("Cannot move rows of different levels together: select rows under one parent",
				message(assertThrows(RefusedEdit.class, () -> structure.move(List.of(plan.a, plan.c), 1))));
	}

	@Test
	public void moveUnderAnotherParentFollowsTheBreakdownsOrder() throws RefusedEdit {
		plan.run(structure.moveUnder(List.of(plan.a), plan.run));
		assertSame(plan.run, plan.a.eContainer());
		assertEquals("Cannot move 1.1.1.1 B under activity 2.1 'C': an activity cannot hold tasks", ReparentRule.refusal(List.of(plan.b), plan.c));
		assertEquals("Cannot move 1 Build into itself", ReparentRule.refusal(List.of(plan.build), plan.setup));
		assertEquals("Cannot move 2 Run under deliverable 1.1 'CRM': a breakdown goes down from phase to deliverable to work package to activity",
				message(assertThrows(RefusedEdit.class, () -> structure.moveUnder(List.of(plan.run), plan.crm))));
		Project other = new ModelBuilder().project("Other", LocalDate.of(2027, 1, 1));
		assertTrue(ReparentRule.refusal(List.of(plan.b), other).endsWith("are in different projects"));
	}

	@Test
	public void deleteTakesTheLinksToWhatGoesAlongAndUndoBringsThemBack() {
		plan.run(structure.delete(List.of(plan.b)));
		assertFalse(plan.setup.getChildren().contains(plan.b));
		assertTrue("M's link from B went with B", plan.m.getPredecessors().isEmpty());
		plan.undo();
		assertSame(plan.b, plan.m.getPredecessors().get(0).getPredecessor());
	}

	@Test
	public void aLinkIsMadeUnlessItRepeatsOrClosesACycleOrLinksATaskToItself() throws RefusedEdit {
		plan.run(links.link(List.of(plan.a), plan.c));
		assertSame(plan.a, plan.c.getPredecessors().get(0).getPredecessor());
		assertEquals(DependencyType.FS, plan.c.getPredecessors().get(0).getType());
		assertEquals("2.1 C already depends on 1.1.1.1 A", links.refusal(List.of(plan.a), plan.c));
		assertEquals("1.1.1.1 A cannot depend on itself", links.refusal(List.of(plan.a), plan.a));
		assertEquals("A link from 1.1.1.3 M to 1.1.1.1 A would close the dependency cycle 1.1.1.3 M → 1.1.1.1 A → 1.1.1.2 B → 1.1.1.3 M",
				message(assertThrows(RefusedEdit.class, () -> links.link(List.of(plan.m), plan.a))));
		assertEquals("nothing reached the stack", "Link 1.1.1.1 A → 2.1 C", plan.domain.getCommandStack().getUndoCommand().getLabel());
	}

	@Test
	public void predecessorsAreReplacedAsTypedAndACycleAmongThemIsRefused() throws RefusedEdit {
		plan.run(links.setPredecessors(plan.m, List.of(new LinkSpec(plan.a, DependencyType.SS, 2))));
		assertEquals(1, plan.m.getPredecessors().size());
		assertEquals(2, plan.m.getPredecessors().get(0).getLag(), 0);
		assertEquals("1.1.1.1 A cannot depend on itself",
				message(assertThrows(RefusedEdit.class, () -> links.setPredecessors(plan.a, List.of(LinkSpec.finishToStart(plan.a))))));
		assertTrue(message(assertThrows(RefusedEdit.class, () -> links.setPredecessors(plan.a, List.of(LinkSpec.finishToStart(plan.b)))))
				.startsWith("A link from 1.1.1.2 B to 1.1.1.1 A would close the dependency cycle"));
	}

	@Test
	public void aLinksTypeAndLagChangeAndUnlinkRemovesIt() {
		var link = plan.b.getPredecessors().get(0);
		plan.run(links.setType(link, DependencyType.SS));
		plan.run(links.setLag(link, -1));
		assertEquals(DependencyType.SS, link.getType());
		assertEquals("Set lag to -1 d of 1.1.1.1 A → 1.1.1.2 B", plan.domain.getCommandStack().getUndoCommand().getLabel());
		plan.run(links.unlink(link));
		assertTrue(plan.b.getPredecessors().isEmpty());
	}

	@Test
	public void taskInputsAreSetAndImpossibleOnesRefused() throws RefusedEdit {
		TaskRules tasks = plan.rules.tasks();
		plan.run(tasks.setDuration(plan.a, 7 / 3.0));
		assertEquals("Set duration of 1.1.1.1 A to 2.33 d", plan.domain.getCommandStack().getUndoCommand().getLabel());
		assertEquals("The duration of 1.1.1.1 A cannot be negative", message(assertThrows(RefusedEdit.class, () -> tasks.setDuration(plan.a, -1))));
		plan.run(tasks.startNoEarlierThan(plan.b, LocalDate.of(2027, 3, 1)));
		assertEquals(ConstraintType.SNET, plan.b.getConstraintType());
		LocalDateTime start = LocalDateTime.of(2027, 2, 3, 8, 0);
		plan.run(tasks.setTaskMode(plan.a, TaskMode.MANUAL, start));
		assertEquals("a task switched to manual stays where it is", start, plan.a.getManualStart());
		assertNull("no command when the mode is already that", tasks.setTaskMode(plan.a, TaskMode.MANUAL, start));
		assertEquals("Enter the actual start of 1.1.1.1 A first",
				message(assertThrows(RefusedEdit.class, () -> tasks.setActualFinish(plan.a, start))));
	}

	@Test
	public void workFollowsDurationOnAFixedUnitsTaskAndUndoTakesBothBack() throws RefusedEdit {
		ModelBuilder make = new ModelBuilder();
		var analyst = make.resource(plan.project, "Analyst", org.wbsmodeler.model.ResourceType.WORK, 100);
		make.assign(plan.a, analyst, 1, 16);
		plan.run(plan.rules.tasks().setDuration(plan.a, 4));
		assertEquals("MS Project's default, fixed units: work = duration x units x 8 h", 32, plan.a.getAssignments().get(0).getWork(), 1e-9);
		assertEquals(4, plan.a.getDuration(), 0);
		plan.undo();
		assertEquals(16, plan.a.getAssignments().get(0).getWork(), 1e-9);
		assertEquals(2, plan.a.getDuration(), 0);
	}

	@Test
	public void aProcessComesWithItsBreakdownAndAStepGoesAfterTheSelectedOne() throws RefusedEdit {
		ProcessRules processes = plan.rules.processes();
		assertNull(plan.project.getProcessBreakdown());
		plan.run(processes.newProcess());
		Process process = plan.project.getProcessBreakdown().getProcesses().get(0);
		assertEquals("Processes", plan.project.getProcessBreakdown().getName());
		plan.run(processes.newStep(process));
		plan.run(processes.newStep(process));
		ProcessStep first = process.getSteps().get(0);
		plan.run(processes.newStep(first));
		assertEquals(3, process.getSteps().size());
		assertSame(first, process.getSteps().get(0));
		assertEquals("Select the process to add a step to first", message(assertThrows(RefusedEdit.class, () -> processes.newStep(null))));
		assertTrue(message(assertThrows(RefusedEdit.class, () -> processes.moveStep(first, -1))).endsWith("earlier: it is the first step"));
		plan.run(processes.moveStep(first, +1));
		assertSame(first, process.getSteps().get(1));
		assertEquals("Only a process or a step has an owner, not activity 1.1.1.1 'A'",
				message(assertThrows(RefusedEdit.class, () -> processes.setOwner(plan.a, null))));
	}

	@Test
	public void pastedRowsGoAfterTheTargetAndCutIsOneStep() {
		plan.domain.setClipboard(List.of(plan.c));
		plan.run(structure.paste(plan.a));
		Activity copy = (Activity) plan.setup.getChildren().get(1);
		assertEquals("C", copy.getName());
		plan.run(structure.cut(List.of(plan.b)));
		assertFalse(plan.setup.getChildren().contains(plan.b));
		plan.undo();
		assertTrue("one undo brings the cut row back", plan.setup.getChildren().contains(plan.b));
	}
}
