package org.wbsmodeler.model.edit.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.provider.WbsItemProviderAdapterFactory;
import org.wbsmodeler.model.util.Costs;
import org.wbsmodeler.model.util.ModelBuilder;

/** The task-type edits as one undoable command each: what moves with the edited value comes back with undo. */
public class TaskTypeCommandsTest {

	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new WbsItemProviderAdapterFactory(), new BasicCommandStack());
	private final ModelBuilder build = new ModelBuilder();
	private final Project project = build.project("P", LocalDate.of(2027, 2, 1));
	private final Activity draft = build.activity(build.phase(project, "Initiation", null), "Draft charter", 3, 24);
	private final Resource anna = build.resource(project, "Anna", ResourceType.WORK, 100);
	private final Assignment annaOnDraft = build.assign(draft, anna, 1, 24);

	@Test
	public void setDurationMovesWorkAndCostAndUndoesAsOne() {
		Command command = TaskTypeCommands.setDuration(domain, draft, 5);
		assertTrue(command.canExecute());
		assertEquals("Set Duration", command.getLabel());
		domain.getCommandStack().execute(command);
		assertEquals(5, draft.getDuration(), 1e-9);
		assertEquals(40, draft.getEffort(), 1e-9);
		assertEquals(40, annaOnDraft.getWork(), 1e-9);
		assertEquals(4000, Costs.cost(draft), 1e-9);
		domain.getCommandStack().undo();
		assertEquals(3, draft.getDuration(), 1e-9);
		assertEquals(24, draft.getEffort(), 1e-9);
		assertEquals(24, annaOnDraft.getWork(), 1e-9);
	}

	@Test
	public void anEffortDrivenTaskSharesItsWorkWithANewResource() {
		draft.setEffortDriven(true);
		Assignment ben = WbsFactory.eINSTANCE.createAssignment();
		ben.setResource(build.resource(project, "Ben", ResourceType.WORK, 50));
		ben.setUnits(0.5);
		domain.getCommandStack().execute(TaskTypeCommands.addAssignment(domain, draft, ben));
		assertEquals(2, draft.getAssignments().size());
		assertEquals(2, draft.getDuration(), 1e-9); // 24 h at 150 %
		assertEquals(16, annaOnDraft.getWork(), 1e-9);
		assertEquals(8, ben.getWork(), 1e-9);
		domain.getCommandStack().undo();
		assertEquals(1, draft.getAssignments().size());
		assertEquals(3, draft.getDuration(), 1e-9);
		assertEquals(24, annaOnDraft.getWork(), 1e-9);
		domain.getCommandStack().execute(TaskTypeCommands.removeAssignment(domain, draft, annaOnDraft));
		assertEquals(0, draft.getAssignments().size());
		assertEquals("nobody left: the work stays as the estimate", 24, draft.getEffort(), 1e-9);
	}

	@Test
	public void refusedValuesGiveAnUnexecutableCommand() {
		assertFalse(TaskTypeCommands.setUnits(domain, draft, annaOnDraft, 0).canExecute());
		assertFalse(TaskTypeCommands.setDuration(domain, draft, -2).canExecute());
	}
}
