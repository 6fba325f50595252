package org.wbsmodeler.model.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.BaselineEntry;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.util.ModelBuilder;

/** The filter bar's criteria and Find's text: each alone, together, on a view's rows, with the summaries above. */
public class RowFilterTest {

	private final ModelBuilder build = new ModelBuilder();
	private final Project project = build.project("Rows", LocalDate.of(2027, 2, 1));
	private final Phase design = build.phase(project, "Design", null);
	private final Deliverable specs = build.deliverable(design, "Interface specs", null);
	private final Activity specifyErp = build.activity(specs, "Specify ERP interface", 3, 24);
	private final Activity specifyBilling = build.activity(specs, "Specify billing interface", 2, 16);
	private final Phase buildPhase = build.phase(project, "Build", null);
	private final Activity migrate = build.activity(buildPhase, "Write migration scripts", 5, 40);
	private final Resource developer = build.resource(project, "Integration developer", ResourceType.WORK, 85);
	private final Map<WbsElement, LocalDateTime> finishes = new IdentityHashMap<>();
	private final Set<WbsElement> critical = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

	public RowFilterTest() {
		build.assign(migrate, developer, 1, 40);
		specifyBilling.setDescription("Agree the invoice FORMAT with finance");
		critical.add(specifyErp);
		LocalDateTime day = LocalDateTime.of(2027, 2, 10, 17, 0);
		finishes.put(specifyErp, day);
		finishes.put(specifyBilling, day.plusDays(3));
		finishes.put(migrate, day.plusDays(9));
		Baseline baseline = WbsFactory.eINSTANCE.createBaseline();
		baseline.setName("Baseline");
		for (WbsElement e : List.of(specifyErp, specifyBilling, migrate)) {
			BaselineEntry entry = WbsFactory.eINSTANCE.createBaselineEntry();
			entry.setElement(e);
			entry.setFinish(e == specifyBilling ? day.plusDays(1) : finishes.get(e));
			baseline.getEntries().add(entry);
		}
		project.getBaselines().add(baseline);
	}

	private List<String> shown(RowFilter filter, Set<WbsElement> among) {
		OutlineIndex outline = OutlineIndex.build(project);
		Set<WbsElement> kept = filter.keep(outline, among, RowFilter.Facts.of(project, critical::contains, finishes::get));
		return outline.elements().stream().filter(kept::contains).map(WbsElement::getName).toList();
	}

	@Test
	public void findLooksInTheNameTheCodeTheResourcesAndTheNotesIgnoringCase() {
		OutlineIndex outline = OutlineIndex.build(project);
		assertTrue(RowText.contains(specifyErp, outline.code(specifyErp), "erp"));
		assertTrue("the code", RowText.contains(migrate, outline.code(migrate), outline.code(migrate)));
		assertTrue("a resource's name", RowText.contains(migrate, outline.code(migrate), "integration DEV"));
		assertTrue("the notes", RowText.contains(specifyBilling, outline.code(specifyBilling), "invoice format"));
		assertFalse(RowText.contains(specifyErp, outline.code(specifyErp), "invoice"));
		assertFalse("blank finds nothing", RowText.contains(specifyErp, "1.1.1", "  "));
	}

	@Test
	public void aTextShowsTheMatchingRowsUnderTheirSummaries() {
		assertEquals(List.of("Design", "Interface specs", "Specify billing interface"), shown(RowFilter.NONE.withText("invoice"), null));
		assertEquals(List.of("Build", "Write migration scripts"), shown(RowFilter.NONE.withText("developer"), null));
	}

	@Test
	public void criticalOnlyKeepsCriticalTasksAndNoSummaryOfItsOwn() {
		assertEquals(List.of("Design", "Interface specs", "Specify ERP interface"), shown(RowFilter.NONE.withCriticalOnly(true), null));
	}

	@Test
	public void aResourceKeepsItsTasks() {
		assertEquals(List.of("Build", "Write migration scripts"), shown(RowFilter.NONE.withResource(developer), null));
	}

	@Test
	public void lateIsAFinishAfterTheBaselineFinish() {
		assertEquals(List.of("Design", "Interface specs", "Specify billing interface"), shown(RowFilter.NONE.withLateOnly(true), null));
		project.getBaselines().clear();
		assertEquals("no baseline: nothing slips", List.of(), shown(RowFilter.NONE.withLateOnly(true), null));
	}

	@Test
	public void criteriaCombineAndFilterOnlyTheRowsOfAView() {
		assertEquals(List.of(), shown(RowFilter.NONE.withText("specify").withResource(developer), null));
		assertEquals(List.of("Design", "Interface specs", "Specify ERP interface"),
				shown(RowFilter.NONE.withText("specify").withCriticalOnly(true), null));
		Set<WbsElement> view = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		view.addAll(List.of(design, specs, specifyBilling));
		assertEquals(List.of("Design", "Interface specs", "Specify billing interface"), shown(RowFilter.NONE.withText("specify"), view));
		assertTrue(RowFilter.NONE.isEmpty());
		assertFalse(RowFilter.NONE.withText(" x ").isEmpty());
		assertEquals("x", RowFilter.NONE.withText(" x ").text());
	}
}
