package org.wbsmodeler.cli;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.SummaryElement;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.testing.TimeZones;

/** ./wbs schedule, baseline, why and render on the shipped example and on a model with a cycle. */
public class ScheduleCommandsTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private static final Path REPO = Path.of(System.getProperty("wbs.repo", "../.."));

	private Path dir() {
		return folder.getRoot().toPath();
	}

	private static org.wbsmodeler.model.WbsElement withCode(Project plan, String code) {
		org.wbsmodeler.model.outline.OutlineIndex outline = org.wbsmodeler.model.outline.OutlineIndex.build(plan);
		return outline.elements().stream().filter(e -> code.equals(outline.code(e))).findFirst().orElseThrow();
	}

	private Path copyOfExample() throws Exception {
		return Files.copy(REPO.resolve("examples/pschse-crm.wbs"), dir().resolve("plan.wbs"), StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	public void scheduleTheExample() {
		CliRun run = CliRun.wbs(REPO, "schedule", "examples/pschse-crm.wbs");
		assertEquals(run.toString(), 0, run.exitCode);
		assertThat(run.out, containsString("start:    2027-02-01 08:00"));
		assertThat(run.out, containsString("critical path: 1.1.1 Draft charter → "));
		assertTrue(run.out, run.out.matches("(?s).*\\n2\\.1\\.4 +Run marketing workshops +2 +2027-02-15 08:00 +2027-02-16 17:00 .*"));
		// roll-ups: the requirements phase spans its deliverables and adds up their effort
		assertTrue(run.out, run.out.matches("(?s).*\\n2 +Requirements and analysis +2027-02-05 08:00 +2027-02-26 17:00 +16 +.*"));
	}

	/** MS Project's own rules on the example: a manual task stays put and is named, a started one goes on from its actual start. */
	@Test
	public void manualAndStartedTasksAreScheduledAndNamed() throws Exception {
		Path file = copyOfExample();
		Project plan = ModelFiles.load(file);
		org.wbsmodeler.model.WbsElement approve = withCode(plan, "1.1.2");
		approve.setTaskMode(org.wbsmodeler.model.TaskMode.MANUAL);
		approve.setManualStart(java.time.LocalDateTime.of(2027, 2, 3, 8, 0)); // its predecessor 1.1.1 ends on Wednesday evening
		org.wbsmodeler.model.WbsElement identify = withCode(plan, "1.2.1");
		identify.setActualStart(java.time.LocalDateTime.of(2027, 2, 2, 8, 0));
		identify.setPercentComplete(50);
		ModelFiles.save(plan, file);
		CliRun run = CliRun.wbs(dir(), "schedule", "plan.wbs");
		assertEquals(run.toString(), 0, run.exitCode);
		assertThat(run.out, containsString("warning: manually scheduled 1.1.2 Approve charter with sponsor stays at 2027-02-03T08:00, but its predecessors would move it to "));
		assertTrue(run.out, run.out.matches("(?s).*\\n1\\.1\\.2 +Approve charter with sponsor +1 +2027-02-03 08:00 +2027-02-03 17:00 .*"));
		assertTrue(run.out, run.out.matches("(?s).*\\n1\\.2\\.1 +Identify stakeholders +2 +2027-02-02 08:00 +2027-02-03 17:00 .*"));
	}

	@Test
	public void scheduleAsJson() {
		CliRun run = CliRun.wbs(REPO, "schedule", "examples/pschse-crm.wbs", "--json");
		assertEquals(run.toString(), 0, run.exitCode);
		assertTrue(run.out.trim().startsWith("{") && run.out.trim().endsWith("}"));
		assertThat(run.out, containsString("\"criticalPath\": [\"1.1.1\""));
		assertThat(run.out, containsString("{\"code\": \"2.1\", \"name\": \"Business requirements specification\", \"start\": \"2027-02-05T08:00\", \"finish\": \"2027-02-26T17:00\""));
		assertThat(run.out, containsString("{\"code\": \"2.1.4\", \"name\": \"Run marketing workshops\", \"durationDays\": 2, \"earlyStart\": \"2027-02-15T08:00\""));
	}

	/** A plan has no zone: the same file gives the same schedule on every machine (it gave 03:00 in New York once). */
	@Test
	public void scheduleIsTheSameInEveryZone() throws Exception {
		String json = TimeZones.sameInEveryZone(() -> {
			CliRun run = CliRun.wbs(REPO, "schedule", "examples/pschse-crm.wbs", "--json");
			assertEquals(run.toString(), 0, run.exitCode);
			return run.out;
		});
		assertThat(json, containsString("\"start\": \"2027-02-01T08:00\""));
		assertThat(json, containsString("\"finish\": \"2027-05-17T17:00\""));
	}

	/** The output is JSON a parser reads: every activity and summary an object with its fields, names escaped. */
	@Test
	public void scheduleJsonParses() throws Exception {
		CliRun run = CliRun.wbs(REPO, "schedule", "examples/pschse-crm.wbs", "--json");
		assertEquals(run.toString(), 0, run.exitCode);
		java.util.Map<String, Integer> objectsPerArray = new java.util.HashMap<>();
		int critical = 0;
		try (JsonParser parser = new JsonFactory().createParser(run.out)) {
			String array = null;
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token == JsonToken.START_ARRAY) {
					array = parser.currentName();
				} else if (token == JsonToken.START_OBJECT && array != null) {
					objectsPerArray.merge(array, 1, Integer::sum);
				} else if (token == JsonToken.VALUE_TRUE && "critical".equals(parser.currentName())) {
					critical++;
				}
			}
		}
		assertTrue(objectsPerArray.toString(), objectsPerArray.get("activities") > 20);
		assertTrue(objectsPerArray.toString(), objectsPerArray.get("summaries") > 5);
		assertTrue(critical > 0);
		// one summary or activity per line, as before Jackson wrote it
		assertEquals(objectsPerArray.get("activities") + objectsPerArray.get("summaries"), run.out.lines().filter(l -> l.startsWith("    {\"code\"")).count());
	}

	/**
	 * JSON is UTF-8: a name outside ASCII, with a quote and a backslash, comes back as it was from a parser, and a
	 * date with seconds keeps them (LocalDateTime's own form, like the fast one for whole minutes).
	 */
	@Test
	public void scheduleJsonCarriesNamesAndDatesAsTheyAre() throws Exception {
		Path file = copyOfExample();
		Project plan = ModelFiles.load(file);
		org.wbsmodeler.model.WbsElement draft = withCode(plan, "1.1.1");
		String name = "Übergabe – \"Kundenportal\" \\ 顧客 ✓";
		draft.setName(name);
		plan.setStatusDate(java.time.LocalDateTime.of(2027, 3, 1, 12, 30, 15));
		ModelFiles.save(plan, file);
		CliRun baseline = CliRun.wbs(dir(), "baseline", "plan.wbs", "--name", "Approved plan");
		assertEquals(baseline.toString(), 0, baseline.exitCode);
		CliRun run = CliRun.wbs(dir(), "schedule", "plan.wbs", "--json", "--baseline", "Approved plan");
		assertEquals(run.toString(), 0, run.exitCode);
		String parsedName = null;
		String statusDate = null;
		try (JsonParser parser = new JsonFactory().createParser(run.out)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token == JsonToken.VALUE_STRING && "name".equals(parser.currentName()) && parser.getText().startsWith("Übergabe")) {
					parsedName = parser.getText();
				} else if (token == JsonToken.VALUE_STRING && "statusDate".equals(parser.currentName())) {
					statusDate = parser.getText();
				}
			}
		}
		assertEquals(name, parsedName);
		assertEquals("2027-03-01T12:30:15", statusDate);
		assertThat(run.out, containsString("\"earlyStart\": \"2027-02-01T08:00\""));
	}

	@Test
	public void cycleIsAProblemAndSaveWritesNothing() throws Exception {
		Path file = TestModels.cyclic(dir());
		String before = Files.readString(file);
		CliRun run = CliRun.wbs(dir(), "schedule", "cycle.wbs", "--save");
		assertEquals(run.toString(), 1, run.exitCode);
		assertThat(run.err, containsString("dependency cycle: 1.1."));
		assertEquals(before, Files.readString(file));
	}

	@Test
	public void saveStoresTheDates() throws Exception {
		Path file = copyOfExample();
		assertNull(((SummaryElement) ModelFiles.load(file).getChildren().get(0)).getEarlyStart());
		CliRun run = CliRun.wbs(dir(), "schedule", "plan.wbs", "--save");
		assertEquals(run.toString(), 0, run.exitCode);
		Project saved = ModelFiles.load(file);
		assertNotNull(saved.getChildren().get(0).getEarlyStart());
		assertTrue(saved.getChildren().get(0).isCritical());
	}

	/** The save runs while the listing is printed: the listing is the one without --save, and the file has the dates. */
	@Test
	public void saveWritesWhileTheListingPrintsTheSameListing() throws Exception {
		Path file = copyOfExample();
		for (String format : new String[] { "--json", null }) {
			CliRun plain = format == null ? CliRun.wbs(dir(), "schedule", "plan.wbs") : CliRun.wbs(dir(), "schedule", "plan.wbs", format);
			CliRun saving = format == null ? CliRun.wbs(dir(), "schedule", "plan.wbs", "--save") : CliRun.wbs(dir(), "schedule", "plan.wbs", format, "--save");
			assertEquals(saving.toString(), 0, saving.exitCode);
			assertEquals(plain.out, saving.out);
			assertThat(saving.err, containsString("plan.wbs: scheduled dates saved"));
		}
		assertNotNull(ModelFiles.load(file).getChildren().get(0).getEarlyStart());
	}

	@Test
	public void baselineThenEarnedValue() throws Exception {
		copyOfExample();
		CliRun baseline = CliRun.wbs(dir(), "baseline", "plan.wbs", "--name", "Approved");
		assertEquals(baseline.toString(), 0, baseline.exitCode);
		Project saved = ModelFiles.load(dir().resolve("plan.wbs"));
		assertEquals(1, saved.getBaselines().size());
		assertEquals("Approved", saved.getBaselines().get(0).getName());
		CliRun ev = CliRun.wbs(dir(), "schedule", "plan.wbs", "--baseline", "Approved", "--status-date", "2027-03-15");
		assertEquals(ev.toString(), 0, ev.exitCode);
		assertThat(ev.out, containsString("earned value at 2027-03-15 17:00: PV "));
		CliRun missing = CliRun.wbs(dir(), "schedule", "plan.wbs", "--baseline", "Nope");
		assertEquals(2, missing.exitCode);
		assertThat(missing.err, containsString("Approved"));
	}

	@Test
	public void whyExplainsDriverAndFloat() {
		CliRun run = CliRun.wbs(REPO, "why", "examples/pschse-crm.wbs", "2.1.4");
		assertEquals(run.toString(), 0, run.exitCode);
		assertThat(run.out, containsString("waits for 2.1.2 Run sales workshops (SS +2 d)"));
		assertThat(run.out, containsString("total float 3 d"));
		assertThat(run.out, containsString("its float is used up by 2.1.5 Document requirements"));
		CliRun critical = CliRun.wbs(REPO, "why", "examples/pschse-crm.wbs", "2.1.5");
		assertThat(critical.out, containsString("critical: no float"));
		assertEquals(2, CliRun.wbs(REPO, "why", "examples/pschse-crm.wbs", "2.1").exitCode);
		assertEquals(2, CliRun.wbs(REPO, "why", "examples/pschse-crm.wbs", "9.9.9").exitCode);
	}

	@Test
	public void renderEachDiagram() throws Exception {
		copyOfExample();
		for (String diagram : new String[] { "wbs", "pbs", "network" }) {
			for (String extension : new String[] { "svg", "png" }) {
				String out = diagram + "." + extension;
				CliRun run = CliRun.wbs(dir(), "render", "plan.wbs", "--diagram", diagram, "-o", out);
				assertEquals(run.toString(), 0, run.exitCode);
				assertTrue(out, Files.size(dir().resolve(out)) > 1000);
			}
		}
		assertThat(Files.readString(dir().resolve("network.svg")), containsString(">2.1.5 "));
		CliRun linked = CliRun.wbs(dir(), "render", "plan.wbs", "--diagram", "pbs", "--wbs-links", "-o", "pbs-linked.svg");
		assertEquals(linked.toString(), 0, linked.exitCode);
		assertTrue("WBS links are drawn on demand", edges(dir().resolve("pbs-linked.svg")) > edges(dir().resolve("pbs.svg")));
		CliRun bad = CliRun.wbs(dir(), "render", "plan.wbs", "--diagram", "wbs", "-o", "chart.gif");
		assertEquals(2, bad.exitCode);
		assertFalse(Files.exists(dir().resolve("chart.gif")));
		assertEquals(2, CliRun.wbs(dir(), "render", "plan.wbs", "--diagram", "timeline", "-o", "x.svg").exitCode);
	}

	private static long edges(Path svg) throws Exception {
		return Files.readString(svg).split("class=\"edge", -1).length - 1;
	}
}
