package org.wbsmodeler.ui.pages.resources;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.Weekday;
import org.wbsmodeler.ui.tests.Gestures;
import org.wbsmodeler.ui.tests.ModelFixture;
import org.wbsmodeler.ui.tests.PageShell;
import org.wbsmodeler.ui.tests.Screenshots;

/** The Resources & calendars page on the shipped example. */
public class ResourcesPageTest {

	private ModelFixture model;
	private ResourcesPage page;
	private PageShell window;

	@Before
	public void open() throws Exception {
		model = new ModelFixture();
		page = new ResourcesPage(model.context);
		window = new PageShell(page);
	}

	@After
	public void close() {
		window.close();
	}

	private Table table(int index) {
		return page.viewers().get(index).getTable();
	}

	@Test
	public void showsResourcesAndTheDefaultCalendarWithItsTimesAndHolidays() {
		assertEquals(8, table(0).getItemCount());
		TableItem consultant = table(0).getItem(3);
		assertEquals("CRM consultant", consultant.getText(0));
		assertEquals("130.00", consultant.getText(3));
		assertEquals("200%", consultant.getText(4));
		Calendar office = model.project.getDefaultCalendar();
		assertEquals(office.getName(), table(1).getItem(0).getText(0));
		assertEquals("Mon\u2013Fri", table(1).getItem(0).getText(1));
		assertEquals("yes", table(1).getItem(0).getText(3));
		assertEquals(2, table(2).getItemCount());
		assertEquals("08:00", table(2).getItem(0).getText(0));
		assertEquals("12:00", table(2).getItem(0).getText(1));
		assertEquals(office.getExceptions().size(), table(3).getItemCount());
		assertEquals("2027-01-01", table(3).getItem(0).getText(1));
		Screenshots.save(window.shell, "resources-and-calendars");
	}

	@Test
	public void ratesMaxUnitsWorkingDaysAndTimesAreTypedInPlace() {
		Resource analyst = (Resource) table(0).getItem(2).getData();
		Gestures.edit(page.viewers().get(0), table(0).getItem(2), 3);
		Gestures.replaceText(window.display(), "92.5");
		window.settle();
		assertEquals(92.5, analyst.getStandardRate(), 0);
		assertEquals("Set standard rate of resource 'Business analyst'", model.undoLabel());

		Gestures.edit(page.viewers().get(0), table(0).getItem(2), 4);
		Gestures.replaceText(window.display(), "50%");
		window.settle();
		assertEquals(0.5, analyst.getMaxUnits(), 0);

		Calendar office = model.project.getDefaultCalendar();
		Gestures.edit(page.viewers().get(1), table(1).getItem(0), 1);
		Gestures.replaceText(window.display(), "mon-thu, sat");
		window.settle();
		assertEquals(List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.SATURDAY), office.getWorkingDays());
		assertEquals("Mon\u2013Thu, Sat", table(1).getItem(0).getText(1));

		Gestures.edit(page.viewers().get(2), table(2).getItem(0), 0);
		Gestures.replaceText(window.display(), "07:30");
		window.settle();
		assertEquals(450, office.getPeriods().get(0).getStartMinute());
		assertEquals("hours per day follow the periods", "8.5", table(1).getItem(0).getText(2));

		Gestures.edit(page.viewers().get(2), table(2).getItem(0), 1);
		Gestures.replaceText(window.display(), "25:00");
		window.settle();
		assertEquals("a time past midnight is refused", 720, office.getPeriods().get(0).getEndMinute());
		assertTrue(model.lastStatus(), model.lastStatus().contains("'25:00' is not a time of day"));

		for (int i = 0; i < 4; i++) {
			model.domain.getCommandStack().undo();
		}
		window.settle();
		assertEquals(80.0, analyst.getStandardRate(), 0);
		assertEquals(1.0, analyst.getMaxUnits(), 0);
		assertEquals(5, office.getWorkingDays().size());
		assertEquals(480, office.getPeriods().get(0).getStartMinute());
		assertEquals("undo shows at once", "92.5".equals(table(0).getItem(2).getText(3)) ? "stale" : "80.00", table(0).getItem(2).getText(3));
	}
}
