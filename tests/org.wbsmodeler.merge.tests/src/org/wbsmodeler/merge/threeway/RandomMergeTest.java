package org.wbsmodeler.merge.threeway;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.merge.Plans;
import org.wbsmodeler.merge.conflict.Conflict;
import org.wbsmodeler.merge.conflict.ConflictKind;
import org.wbsmodeler.merge.diff.Change;
import org.wbsmodeler.merge.diff.ChangeKind;
import org.wbsmodeler.merge.diff.PlanDiff;
import org.wbsmodeler.merge.index.ComparedFeatures;
import org.wbsmodeler.merge.index.PlanIndex;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.util.DependencyCycles;
import org.wbsmodeler.model.validation.ModelValidation;

/**
 * Randomized three-way merges (seeded, so a failure names a seed that reproduces it): identity, every change of
 * each side that is not in conflict reaches the result, the result is the same whichever side is ours (up to the
 * side taken on conflicts), and it always saves, loads and validates.
 */
public class RandomMergeTest {

	private static final int CASES = 3000;

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	@Test
	public void randomMerges() throws Exception {
		int conflicted = 0;
		for (int seed = 1; seed <= CASES; seed++) {
			try {
				conflicted += oneCase(seed) ? 1 : 0;
			} catch (AssertionError | MergeException | RuntimeException e) {
				AssertionError failure = new AssertionError("seed " + seed + ": " + e.getMessage());
				failure.initCause(e);
				throw failure;
			}
		}
		// the generator must make both outcomes common, or the test proves little
		assertTrue("conflicted cases: " + conflicted, conflicted > CASES / 10 && conflicted < CASES * 9 / 10);
	}

	private boolean oneCase(long seed) throws Exception {
		Random random = new Random(seed);
		Map<String, Integer> ranks = new HashMap<>();
		Resource base = RandomEdits.plan(random, ranks);
		Resource ours = Plans.copy(base, "ours.wbs");
		Resource theirs = Plans.copy(base, "theirs.wbs");
		new RandomEdits(random, ranks, 10_000).edit(ours, 1 + random.nextInt(5));
		new RandomEdits(random, ranks, 20_000).edit(theirs, 1 + random.nextInt(5));

		assertIdentity(base, ours);
		MergeResult result = PlanMerge.merge(base, ours, theirs);
		MergeResult swapped = PlanMerge.merge(base, theirs, ours);
		assertEquals(result.conflicts().size(), swapped.conflicts().size());
		assertChangesArrive(base, ours, result);
		assertChangesArrive(base, theirs, result);
		assertSameUpToConflicts(result, swapped);
		if (seed % 10 == 0) {
			// through a file and the loader every tenth case (the others are checked in memory)
			assertLoadsAndValidates(result);
		} else {
			assertConsistent((Project) result.root());
		}
		return !result.isClean();
	}

	/** Merging a branch with itself, or with an unchanged base, gives the branch. */
	private static void assertIdentity(Resource base, Resource side) throws MergeException {
		for (MergeResult result : List.of(PlanMerge.merge(base, side, side), PlanMerge.merge(base, base, side), PlanMerge.merge(base, side, base))) {
			assertTrue(result.conflicts().toString(), result.isClean());
			List<Change> difference = PlanDiff.compare(side, result.merged());
			assertTrue(difference.toString(), difference.isEmpty());
		}
	}

	/** Every change of a side that no conflict is about is in the result. */
	private static void assertChangesArrive(Resource base, Resource side, MergeResult result) throws MergeException {
		ComparedFeatures features = new ComparedFeatures();
		PlanIndex baseIndex = PlanIndex.of(base, features);
		PlanIndex sideIndex = PlanIndex.of(side, features);
		PlanIndex merged = PlanIndex.of(result.merged(), features);
		Set<String> deleteConflicts = new HashSet<>();
		for (Conflict conflict : result.conflicts()) {
			if (conflict.kind() == ConflictKind.DELETE) {
				deleteConflicts.add(conflict.elementId());
			}
		}
		for (Change change : PlanDiff.compare(baseIndex, sideIndex)) {
			String id = change.elementId();
			switch (change.kind()) {
			case CREATED -> assertTrue("created " + id, merged.contains(id));
			case DELETED -> assertTrue("deleted " + id, !merged.contains(id) || keptByDeleteConflict(id, baseIndex, deleteConflicts));
			case MOVED -> {
				EObject now = merged.object(id);
				assertNotNull("moved " + id, now);
				boolean newParent = !Objects.equals(((org.wbsmodeler.merge.diff.Location) change.oldValue()).parentId(),
						((org.wbsmodeler.merge.diff.Location) change.newValue()).parentId());
				// a reorder among the same siblings gives way to the other side's move to a new parent
				if (newParent && !inConflict(result, id, "parent")) {
					assertEquals("moved " + id, Objects.toString(sideIndex.parentId(sideIndex.object(id))), Objects.toString(merged.parentId(now)));
				}
			}
			case SET, ADDED, REMOVED -> {
				EObject now = merged.object(id);
				assertNotNull(change.kind() + " " + id, now);
				EStructuralFeature feature = change.feature();
				Object value = merged.value(now, feature);
				Object expected = change.kind() == ChangeKind.REMOVED ? change.oldValue() : change.newValue();
				Object key = expected instanceof EObject target ? sideOrBaseId(target, sideIndex, baseIndex) : expected;
				if (change.kind() == ChangeKind.SET) {
					if (!inConflict(result, id, feature.getName())) {
						assertEquals("set " + feature.getName() + " of " + id, key, value);
					}
				} else {
					assertEquals(change.kind() + " " + feature.getName() + " of " + id, change.kind() == ChangeKind.ADDED, ((List<?>) value).contains(key));
				}
			}
			}
		}
	}

