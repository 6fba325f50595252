package org.wbsmodeler.exchange;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.exchange.bench.RandomProjects;
import org.wbsmodeler.exchange.mspdi.MspdiExporter;
import org.wbsmodeler.exchange.mspdi.MspdiImporter;
import org.wbsmodeler.model.ConstraintType;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.testing.TimeZones;

/**
 * Exports and imports know no time zone: every format writes the same file in every zone, and what comes back has
 * the dates that went out — also those in the hours that St John's and Berlin skip or repeat.
 */
public class ZoneIndependenceTest {

	private static final Path EXAMPLE = Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs");

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	/** A generated plan whose first activities have dates inside the hours clocks skip (March) and repeat (Oct, Nov). */
	private static Project plan() {
		Project project = RandomProjects.generate(60, 7);
		LocalDateTime[] hours = { LocalDateTime.of(2027, 3, 14, 2, 30), LocalDateTime.of(2027, 3, 28, 2, 30), LocalDateTime.of(2027, 10, 31, 2, 30),
				LocalDateTime.of(2027, 11, 7, 1, 30) };
		List<WbsElement> leaves = new ArrayList<>();
		project.eAllContents().forEachRemaining(o -> {
			if (o instanceof WbsElement e && !e.isSummary()) {
				leaves.add(e);
			}
		});
		for (int i = 0; i < hours.length; i++) {
			WbsElement leaf = leaves.get(i);
			leaf.setEarlyStart(hours[i]);
			leaf.setEarlyFinish(hours[i].plusHours(4));
			leaf.setLateStart(hours[i].plusDays(1));
			leaf.setLateFinish(hours[i].plusDays(1).plusHours(4));
			leaf.setConstraintType(ConstraintType.SNET);
			leaf.setConstraintDate(hours[i]);
		}
		return project;
	}

	/** Every date of a model, in containment order. */
	private static String dates(Project project) {
		StringBuilder dates = new StringBuilder();
		for (var it = project.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				if (attribute.getEAttributeType() == WbsPackage.Literals.LOCAL_DATE_TIME && object.eGet(attribute) != null) {
					dates.append(attribute.getName()).append('=').append(object.eGet(attribute)).append('\n');
				}
			}
		}
		return dates.toString();
	}

	private String export(Project project, ModelExporter exporter) throws Exception {
		Path file = folder.getRoot().toPath().resolve("plan." + exporter.id());
		ExchangeFormats.exportFile(project, exporter, file, ExchangeWarnings.NONE);
		return Files.readString(file);
	}

	@Test
	public void everyFormatWritesTheSameFileInEveryZone() throws Exception {
		Project plan = plan();
		Project example = ModelFiles.load(EXAMPLE);
		for (ModelExporter exporter : ExchangeFormats.exporters()) {
			String written = TimeZones.sameInEveryZone(() -> export(plan, exporter) + export(example, exporter));
			assertTrue(exporter.id(), written.length() > 1000);
		}
	}

	@Test
	public void mspdiRoundTripIsIdenticalInEveryZone() throws Exception {
		Project plan = plan();
		Project example = ModelFiles.load(EXAMPLE);
		String dates = TimeZones.sameInEveryZone(() -> {
			StringBuilder all = new StringBuilder();
			for (Project project : List.of(plan, example)) {
				Path file = folder.getRoot().toPath().resolve("round.xml");
				ExchangeFormats.exportFile(project, new MspdiExporter(), file, ExchangeWarnings.NONE);
				Project back = new MspdiImporter().read(file, ExchangeWarnings.NONE);
				// the export carries the schedule: the file holds the dates of the scheduled copy
				assertNull(ModelComparison.difference(ScheduledCopy.of(project).project(), back));
				all.append(dates(back));
			}
			return all.toString();
		});
		assertTrue(dates, dates.contains("constraintDate=2027-03-28T02:30\n"));
		assertTrue(dates, dates.contains("constraintDate=2027-10-31T02:30\n"));
		assertTrue(dates, dates.contains("constraintDate=2027-11-07T01:30\n"));
	}

	/** MSPDI files exported before format 1.1 carry a scope appendix of format 1.0, with offsets: it still imports. */
	@Test
	public void anAppendixOfFormat10StillImports() throws Exception {
		Project plan = plan();
		Path file = folder.getRoot().toPath().resolve("old.xml");
		ExchangeFormats.exportFile(plan, new MspdiExporter(), file, ExchangeWarnings.NONE);
		String xml = Files.readString(file);
		String old = xml.replace("wbsmodeler.org/wbs/1.1", "wbsmodeler.org/wbs/1.0")
				.replaceAll("savedOn=\"(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d)\"", "savedOn=\"$1:00.000-0330\"");
		assertTrue("the export has an appendix with baseline dates", old.contains(":00.000-0330\"") && old.contains("wbs/1.0"));
		Files.writeString(file, old);
		String savedOn = TimeZones.sameInEveryZone(() -> {
			List<String> warnings = new ArrayList<>();
			Project back = new MspdiImporter().read(file, ExchangeWarnings.into(warnings));
			assertEquals(List.of(), warnings);
			return back.getBaselines().stream().map(b -> b.getName() + " " + b.getSavedOn()).toList().toString();
		});
		assertEquals(plan.getBaselines().stream().map(b -> b.getName() + " " + b.getSavedOn()).toList().toString(), savedOn);
	}

	@Test
	public void mpxjFormatsReadBackTheSameDatesInEveryZone() throws Exception {
		Project plan = plan();
		for (String format : List.of("mpx", "pmxml", "planner")) {
			ModelExporter exporter = ExchangeFormats.exporter(format).orElseThrow();
			String dates = TimeZones.sameInEveryZone(() -> {
				Path file = folder.getRoot().toPath().resolve("plan." + format);
				ExchangeFormats.exportFile(plan, exporter, file, ExchangeWarnings.NONE);
				return dates(ExchangeFormats.importFile(file, ExchangeWarnings.NONE));
			});
			// MPX as MPXJ writes it keeps the day of a date, Planner no time of a constraint; Primavera keeps both
			assertTrue(format + ": " + dates, dates.contains(format.equals("pmxml") ? "=2027-03-28T02:30\n" : "=2027-03-28T"));
		}
	}
}
