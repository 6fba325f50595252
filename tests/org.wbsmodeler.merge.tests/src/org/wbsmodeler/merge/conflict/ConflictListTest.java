package org.wbsmodeler.merge.conflict;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.wbsmodeler.merge.Plans.copy;
import static org.wbsmodeler.merge.Plans.element;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.Test;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.merge.Plans;
import org.wbsmodeler.merge.conflict.ListedConflict.Side;
import org.wbsmodeler.merge.text.PlanLabels;
import org.wbsmodeler.merge.threeway.MergeResult;
import org.wbsmodeler.merge.threeway.PlanMerge;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage;

/** The conflict list beside a merged plan: what {@code ./wbs merge} writes, the editor reads back unchanged. */
public class ConflictListTest {

	@Test
	public void aListReadsBackAsWrittenWithTheSidesValuesAsData() throws MergeException {
		Resource base = Plans.sample();
		Resource ours = copy(base, "ours.wbs");
		Resource theirs = copy(base, "theirs.wbs");
		element(ours, "A1").setDuration(7);
		element(theirs, "A1").setDuration(9);
		element(ours, "B1").setName("B1 ours");
		element(theirs, "B1").setName("B1 theirs");
		EcoreUtil.delete(element(theirs, "A3"));
		element(ours, "A3").setDuration(5);
		MergeResult result = PlanMerge.merge(base, ours, theirs);

		List<ListedConflict> listed = ConflictList.of(result, new PlanLabels());
		assertEquals(result.conflicts().size(), listed.size());
		assertEquals(3, listed.size());
		String text = ConflictList.write(listed);
		assertEquals(listed, ConflictList.read(text));

		ListedConflict duration = listed.stream().filter(c -> "duration".equals(c.feature())).findFirst().orElseThrow();
		assertEquals(ConflictKind.VALUE, duration.kind());
		assertEquals(List.of("2", "7", "9"), duration.texts());
		WbsElement merged = element(result.merged(), "A1");
		// the data form converts back into the feature's values
		assertEquals(9.0, EcoreUtil.createFromString(WbsPackage.Literals.WBS_ELEMENT__DURATION.getEAttributeType(), (String) duration.value(Side.THEIRS)));
		assertEquals(new PlanLabels().code(merged), duration.code());
		ListedConflict deleted = listed.stream().filter(c -> c.kind() == ConflictKind.DELETE).findFirst().orElseThrow();
		assertEquals(Conflict.ABSENT, deleted.value(Side.THEIRS));
		assertTrue(text, text.contains("\"theirs\":\"B1 theirs\""));
	}

	@Test
	public void textThatIsNotAConflictListIsRefused() {
		assertThrows(MergeException.class, () -> ConflictList.read("<xml/>"));
		assertThrows(MergeException.class, () -> ConflictList.read("{\"conflicts\":[{\"kind\":\"nonsense\",\"id\":\"x\"}]}"));
	}
}
