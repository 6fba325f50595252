package org.wbsmodeler.ui.compare.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.editing.rules.RefusedEdit;
import org.wbsmodeler.merge.conflict.ConflictKind;
import org.wbsmodeler.merge.conflict.ConflictList;
import org.wbsmodeler.merge.conflict.ListedConflict;
import org.wbsmodeler.merge.conflict.ListedConflict.Side;
import org.wbsmodeler.merge.text.PlanLabels;
import org.wbsmodeler.merge.threeway.MergeResult;
import org.wbsmodeler.merge.threeway.PlanMerge;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.compare.conflicts.ConflictPicks;
import org.wbsmodeler.ui.compare.conflicts.OpenConflicts;

/**
 * What taking a side of each kind of conflict does to the merged plan, read back from the conflict list as the view
 * reads it: one command, undone exactly.
 */
public class ConflictPicksTest {

	private Resource merged;
	private CommandStack stack;
	private OpenConflicts conflicts;
	private ConflictPicks picks;
	private String timedId;
	private String deletedId;
	private String phaseId;
	private List<String> theirsOrder;
	private double baseDuration;

	@Before
	public void mergeWithConflictsOfThreeKinds() throws Exception {
		Resource base = Variants.example();
		Resource ours = Variants.example();
		Resource theirs = Variants.example();
		Activity timed = Variants.activities(ours).get(0);
		timedId = Variants.id(timed);
		baseDuration = Variants.activities(base).get(0).getDuration();
		timed.setDuration(7);
		Variants.activities(theirs).get(0).setDuration(9);
		// deleted by theirs, changed by ours
		Activity kept = Variants.activities(ours).get(5);
		deletedId = Variants.id(kept);
		kept.setDuration(kept.getDuration() + 1);
		EcoreUtil.delete(Variants.activities(theirs).get(5), true);
		// the first phase's children reordered differently on each side
		WbsContainer phase = (WbsContainer) ((WbsContainer) Variants.example().getContents().get(0)).getChildren().get(0);
		phaseId = Variants.id(phase);
		WbsContainer oursPhase = (WbsContainer) ours.getEObject(phaseId);
		oursPhase.getChildren().move(0, oursPhase.getChildren().size() - 1);
		WbsContainer theirsPhase = (WbsContainer) theirs.getEObject(phaseId);
		theirsPhase.getChildren().move(0, 1);
		theirsOrder = ids(theirsPhase.getChildren());

		MergeResult result = PlanMerge.merge(base, ours, theirs);
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				new BasicCommandStack());
		merged = result.merged();
		domain.getResourceSet().getResources().add(merged);
		stack = domain.getCommandStack();
		List<ListedConflict> listed = ConflictList.read(ConflictList.write(ConflictList.of(result, new PlanLabels())));
		conflicts = new OpenConflicts(Path.of("merged.wbs" + ConflictList.SUFFIX), listed);
		picks = new ConflictPicks(domain, merged, conflicts);
	}

	private static List<String> ids(List<? extends WbsElement> elements) {
		List<String> ids = new ArrayList<>();
		elements.forEach(e -> ids.add(Variants.id(e)));
		return ids;
	}

	private ListedConflict conflict(ConflictKind kind) {
		return conflicts.all().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow(() -> new AssertionError("no " + kind + " in " + conflicts.all()));
	}

	private void take(ListedConflict conflict, Side side) throws RefusedEdit {
		stack.execute(picks.pick(conflict, side));
	}

	@Test
	public void aValueTakesTheSidesValueAndUndoReopensTheConflict() throws Exception {
		ListedConflict duration = conflict(ConflictKind.VALUE);
		take(duration, Side.THEIRS);
		assertEquals(9, ((Activity) merged.getEObject(timedId)).getDuration(), 0);
		assertTrue(conflicts.isPicked(duration));
		stack.undo();
		assertEquals(7, ((Activity) merged.getEObject(timedId)).getDuration(), 0);
		assertFalse(conflicts.isPicked(duration));
		take(duration, Side.BASE);
		assertEquals(baseDuration, ((Activity) merged.getEObject(timedId)).getDuration(), 0);
		RefusedEdit again = assertThrows(RefusedEdit.class, () -> picks.pick(duration, Side.OURS));
		assertTrue(again.getMessage(), again.getMessage().startsWith("Cannot take ours for "));
	}

	@Test
	public void aDeletionTakenDeletesTheElementAndUndoBringsItBack() throws Exception {
		ListedConflict deletion = conflict(ConflictKind.DELETE);
		assertEquals(deletedId, deletion.id());
		take(deletion, Side.THEIRS);
		assertNull(merged.getEObject(deletedId));
		stack.undo();
		assertNotNull(merged.getEObject(deletedId));
		take(deletion, Side.OURS);
		assertNotNull("ours keeps it", merged.getEObject(deletedId));
	}

	@Test
	public void anOrderTakenPutsTheChildrenInThatSidesOrder() throws Exception {
		ListedConflict order = conflict(ConflictKind.ORDER);
		WbsContainer phase = (WbsContainer) merged.getEObject(phaseId);
		List<String> oursOrder = ids(phase.getChildren());
		assertFalse(oursOrder.equals(theirsOrder));
		take(order, Side.THEIRS);
		assertEquals(theirsOrder, ids(phase.getChildren()));
		stack.undo();
		assertEquals(oursOrder, ids(phase.getChildren()));
	}
}
