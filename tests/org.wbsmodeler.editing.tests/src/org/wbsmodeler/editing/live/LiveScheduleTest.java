package org.wbsmodeler.editing.live;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.Test;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.schedule.model.ProjectSchedule;
import org.wbsmodeler.schedule.rollup.RollUp;
import org.wbsmodeler.schedule.rollup.Totals;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.util.WbsCodes;

/** The editor's live schedule equals a full schedule of the edited model (leaves and roll-ups), after duration and structure edits. */
public class LiveScheduleTest {

	private static Project example() throws Exception {
		return ModelFiles.load(Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs"));
	}

	private static void assertSameAsFullSchedule(Project project, LiveSchedule live) throws Exception {
		ProjectSchedule full = ProjectSchedule.compute(project);
		for (WbsElement leaf : full.activities()) {
			Totals totals = live.totals(leaf);
			assertNotNull(WbsCodes.codeOf(leaf), totals);
			assertEquals(WbsCodes.codeOf(leaf) + " start", full.earlyStart(leaf), totals.start());
			assertEquals(WbsCodes.codeOf(leaf) + " finish", full.earlyFinish(leaf), totals.finish());
			assertEquals(WbsCodes.codeOf(leaf) + " late start", full.lateStart(leaf), totals.lateStart());
			assertEquals(WbsCodes.codeOf(leaf) + " late finish", full.lateFinish(leaf), totals.lateFinish());
			assertEquals(WbsCodes.codeOf(leaf) + " float", full.totalFloat(leaf), totals.totalFloatDays(), 1e-9);
			assertEquals(WbsCodes.codeOf(leaf) + " free float", full.freeFloat(leaf), totals.freeFloatDays(), 1e-9);
			assertEquals(WbsCodes.codeOf(leaf) + " critical", full.isCritical(leaf), totals.critical());
		}
		// the summaries: what the exports write after scheduling a copy (ProjectSchedule.writeToModel's roll-up)
		Project copy = EcoreUtil.copy(project);
		RollUp written = ProjectSchedule.compute(copy).writeToModel();
		for (WbsElement summary : written.summaries()) {
			WbsElement mine = OutlineIndex.of(project).byCode(WbsCodes.codeOf(summary));
			assertEquals(WbsCodes.codeOf(summary) + " rolled up", written.of(summary), live.totals(mine));
		}
		assertEquals("project", written.project(), live.project());
	}

	@Test
	public void aCostEditMovesTheSummariesCostWithoutRescheduling() throws Exception {
		Project project = example();
		LiveSchedule live = new LiveSchedule(project);
		WbsElement task = OutlineIndex.of(project).byCode("1.2.2");
		WbsElement phase = OutlineIndex.of(project).byCode("1");
		double before = live.totals(phase).cost();
		task.setFixedCost(task.getFixedCost() + 1000);
		assertNull(live.update());
		assertEquals(before + 1000, live.totals(phase).cost(), 1e-6);
	}

	private static Dependency link(Project project, String from, String to) {
		Dependency link = WbsFactory.eINSTANCE.createDependency();
		link.setPredecessor(OutlineIndex.of(project).byCode(from));
		OutlineIndex.of(project).byCode(to).getPredecessors().add(link);
		return link;
	}

	@Test
	public void aDurationEditIsRescheduledIncrementallyToTheFullResult() throws Exception {
		Project project = example();
		LiveSchedule live = new LiveSchedule(project);
		WbsElement task = OutlineIndex.of(project).byCode("1.2.2");
		task.setDuration(5);
		assertTrue(live.isStale());
		assertNull(live.update());
		assertEquals("2027-02-09T17:00", live.totals(task).finish().toString());
		assertTrue(live.totals(task).critical());
		assertSameAsFullSchedule(project, live);
	}

	@Test
	public void structureEditsRebuildTheNetwork() throws Exception {
		Project project = example();
		LiveSchedule live = new LiveSchedule(project);
		link(project, "7.1.1", "7.2.1");
		assertNull(live.update());
		assertSameAsFullSchedule(project, live);
	}

	@Test
	public void aCycleIsReportedInOrderAndClearsTheDates() throws Exception {
		Project project = example();
		LiveSchedule live = new LiveSchedule(project);
		WbsElement first = OutlineIndex.of(project).byCode("1.1.1");
		Dependency link = link(project, "1.1.2", "1.1.1");
		String problem = live.update();
		assertTrue(problem, problem.startsWith("dependency cycle: "));
		assertTrue(problem, problem.contains("1.1.1 Draft charter") && problem.contains("1.1.2 Approve charter with sponsor"));
		assertNull(live.totals(first));
		first.getPredecessors().remove(link);
		assertNull(live.update());
		assertSameAsFullSchedule(project, live);
	}

	@Test
	public void aRowMovedUnderAnotherSummaryIsRescheduledWhereItWent() throws Exception {
		Project project = example();
		var set = new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl();
		if (project.eResource() != null) {
			set.getResources().add(project.eResource());
		}
		var domain = new org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain(new org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory(),
				new org.eclipse.emf.common.command.BasicCommandStack(), set);
		LiveSchedule live = new LiveSchedule(project);
		WbsElement row = OutlineIndex.of(project).byCode("3.3.1");
		WbsElement target = OutlineIndex.of(project).byCode("4.6");
		var rules = new org.wbsmodeler.editing.rules.EditRules(domain, project);
		domain.getCommandStack().execute(rules.structure().moveUnder(java.util.List.of(row), target));
		assertNull(live.update());
		assertNotNull("the moved row has its dates where it went", live.totals(row));
		assertSameAsFullSchedule(project, live);
		live.dispose();
	}
}
