package org.wbsmodeler.exchange;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.Test;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.validation.ModelValidation;
import org.wbsmodeler.model.view.ViewFilter;

/**
 * A plan cut down to a view for export: what stays, which links go, and that kept tasks keep the whole plan's dates
 * (a kept summary spans what is kept under it).
 */
public class ViewExportTest {

	private static final Path EXAMPLE = Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs");

	@Test
	public void aViewsCopyKeepsItsElementsWithThePlansDatesAndNoDanglingLinks() throws Exception {
		Project original = ModelFiles.load(EXAMPLE);
		View view = ViewFilter.find(original, "IT team lead");
		ScheduledCopy whole = ScheduledCopy.of(original);
		ScheduledCopy cut = ScheduledCopy.of(original, view);
		ViewFilter.Result kept = ViewFilter.apply(whole.project(), ViewFilter.find(whole.project(), "IT team lead"));

		Map<String, WbsElement> byName = cut.outline().elements().stream().collect(Collectors.toMap(WbsElement::getName, e -> e, (a, b) -> a));
		assertEquals(kept.kept().size(), cut.outline().size());
		assertEquals(kept.droppedLinks().size(), cut.droppedLinks());
		assertTrue(cut.droppedLinks() > 0);
		for (WbsElement e : kept.kept()) {
			WbsElement copy = byName.get(e.getName());
			assertNotNull(e.getName() + " is kept", copy);
			if (e.isSummary()) {
				continue; // a kept summary spans what is kept under it
			}
			assertEquals(e.getName() + " starts as in the whole plan", whole.totals(e).start(), cut.totals(copy).start());
			assertEquals(e.getName() + " finishes as in the whole plan", whole.totals(e).finish(), cut.totals(copy).finish());
		}
		for (WbsElement e : cut.outline().elements()) {
			for (Dependency d : e.getPredecessors()) {
				assertTrue("links only between kept elements", OutlineIndex.build(cut.project()).contains(d.getPredecessor()));
			}
		}
		assertTrue("the cut plan is valid: " + ModelValidation.problems(ModelValidation.validate(cut.project())),
				ModelValidation.problems(ModelValidation.validate(cut.project())).stream().noneMatch(d -> d.getSeverity() >= org.eclipse.emf.common.util.Diagnostic.ERROR));
		assertEquals("the original is untouched", 88, OutlineIndex.build(original).size());
	}
}
