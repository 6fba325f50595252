package org.wbsmodeler.model.util;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDateTime;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.Test;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.WbsPackage;

/** The text of dates in .wbs files: ISO without a zone; format 1.0's EDates keep the wall-clock time as written. */
public class DateTimeTextTest {

	private static LocalDateTime at(int month, int day, int hour, int minute) {
		return LocalDateTime.of(2027, month, day, hour, minute);
	}

	@Test
	public void writesIsoWithoutZoneAndSecondsOnlyWhenNotZero() {
		assertEquals("2027-02-01T08:00", DateTimeText.format(at(2, 1, 8, 0)));
		assertEquals("2027-02-01T08:00:30", DateTimeText.format(at(2, 1, 8, 0).plusSeconds(30)));
		assertNull(DateTimeText.format(null));
	}

	@Test
	public void readsWhatItWrites() {
		for (LocalDateTime time : new LocalDateTime[] { at(2, 1, 8, 0), at(3, 28, 2, 30), at(10, 31, 2, 30).plusSeconds(7) }) {
			assertEquals(time, DateTimeText.parse(DateTimeText.format(time)));
		}
	}

	@Test
	public void readsFormat10KeepingTheWallClockTimeAndIgnoringTheOffset() {
		assertEquals(at(2, 1, 8, 0), DateTimeText.parse("2027-02-01T08:00:00.000+0000"));
		assertEquals(at(3, 28, 2, 30), DateTimeText.parse("2027-03-28T02:30:00.000-0330"));
		assertEquals(at(3, 28, 2, 30), DateTimeText.parse("2027-03-28T02:30:00.000+1400"));
		assertEquals(at(10, 31, 2, 30), DateTimeText.parse("2027-10-31T02:30:00.000+01:00"));
		assertEquals(at(10, 31, 2, 30), DateTimeText.parse("2027-10-31T02:30Z"));
		assertEquals(at(10, 31, 2, 30), DateTimeText.parse("2027-10-31T02:30:00.000"));
	}

	/** The digit-by-digit writer gives toString's text for every value, years of fewer and more than four digits too. */
	@Test
	public void writesAsJavaTimeDoes() {
		java.util.Random random = new java.util.Random(11);
		for (int i = 0; i < 5000; i++) {
			int year = switch (i % 5) {
			case 0 -> random.nextInt(10);
			case 1 -> 10 + random.nextInt(990);
			case 2 -> 9990 + random.nextInt(30);
			case 3 -> -random.nextInt(2000);
			default -> 1990 + random.nextInt(80);
			};
			LocalDateTime time = LocalDateTime.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60),
					i % 7 == 0 ? random.nextInt(60) : 0, i % 11 == 0 ? random.nextInt(1_000_000_000) : 0);
			assertEquals(time.toString(), DateTimeText.format(time));
		}
	}

	/** The digit-by-digit reader of the form we write agrees with java.time on every value it accepts. */
	@Test
	public void readsTheCanonicalFormAsJavaTimeDoes() {
		java.util.Random random = new java.util.Random(7);
		for (int i = 0; i < 5000; i++) {
			LocalDateTime time = LocalDateTime.of(1990 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60));
			String text = time.toString();
			assertEquals(text, LocalDateTime.parse(text), DateTimeText.parse(text));
		}
		for (String text : new String[] { "2027-1a-01T08:00", "2027-02-01T8:000", "2027-13-01T08:00" }) {
			try {
				DateTimeText.parse(text);
				fail(text + " is no date");
			} catch (IllegalArgumentException e) {
				assertTrue(e.getMessage(), e.getMessage().contains("'" + text + "'"));
			}
		}
	}

	@Test
	public void aDateAloneIsItsMidnight() {
		assertEquals(at(5, 31, 0, 0), DateTimeText.parse("2027-05-31"));
	}

	@Test
	public void somethingElseIsRefusedWithTheValue() {
		for (String text : new String[] { "next Monday", "2027-02-30T08:00", "2027-02-01T25:00+0000" }) {
			try {
				DateTimeText.parse(text);
				fail(text + " is no date");
			} catch (IllegalArgumentException e) {
				assertTrue(e.getMessage(), e.getMessage().contains("'" + text + "'"));
			}
		}
	}

	@Test
	public void theFactoryUsesIt() {
		assertEquals(at(3, 28, 2, 30), WbsFactory.eINSTANCE.createFromString(WbsPackage.Literals.LOCAL_DATE_TIME, "2027-03-28T02:30:00.000-0330"));
		assertEquals("2027-03-28T02:30", WbsFactory.eINSTANCE.convertToString(WbsPackage.Literals.LOCAL_DATE_TIME, at(3, 28, 2, 30)));
	}

	/** A date attribute typed EDate (an instant) would bring the machine's zone back. */
	@Test
	public void noAttributeOfTheMetamodelIsAnInstant() {
		int dates = 0;
		for (EClassifier classifier : WbsPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				for (EAttribute attribute : eClass.getEAttributes()) {
					String where = eClass.getName() + "." + attribute.getName();
					assertTrue(where, attribute.getEAttributeType() != EcorePackage.Literals.EDATE);
					assertTrue(where, !java.util.Date.class.isAssignableFrom(attribute.getEAttributeType().getInstanceClass()));
					if (attribute.getEAttributeType() == WbsPackage.Literals.LOCAL_DATE_TIME) {
						dates++;
					}
				}
			}
		}
		assertEquals("project start/statusDate, 9 element dates (manual start and finish too), exception from/to, savedOn, entry start/finish", 16, dates);
	}
}
