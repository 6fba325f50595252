package org.wbsmodeler.model.validation;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.ConstraintType;
import org.wbsmodeler.model.CrmComponent;
import org.wbsmodeler.model.CrmScope;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Requirement;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.WorkPackage;
import org.wbsmodeler.model.io.WbsModel;
import org.wbsmodeler.model.util.ModelBuilder;

/** One test per validation rule: the fixture is valid, each test breaks it in one way and expects exactly that problem. */
public class WbsValidatorTest {

	@Test
	public void fixtureIsValid() {
		assertEquals("", new ValidationFixture().messages());
	}

	@Test
	public void validatorIsRegisteredForThePackage() {
		WbsModel.init();
		assertSame(WbsValidator.INSTANCE, EValidator.Registry.INSTANCE.getEValidator(WbsPackage.eINSTANCE));
	}

	@Test
	public void duplicateCodesAreErrors() {
		ValidationFixture f = new ValidationFixture();
		f.first.setCustomCode("X.1");
		f.second.setCustomCode("X.1");
		List<Diagnostic> problems = f.problems(WbsProblem.DUPLICATE_CODE);
		assertEquals(1, problems.size());
		assertThat(problems.get(0).getMessage(), containsString("X.1"));
		assertEquals(Diagnostic.ERROR, problems.get(0).getSeverity());
	}

	@Test
	public void duplicateRequirementIdentifiersAreErrors() {
		ValidationFixture f = new ValidationFixture();
		CrmScope scope = WbsFactory.eINSTANCE.createCrmScope();
		f.project.setCrm(scope);
		for (int i = 0; i < 2; i++) {
			Requirement requirement = WbsFactory.eINSTANCE.createRequirement();
			requirement.setIdentifier("BR-01");
			requirement.getDeliveredBy().add(f.deliverable);
			scope.getRequirements().add(requirement);
		}
		assertEquals(1, f.problems(WbsProblem.DUPLICATE_REQUIREMENT_ID).size());
	}

	@Test
	public void phaseInsideDeliverableIsMisplaced() {
		ValidationFixture f = new ValidationFixture();
		Phase nested = f.build.phase(f.deliverable, "Nested phase", null);
		f.build.activity(f.build.deliverable(nested, "d", null), "a", 1, 8);
		List<Diagnostic> problems = f.problems(WbsProblem.MISPLACED_ELEMENT);
		assertEquals(1, problems.size());
		assertThat(problems.get(0).getMessage(), containsString("phase 1.1.3 'Nested phase' cannot be inside deliverable 1.1"));
	}

	@Test
	public void deliverableWithoutWorkBreaksTheHundredPercentRule() {
		ValidationFixture f = new ValidationFixture();
		Deliverable empty = f.build.deliverable(f.phase, "Forgotten report", null);
		List<Diagnostic> problems = f.problems(WbsProblem.EMPTY_SUMMARY);
		assertEquals(1, problems.size());
		assertSame(empty, problems.get(0).getData().get(0));
		assertThat(problems.get(0).getMessage(), containsString("100% rule"));
	}

	@Test
	public void leafWithoutEstimateIsReported() {
		ValidationFixture f = new ValidationFixture();
		f.build.activity(f.deliverable, "Unestimated", 0, 0);
		WorkPackage leafPackage = f.build.workPackage(f.deliverable, "Empty package", null);
		List<Diagnostic> problems = f.problems(WbsProblem.MISSING_ESTIMATE);
		assertEquals(2, problems.size());
		assertSame(leafPackage, problems.get(1).getData().get(0));
	}

	@Test
	public void assignmentCountsAsAnEstimate() {
		ValidationFixture f = new ValidationFixture();
		Activity staffed = f.build.activity(f.deliverable, "Staffed", 0, 0);
		f.build.assign(staffed, f.build.resource(f.project, "Analyst", ResourceType.WORK, 80), 1, 0);
		assertEquals(0, f.problems(WbsProblem.MISSING_ESTIMATE).size());
	}

	@Test
	public void negativeDurationEffortAndCostAreErrors() {
		ValidationFixture f = new ValidationFixture();
		f.first.setDuration(-1);
		f.second.setEffort(-8);
		f.second.setFixedCost(-100);
		assertEquals(3, f.problems(WbsProblem.NEGATIVE_VALUE).size());
	}

