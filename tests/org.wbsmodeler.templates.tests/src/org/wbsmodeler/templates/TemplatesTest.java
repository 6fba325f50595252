package org.wbsmodeler.templates;

import static org.hamcrest.CoreMatchers.hasItems;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.ProcessKind;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Requirement;
import org.wbsmodeler.model.RequirementKind;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.util.ModelDates;
import org.wbsmodeler.model.validation.ModelValidation;

/** Every template builds a valid model; the CRM template holds what the example promises. */
public class TemplatesTest {

	private static final TemplateOptions OPTIONS = new TemplateOptions("PSCHSE Manufacturing CRM implementation", LocalDate.of(2027, 2, 1));

	private static List<Diagnostic> problems(Project project) {
		return ModelValidation.problems(ModelValidation.validate(project));
	}

	private static <T> List<T> all(Project project, Class<T> type) {
		List<T> result = new java.util.ArrayList<>();
		project.eAllContents().forEachRemaining(o -> {
			if (type.isInstance(o)) {
				result.add(type.cast(o));
			}
		});
		return result;
	}

	@Test
	public void everyTemplateBuildsAValidModel() {
		for (ModelTemplate template : Templates.builtIn()) {
			Project project = template.create(OPTIONS);
			assertEquals(template.id() + ": " + problems(project).stream().map(Diagnostic::getMessage).collect(Collectors.joining("; ")), 0,
					problems(project).size());
			assertEquals(OPTIONS.projectName(), project.getName());
		}
	}

	@Test
	public void templatesAreFoundById() {
		assertEquals("crm-implementation", Templates.find("crm-implementation").orElseThrow().id());
		assertTrue(Templates.find("no-such-template").isEmpty());
		assertEquals(Templates.builtIn().size(), Templates.builtIn().stream().map(ModelTemplate::id).distinct().count());
	}

	@Test
	public void crmPlanHasEveryLifeCyclePhaseWithDeliverables() {
		Project project = Templates.find("crm-implementation").orElseThrow().create(OPTIONS);
		List<String> phases = project.getChildren().stream().map(WbsElement::getName).toList();
		assertThat(phases, hasItems("Initiation", "Requirements and analysis", "Design", "Build and configuration", "Testing", "Deployment",
				"Post-implementation"));
		for (WbsElement phase : project.getChildren()) {
			assertTrue(phase.getName(), ((Phase) phase).getChildren().stream().anyMatch(Deliverable.class::isInstance));
		}
	}

	@Test
	public void crmPlanUsesEveryLinkTypeWithLagsAndALead() {
		Project project = Templates.find("crm-implementation").orElseThrow().create(OPTIONS);
		List<Dependency> links = all(project, Dependency.class);
		Set<DependencyType> types = links.stream().map(Dependency::getType).collect(Collectors.toCollection(() -> EnumSet.noneOf(DependencyType.class)));
		assertEquals(EnumSet.allOf(DependencyType.class), types);
		assertTrue(links.stream().anyMatch(l -> l.getLag() > 0));
		assertTrue(links.stream().anyMatch(l -> l.getLag() < 0));
		Deliverable specification = all(project, Deliverable.class).stream().filter(d -> d.getName().equals("Business requirements specification"))
				.findFirst().orElseThrow();
		Set<DependencyType> inSpecification = specification.getChildren().stream().flatMap(e -> e.getPredecessors().stream())
				.filter(l -> l.getPredecessor().eContainer() == specification).map(Dependency::getType).collect(Collectors.toSet());
		assertTrue("more than one link type inside the detailed deliverable", inSpecification.size() > 1);
	}

	@Test
	public void crmPlanHasEstimatesResourcesAndHolidays() {
		Project project = Templates.find("crm-implementation").orElseThrow().create(OPTIONS);
		for (Activity activity : all(project, Activity.class)) {
			assertTrue(activity.getName(), activity.getDuration() > 0 && activity.getEffort() > 0);
		}
		assertTrue(project.getResources().size() >= 5);
		assertTrue(project.getDefaultCalendar().getExceptions().stream()
				.anyMatch(e -> ModelDates.toLocalDate(e.getFrom()).equals(LocalDate.of(2027, 5, 31))));
	}

	@Test
	public void crmPlanTracesRequirementsOfAllFiveKinds() {
		Project project = Templates.find("crm-implementation").orElseThrow().create(OPTIONS);
		List<Requirement> requirements = project.getCrm().getRequirements();
		assertEquals(EnumSet.allOf(RequirementKind.class), requirements.stream().map(Requirement::getKind)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(RequirementKind.class))));
		for (Requirement requirement : requirements) {
			assertFalse(requirement.getIdentifier(), requirement.getComponents().isEmpty());
			assertTrue(requirement.getIdentifier(), requirement.getDeliveredBy().stream().anyMatch(Deliverable.class::isInstance));
		}
		assertEquals(4, project.getCrm().getComponents().size());
	}

	@Test
	public void crmPlanHasSalesAndServiceProcessesLinkedToTheWbs() {
		Project project = Templates.find("crm-implementation").orElseThrow().create(OPTIONS);
		var processes = project.getProcessBreakdown().getProcesses();
		assertThat(processes.stream().map(p -> p.getKind()).toList(), hasItems(ProcessKind.SALES, ProcessKind.CUSTOMER_SERVICE));
		processes.forEach(p -> p.getSteps().forEach(step -> {
			assertTrue(step.getName(), step.getOwner() != null);
			assertFalse(step.getName(), step.getWbsElements().isEmpty());
		}));
	}

	@Test
	public void shippedExampleLoadsValidatesAndMatchesTheTemplate() throws Exception {
		Path example = Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs");
		assertTrue("the example is shipped: " + example, Files.isRegularFile(example));
		Project project = ModelFiles.load(example);
		assertEquals(List.of(), problems(project).stream().map(Diagnostic::getMessage).toList());
		Project fresh = Templates.find("crm-implementation").orElseThrow().create(
				new TemplateOptions(project.getName(), ModelDates.toLocalDate(project.getStart())));
		assertTrue("the example is the CRM template's output; regenerate it with ./wbs new", EcoreUtil.equals(fresh, project));
	}

	@Test
	public void crmTemplateShipsAViewPerAudience() {
		Project project = Templates.find("crm-implementation").orElseThrow().create(OPTIONS);
		assertEquals(List.of("Steering committee", "IT team lead", "Critical path"), project.getViews().stream().map(org.wbsmodeler.model.View::getName).toList());
		org.wbsmodeler.model.View steering = project.getViews().get(0);
		assertEquals(List.of(org.wbsmodeler.model.ElementKind.PHASE, org.wbsmodeler.model.ElementKind.MILESTONE), steering.getKinds());
		assertEquals(org.wbsmodeler.model.TimescaleUnit.MONTH, steering.getTimescale());
		org.wbsmodeler.model.View itLead = project.getViews().get(1);
		assertThat(itLead.getColumns(), hasItems(org.wbsmodeler.model.ViewColumn.START, org.wbsmodeler.model.ViewColumn.FINISH,
				org.wbsmodeler.model.ViewColumn.TOTAL_FLOAT, org.wbsmodeler.model.ViewColumn.RESOURCES));
		assertFalse(org.wbsmodeler.model.view.ViewFilter.apply(project, itLead).kept().isEmpty());
		assertTrue(project.getViews().get(2).isCriticalOnly());
	}
}
