package org.wbsmodeler.model.util;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;

import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;

/** WBS codes follow the position of an element, and a custom code wins. */
public class CodesTest {

	@Test
	public void codesFollowPositionAndMovesRenumber() {
		ModelBuilder build = new ModelBuilder();
		Project project = build.project("P", LocalDate.of(2027, 1, 4));
		Phase one = build.phase(project, "One", null);
		Phase two = build.phase(project, "Two", null);
		Deliverable d = build.deliverable(two, "D", null);
		Activity a = build.activity(d, "A", 1, 8);
		Activity b = build.activity(d, "B", 1, 8);
		assertEquals("1", one.getCode());
		assertEquals("2.1.2", b.getCode());
		d.getChildren().move(0, b);
		assertEquals("2.1.1", b.getCode());
		assertEquals("2.1.2", a.getCode());
		project.getChildren().remove(one);
		assertEquals("1.1.1", b.getCode());
	}

	@Test
	public void customCodeWins() {
		ModelBuilder build = new ModelBuilder();
		Project project = build.project("P", LocalDate.of(2027, 1, 4));
		Phase phase = build.phase(project, "One", null);
		phase.setCustomCode("CRM-1");
		assertEquals("CRM-1", phase.getCode());
	}

	@Test
	public void hoursPerDayAddsTheWorkingPeriods() {
		ModelBuilder build = new ModelBuilder();
		Project project = build.project("P", LocalDate.of(2027, 1, 4));
		assertEquals(8.0, project.getDefaultCalendar().getHoursPerDay(), 0);
		project.getDefaultCalendar().getPeriods().get(1).setEndMinute(18 * 60 + 30);
		assertEquals(9.5, project.getDefaultCalendar().getHoursPerDay(), 0);
	}
}