	@Test
	public void percentCompleteOutOfRange() {
		ValidationFixture f = new ValidationFixture();
		f.first.setPercentComplete(120);
		assertEquals(1, f.problems(WbsProblem.PERCENT_OUT_OF_RANGE).size());
	}

	@Test
	public void milestoneWithDurationIsAWarning() {
		ValidationFixture f = new ValidationFixture();
		Milestone milestone = f.build.milestone(f.deliverable, "Done");
		milestone.setDuration(2);
		List<Diagnostic> problems = f.problems(WbsProblem.MILESTONE_WITH_DURATION);
		assertEquals(1, problems.size());
		assertEquals(Diagnostic.WARNING, problems.get(0).getSeverity());
	}

	@Test
	public void cycleIsReportedWithItsElementsInOrder() {
		ValidationFixture f = new ValidationFixture();
		Activity third = f.build.activity(f.deliverable, "Fix", 1, 8);
		f.build.link(f.second, third);
		f.build.link(third, f.first);
		List<Diagnostic> problems = f.problems(WbsProblem.DEPENDENCY_CYCLE);
		assertEquals(1, problems.size());
		assertEquals("dependency cycle: 1.1.1 Configure → 1.1.2 Test → 1.1.3 Fix → 1.1.1 Configure", problems.get(0).getMessage());
		assertEquals(List.of(f.first, f.second, third), problems.get(0).getData());
	}

	@Test
	public void twoSeparateCyclesAreTwoProblems() {
		ValidationFixture f = new ValidationFixture();
		f.build.link(f.second, f.first);
		Activity a = f.build.activity(f.deliverable, "A", 1, 8);
		Activity b = f.build.activity(f.deliverable, "B", 1, 8);
		f.build.link(a, b);
		f.build.link(b, a);
		assertEquals(2, f.problems(WbsProblem.DEPENDENCY_CYCLE).size());
	}

	@Test
	public void linkToASummaryIsAnError() {
		ValidationFixture f = new ValidationFixture();
		f.build.link(f.deliverable, f.second);
		List<Diagnostic> problems = f.problems(WbsProblem.LINK_TO_SUMMARY);
		assertEquals(1, problems.size());
		assertThat(problems.get(0).getMessage(), containsString("deliverable 1.1 'Configured system', a summary"));
	}

	@Test
	public void selfLinkIsAnError() {
		ValidationFixture f = new ValidationFixture();
		f.build.link(f.first, f.first);
		assertEquals(1, f.problems(WbsProblem.SELF_LINK).size());
	}

	@Test
	public void linkFromOutsideTheProjectIsDangling() {
		ValidationFixture f = new ValidationFixture();
		ValidationFixture other = new ValidationFixture();
		f.build.link(other.first, f.second);
		assertEquals(1, f.problems(WbsProblem.DANGLING_LINK).size());
	}

	@Test
	public void duplicateLinkIsAWarning() {
		ValidationFixture f = new ValidationFixture();
		f.build.link(f.first, f.second);
		assertEquals(1, f.problems(WbsProblem.DUPLICATE_LINK).size());
	}

	@Test
	public void assignmentOfAMissingResourceIsAnError() {
		ValidationFixture f = new ValidationFixture();
		Resource gone = new ModelBuilder().resource(new ValidationFixture().project, "Contractor", ResourceType.WORK, 100);
		f.build.assign(f.first, gone, 1, 24);
		Assignment empty = WbsFactory.eINSTANCE.createAssignment();
		f.second.getAssignments().add(empty);
		List<Diagnostic> problems = f.problems(WbsProblem.MISSING_RESOURCE);
		assertEquals(2, problems.size());
		assertThat(f.messages(), containsString("not a resource of the project"));
	}

	@Test
	public void requirementTracedToNothingIsReported() {
		ValidationFixture f = new ValidationFixture();
		CrmScope scope = WbsFactory.eINSTANCE.createCrmScope();
		f.project.setCrm(scope);
		Requirement lonely = WbsFactory.eINSTANCE.createRequirement();
		lonely.setIdentifier("UR-9");
		scope.getRequirements().add(lonely);
		List<Diagnostic> problems = f.problems(WbsProblem.UNTRACED_REQUIREMENT);
		assertEquals(1, problems.size());
		assertThat(problems.get(0).getMessage(), containsString("UR-9"));
		lonely.getDeliveredBy().add(f.deliverable);
		assertEquals(0, f.problems(WbsProblem.UNTRACED_REQUIREMENT).size());
	}