	private static Object sideOrBaseId(EObject target, PlanIndex side, PlanIndex base) {
		return target.eResource() == side.resource() ? side.id(target) : base.id(target);
	}

	private static boolean inConflict(MergeResult result, String id, String feature) {
		return result.conflicts().stream().anyMatch(c -> c.elementId().equals(id) && c.feature().equals(feature));
	}

	/** A deleted element that stays because a DELETE conflict keeps it, or something around it. */
	private static boolean keptByDeleteConflict(String id, PlanIndex base, Set<String> deleteConflicts) {
		for (EObject at = base.object(id); at != null; at = at.eContainer()) {
			if (deleteConflicts.contains(base.id(at))) {
				return true;
			}
		}
		for (var it = base.object(id).eAllContents(); it.hasNext();) {
			if (deleteConflicts.contains(base.id(it.next()))) {
				return true;
			}
		}
		return false;
	}

	/** The two merges differ only where a conflict is, and in what depends on the side taken there. */
	private static void assertSameUpToConflicts(MergeResult result, MergeResult swapped) throws MergeException {
		Set<String> explained = new HashSet<>();
		for (MergeResult r : List.of(result, swapped)) {
			for (Conflict conflict : r.conflicts()) {
				explained.add(conflict.elementId());
				EObject element = r.merged().getEObject(conflict.elementId());
				if (element != null) {
					// what a side kept or placed there: the element's subtree and its siblings' order
					for (var it = element.eAllContents(); it.hasNext();) {
						explained.add(Plans.id(it.next()));
					}
					if (element.eContainer() != null) {
						explained.add(Plans.id(element.eContainer()));
					}
				}
			}
		}
		for (Change change : PlanDiff.compare(result.merged(), swapped.merged())) {
			boolean ok = explained.contains(change.elementId());
			if (!ok && change.kind() == ChangeKind.MOVED && change.oldValue() instanceof org.wbsmodeler.merge.diff.Location from) {
				ok = explained.contains(from.parentId());
			}
			if (!ok && change.element() != null && change.element().eContainer() != null && change.kind() != ChangeKind.SET) {
				ok = explained.contains(Plans.id(change.element().eContainer()));
			}
			if (!ok && (change.newValue() instanceof EObject || change.oldValue() instanceof EObject)) {
				// a reference to an element one merge kept and the other did not
				EObject target = change.newValue() instanceof EObject t ? t : (EObject) change.oldValue();
				ok = explained.contains(Plans.id(target));
			}
			if (!ok) {
				fail("merge(base, ours, theirs) and merge(base, theirs, ours) differ outside the conflicts: " + change + "; conflicts " + result.conflicts());
			}
		}
	}

	private void assertLoadsAndValidates(MergeResult result) throws IOException, org.wbsmodeler.model.io.ModelLoadException {
		Path file = folder.getRoot().toPath().resolve("merged.wbs");
		ModelFiles.save(result.merged(), file);
		Project project = ModelFiles.load(file);
		assertConsistent(project);
		Files.delete(file);
	}

	private static void assertConsistent(Project project) {
		for (var it = project.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			for (EReference reference : next.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer() && !reference.isMany() && next.eGet(reference) instanceof EObject target) {
					assertFalse(reference.getName() + " dangles", target.eIsProxy());
					assertTrue(reference.getName() + " leaves the plan", target.eResource() == project.eResource());
				}
			}
			if (next instanceof Dependency link) {
				assertNotNull("a link without predecessor", link.getPredecessor());
			}
		}
		assertTrue(DependencyCycles.find(project).isEmpty());
		assertNotNull(ModelValidation.validate(project));
	}
}
