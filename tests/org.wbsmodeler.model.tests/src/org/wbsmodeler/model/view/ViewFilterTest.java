package org.wbsmodeler.model.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.CrmComponent;
import org.wbsmodeler.model.CrmScope;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.ElementKind;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.Role;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.util.ModelBuilder;

/**
 * Which elements a view keeps: each criterion alone, criteria together, the summaries kept above every kept task,
 * the links a filtered plan drops, and names that no longer exist.
 */
public class ViewFilterTest {

	private final ModelBuilder build = new ModelBuilder();
	private final Project project = build.project("Views", LocalDate.of(2027, 2, 1));
	private final Phase design = build.phase(project, "Design", null);
	private final Deliverable integrationDesign = build.deliverable(design, "Integration design", null);
	private final Activity specifyErp = build.activity(integrationDesign, "Specify ERP interface", 3, 24);
	private final Activity specifyBilling = build.activity(integrationDesign, "Specify billing interface", 2, 16);
	private final Deliverable screens = build.deliverable(design, "Screen design", null);
	private final Activity drawScreens = build.activity(screens, "Draw screens", 4, 32);
	private final Milestone designApproved = build.milestone(design, "Design approved");
	private final Phase build2 = build.phase(project, "Build", null);
	private final Activity migrate = build.activity(build2, "Write data migration scripts", 5, 40);
	private final Activity configure = build.activity(build2, "Configure screens", 5, 40);
	private final Resource developer = build.resource(project, "Integration developer", ResourceType.WORK, 85);
	private final Resource consultant = build.resource(project, "CRM consultant", ResourceType.WORK, 130);
	private final Role itRole = WbsFactory.eINSTANCE.createRole();

	public ViewFilterTest() {
		build.link(specifyErp, specifyBilling);
		build.link(specifyBilling, designApproved);
		build.link(drawScreens, designApproved);
		build.link(designApproved, migrate);
		build.link(designApproved, configure, DependencyType.SS, 1);
		build.assign(specifyErp, developer, 1, 24);
		build.assign(migrate, developer, 0.5, 20);
		build.assign(drawScreens, consultant, 1, 32);
		build.assign(configure, consultant, 1, 40);
		itRole.setName("IT");
		project.getRoles().add(itRole);
		developer.setRole(itRole);
		for (WbsElement e : List.of(specifyErp, specifyBilling, designApproved, migrate)) {
			e.setCritical(true);
		}
	}

	private View view() {
		View view = WbsFactory.eINSTANCE.createView();
		view.setName("test");
		project.getViews().add(view);
		return view;
	}

	private List<WbsElement> kept(View view) {
		return ViewFilter.apply(project, view).kept();
	}

	@Test
	public void noCriteriaKeepsEverything() {
		assertEquals(10, kept(view()).size());
	}

	@Test
	public void summariesAboveAKeptTaskAreKept() {
		View view = view();
		view.getResources().add(developer);
		ViewFilter.Result result = ViewFilter.apply(project, view);
		assertEquals("the phase and deliverable above each task, in outline order",
				List.of(design, integrationDesign, specifyErp, build2, migrate), result.kept());
		assertEquals("two tasks match, three summaries are kept for them", 2, result.matched());
	}

	@Test
	public void criticalOnlyKeepsCriticalLeaves() {
		View view = view();
		view.setCriticalOnly(true);
		assertEquals(List.of(design, integrationDesign, specifyErp, specifyBilling, designApproved, build2, migrate), kept(view));
		List<WbsElement> live = ViewFilter.apply(project, org.wbsmodeler.model.outline.OutlineIndex.build(project), view, e -> e == configure).kept();
		assertEquals("the critical flags can come from a live schedule", List.of(build2, configure), live);
	}

	@Test
	public void byRoleKindLevelComponentPhaseAndText() {
		View role = view();
		role.getRoles().add(itRole);
		assertEquals(List.of(design, integrationDesign, specifyErp, build2, migrate), kept(role));

		View kinds = view();
		kinds.getKinds().addAll(List.of(ElementKind.PHASE, ElementKind.MILESTONE));
		assertEquals("steering committee", List.of(design, designApproved, build2), kept(kinds));

		View level = view();
		level.setMaxLevel(1);
		assertEquals(List.of(design, build2), kept(level));
		level.setMaxLevel(2);
		assertEquals(List.of(design, integrationDesign, screens, designApproved, build2, migrate, configure), kept(level));

		CrmScope crm = WbsFactory.eINSTANCE.createCrmScope();
		CrmComponent erp = WbsFactory.eINSTANCE.createCrmComponent();
		erp.setName("ERP integration");
		erp.getDeliveredBy().add(integrationDesign);
		crm.getComponents().add(erp);
		project.setCrm(crm);
		View component = view();
		component.getComponents().add(erp);
		assertEquals("the delivering deliverable and everything under it", List.of(design, integrationDesign, specifyErp, specifyBilling),
				kept(component));

		View phase = view();
		phase.getPhases().add(build2);
		assertEquals(List.of(build2, migrate, configure), kept(phase));

		View text = view();
		text.setTextMatch("INTEGRATION | migration");
		assertEquals("a summary's name matches for its subtree; any case; any word",
				List.of(design, integrationDesign, specifyErp, specifyBilling, build2, migrate), kept(text));
	}

	@Test
	public void criteriaCombineAndListsOffer() {
		View view = view();
		view.getResources().addAll(List.of(developer, consultant));
		view.getPhases().add(design);
		assertEquals("any of the people, but only in Design", List.of(design, integrationDesign, specifyErp, screens, drawScreens), kept(view));
		view.setCriticalOnly(true);
		assertEquals(List.of(design, integrationDesign, specifyErp), kept(view));
	}

	@Test
	public void aFilteredPlanDropsTheLinksToRemovedElements() {
		View view = view();
		view.setTextMatch("design");
		ViewFilter.Result result = ViewFilter.apply(project, view);
		assertTrue(result.keeps(designApproved));
		assertEquals("design approved -> migrate and -> configure leave the view", 2, result.droppedLinks().size());
		assertTrue(result.droppedLinks().stream().allMatch(d -> d.getPredecessor() == designApproved));
	}

	@Test
	public void namesThatNoLongerExistAreSkipped() {
		View view = view();
		view.getResources().addAll(List.of(developer, consultant));
		project.getResources().remove(developer);
		assertTrue(!ViewFilter.exists(project, developer));
		assertEquals("the consultant still counts", List.of(design, screens, drawScreens, build2, configure), kept(view));
		project.getResources().remove(consultant);
		assertEquals("nobody left: nothing matches", List.of(), kept(view));
	}

	@Test
	public void viewsAreFoundByName() {
		View view = view();
		view.setName("IT team lead");
		assertSame(view, ViewFilter.find(project, "IT team lead"));
		assertSame("any case", view, ViewFilter.find(project, "it TEAM lead"));
		assertNull(ViewFilter.find(project, "Board"));
	}
}