	@Test
	public void componentDeliveredByNothingIsReported() {
		ValidationFixture f = new ValidationFixture();
		CrmScope scope = WbsFactory.eINSTANCE.createCrmScope();
		f.project.setCrm(scope);
		CrmComponent component = WbsFactory.eINSTANCE.createCrmComponent();
		component.setName("Marketing automation");
		scope.getComponents().add(component);
		assertEquals(1, f.problems(WbsProblem.UNDELIVERED_COMPONENT).size());
		component.getDeliveredBy().add(f.deliverable);
		assertEquals(0, f.problems(WbsProblem.UNDELIVERED_COMPONENT).size());
	}

	@Test
	public void constraintNeedsADate() {
		ValidationFixture f = new ValidationFixture();
		f.first.setConstraintType(ConstraintType.SNET);
		assertEquals(1, f.problems(WbsProblem.CONSTRAINT_WITHOUT_DATE).size());
		f.first.setConstraintType(ConstraintType.ALAP);
		assertEquals(0, f.problems(WbsProblem.CONSTRAINT_WITHOUT_DATE).size());
	}

	@Test
	public void actualFinishBeforeStartIsAnError() {
		ValidationFixture f = new ValidationFixture();
		f.first.setActualStart(java.time.LocalDateTime.of(2033, 5, 18, 8, 0));
		f.first.setActualFinish(java.time.LocalDateTime.of(2001, 9, 9, 8, 0));
		assertEquals(1, f.problems(WbsProblem.ACTUAL_FINISH_BEFORE_START).size());
	}

	@Test
	public void contributedRuleIsConsulted() {
		ValidationFixture f = new ValidationFixture();
		assertTrue(f.problems().isEmpty());
		f.first.setName("Forbidden");
		assertThat(f.messages(), containsString("no activity may be called Forbidden"));
	}

	@Test
	public void rulesComeFromTheExtensionPointBuiltInOnesFirst() {
		List<String> rules = WbsValidator.INSTANCE.rules().stream().map(r -> r.getClass().getSimpleName()).toList();
		assertEquals(List.of("HierarchyRule", "EstimateRule", "DependencyRule", "ResourceRule", "TraceabilityRule", "ProjectRule", "ViewRule"),
				rules.subList(0, 7));
		assertTrue(rules.toString(), rules.contains("NoActivityCalledForbidden"));
	}

	@Test
	public void everyProblemKindHasADistinctCode() {
		assertEquals(WbsProblem.values().length, java.util.Arrays.stream(WbsProblem.values()).mapToInt(WbsProblem::code).distinct().count());
	}

	@Test
	public void aViewNamingADeletedResourceIsAWarningNotACrash() {
		ValidationFixture f = new ValidationFixture();
		Resource gone = f.build.resource(f.project, "Former contractor", ResourceType.WORK, 50);
		org.wbsmodeler.model.View view = WbsFactory.eINSTANCE.createView();
		view.setName("IT team lead");
		view.getResources().add(gone);
		view.getPhases().add(f.phase);
		f.project.getViews().add(view);
		assertTrue(f.messages(), f.problems().isEmpty());
		f.project.getResources().remove(gone);
		f.phase.getChildren().clear();
		f.project.getChildren().remove(f.phase);
		List<Diagnostic> problems = f.problems(WbsProblem.STALE_VIEW_REFERENCE);
		assertEquals(f.messages(), 2, problems.size());
		assertTrue(problems.stream().allMatch(p -> p.getSeverity() == Diagnostic.WARNING));
		assertThat(problems.get(0).getMessage(), containsString("view 'IT team lead' names resource 'Former contractor', which is no longer in the project"));
		assertThat(problems.get(1).getMessage(), containsString("phase 'Build'"));
		assertEquals("the view still filters: nothing it names exists", List.of(),
				org.wbsmodeler.model.view.ViewFilter.apply(f.project, view).kept());
	}
}
