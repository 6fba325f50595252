package org.wbsmodeler.cli;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.BaselineEntry;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.format.Durations;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.schedule.model.ProjectSchedule;

/** {@code wbs risk}, {@code wbs appraise} and {@code wbs bench risk} on the shipped example and on bad input. */
public class RiskCommandsTest {

	private static final Path REPO = Path.of(System.getProperty("wbs.repo", "../..")).toAbsolutePath().normalize();

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	@Test
	public void riskOfTheExamplePrintsPercentilesAndDrivers() {
		CliRun run = CliRun.wbs(REPO, "risk", "examples/pschse-crm.wbs", "--iterations", "2000", "--seed", "3");
		assertEquals(run.toString(), ExitCodes.OK, run.exitCode);
		assertThat(run.out, containsString("2000 iterations, seed 3"));
		assertThat(run.out, containsString("P80"));
		assertThat(run.out, containsString("Charter approved")); // a milestone's row
		assertThat(run.out, containsString("top drivers"));
		assertThat(run.out, containsString("chance of finishing by the deterministic date"));
		// same seed, same table
		assertEquals(run.out, CliRun.wbs(REPO, "risk", "examples/pschse-crm.wbs", "--iterations", "2000", "--seed", "3", "--threads", "1").out);
	}

	@Test
	public void riskAsJsonParses() throws Exception {
		CliRun run = CliRun.wbs(REPO, "risk", "examples/pschse-crm.wbs", "--iterations", "500", "--json");
		assertEquals(run.toString(), ExitCodes.OK, run.exitCode);
		int fields = 0;
		try (JsonParser parser = new JsonFactory().createParser(run.out)) {
			while (parser.nextToken() != null) {
				fields += "P80".equals(parser.currentName()) ? 1 : 0;
			}
		}
		assertTrue(run.out, fields > 2);
		assertThat(run.out, containsString("\"sCurve\""));
		assertThat(run.out, containsString("\"criticality\""));
	}

	@Test
	public void aBadRangeIsOneLineNamingTheTaskAndExitOne() throws Exception {
		Path plan = folder.getRoot().toPath().resolve("plan.wbs");
		String xml = Files.readString(REPO.resolve("examples/pschse-crm.wbs"));
		int at = xml.indexOf("optimisticDuration=\"");
		assertTrue("the example has ranges", at > 0);
		int end = xml.indexOf('"', at + 20);
		Files.writeString(plan, xml.substring(0, at) + "optimisticDuration=\"99\"" + xml.substring(end + 1));
		CliRun run = CliRun.wbs(folder.getRoot().toPath(), "risk", "plan.wbs");
		assertEquals(run.toString(), ExitCodes.PROBLEMS, run.exitCode);
		assertEquals(run.toString(), 1, run.err.strip().lines().count());
		assertThat(run.err, containsString("plan.wbs: activity"));
		assertThat(run.err, containsString("less than optimistic 99"));
		assertEquals("", run.out);
	}

	@Test
	public void appraiseWithoutBaselineSaysSo() {
		CliRun run = CliRun.wbs(REPO, "appraise", "examples/pschse-crm.wbs");
		assertEquals(run.toString(), ExitCodes.OK, run.exitCode);
		assertThat(run.out, containsString("no baseline"));
	}

	@Test
	public void benchRiskPrintsItsLine() {
		CliRun run = CliRun.wbs(REPO, "bench", "risk", "--activities", "300", "--iterations", "200", "--runs", "1");
		assertEquals(run.toString(), ExitCodes.OK, run.exitCode);
		assertTrue(run.out, run.out.matches("(?s)risk activities=300 iterations=200 ms=\\d+ per_iteration_us=\\d+ threads=\\d+.*"));
	}

	@Test
	public void renderRiskDrawsHistogramSCurveAndMarkers() throws Exception {
		Path dir = folder.getRoot().toPath();
		CliRun run = CliRun.wbs(dir, "render", REPO.resolve("examples/pschse-crm.wbs").toString(), "--diagram", "risk", "-o", "risk.svg", "--iterations", "1000");
		assertEquals(run.toString(), ExitCodes.OK, run.exitCode);
		String svg = Files.readString(dir.resolve("risk.svg"));
		assertThat(svg, containsString("histogram"));
		assertThat(svg, containsString("s-curve"));
		assertThat(svg, containsString("P50 2027-"));
		assertThat(svg, containsString("P80 2027-"));
		assertThat(svg, containsString("plan 2027-05-17"));
		run = CliRun.wbs(dir, "render", REPO.resolve("examples/pschse-crm.wbs").toString(), "--diagram", "tornado", "-o", "tornado.png", "--iterations", "1000");
		assertEquals(run.toString(), ExitCodes.OK, run.exitCode);
		java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(dir.resolve("tornado.png").toFile());
		assertTrue(png.getWidth() > 1000 && png.getHeight() > 300);
	}

	@Test
	public void reportHasAScheduleRiskPage() throws Exception {
		Path dir = folder.getRoot().toPath();
		CliRun run = CliRun.wbs(dir, "report", REPO.resolve("examples/pschse-crm.wbs").toString(), "-o", "site");
		assertEquals(run.toString(), ExitCodes.OK, run.exitCode);
		String page = Files.readString(dir.resolve("site/risk.html"));
		assertThat(page, containsString("Schedule risk"));
		assertThat(page, containsString("<td>Finish</td>"));
		assertThat(page, containsString("Appraisal of estimates"));
		// its Gantt chart's Criticality column is that page's run, ./wbs risk's defaults
		String svg = Files.readString(dir.resolve("site/gantt.svg"));
		assertThat(svg, containsString(">Criticality<"));
		assertEquals(criticalityTexts(CliRun.wbs(REPO, "risk", "examples/pschse-crm.wbs", "--json").out), percentCells(svg));
		assertThat(Files.readString(dir.resolve("site/index.html")), containsString("risk.html"));
	}

	/** Criticality texts of a run, as the Plan writes them ("37.5%"), one per activity, sorted. */
	private static List<String> criticalityTexts(String riskJson) throws Exception {
		List<String> texts = new ArrayList<>();
		try (JsonParser parser = new JsonFactory().createParser(riskJson)) {
			boolean inCriticality = false;
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token == JsonToken.FIELD_NAME && "criticality".equals(parser.currentName()) && parser.getParsingContext().getParent().inRoot()) {
					inCriticality = true;
				} else if (inCriticality && token == JsonToken.FIELD_NAME && "index".equals(parser.currentName())) {
					parser.nextToken();
					texts.add(Durations.number(Math.round(parser.getDoubleValue() * 1000) / 10.0) + "%");
				}
			}
		}
		texts.sort(null);
		return texts;
	}

	/** The percentages an SVG chart's table shows, sorted. */
	private static List<String> percentCells(String svg) {
		List<String> texts = new ArrayList<>();
		Matcher m = Pattern.compile(">(\\d+(?:\\.\\d)?%)</text>").matcher(svg);
		while (m.find()) {
			texts.add(m.group(1));
		}
		texts.sort(null);
		return texts;
	}

	@Test
	public void renderFillsTheCriticalityColumnWithTheRunOfTheSameOptions() throws Exception {
		Path dir = folder.getRoot().toPath();
		String example = REPO.resolve("examples/pschse-crm.wbs").toString();
		CliRun run = CliRun.wbs(dir, "render", example, "--diagram", "gantt", "--columns", "code,name,criticality", "--iterations", "1500", "--seed", "4", "-o",
				"gantt.svg");
		assertEquals(run.toString(), ExitCodes.OK, run.exitCode);
		String svg = Files.readString(dir.resolve("gantt.svg"));
		assertThat(svg, containsString(">Criticality<"));
		CliRun risk = CliRun.wbs(REPO, "risk", "examples/pschse-crm.wbs", "--iterations", "1500", "--seed", "4", "--json");
		List<String> expected = criticalityTexts(risk.out);
		assertTrue("the example's activities have indices", expected.size() > 20);
		assertEquals("a cell per activity, the run's index", expected, percentCells(svg));

		CliRun unknown = CliRun.wbs(dir, "render", example, "--diagram", "gantt", "--columns", "code,riskiness", "-o", "x.svg");
		assertEquals(unknown.toString(), ExitCodes.BAD_INPUT, unknown.exitCode);
		assertThat(unknown.err, containsString("no column 'riskiness'"));
	}

	@Test
	public void csvExportCarriesTheCriticalityOfTheRunOfTheSameOptionsWhenAsked() throws Exception {
		Path dir = folder.getRoot().toPath();
		String example = REPO.resolve("examples/pschse-crm.wbs").toString();
		CliRun run = CliRun.wbs(dir, "export", example, "--format", "csv", "--criticality", "--iterations", "1500", "--seed", "4", "-o", "plan.csv");
		assertEquals(run.toString(), ExitCodes.OK, run.exitCode);
		List<String> rows = List.of(Files.readString(dir.resolve("plan.csv")).split("\r\n"));
		assertTrue(rows.get(0), rows.get(0).endsWith(",Description,Criticality"));
		List<String> cells = new ArrayList<>();
		for (String row : rows.subList(1, rows.size())) {
			String last = row.substring(row.lastIndexOf(',') + 1); // a percentage or nothing: never quoted
			if (!last.isEmpty()) {
				cells.add(last);
			}
		}
		cells.sort(null);
		CliRun risk = CliRun.wbs(REPO, "risk", "examples/pschse-crm.wbs", "--iterations", "1500", "--seed", "4", "--json");
		assertEquals("a cell per activity, the run's index", criticalityTexts(risk.out), cells);

		CliRun plain = CliRun.wbs(dir, "export", example, "--format", "csv", "-o", "plain.csv");
		assertEquals(plain.toString(), ExitCodes.OK, plain.exitCode);
		assertTrue("not asked for: the interchange columns only", Files.readString(dir.resolve("plain.csv")).lines().findFirst().orElseThrow().endsWith(",Description"));
		CliRun mspdi = CliRun.wbs(dir, "export", example, "--format", "mspdi", "--criticality", "-o", "plan.xml");
		assertEquals(mspdi.toString(), ExitCodes.BAD_INPUT, mspdi.exitCode);
		assertThat(mspdi.err, containsString("only the CSV export has a Criticality column"));
		assertFalse("nothing written", Files.exists(dir.resolve("plan.xml")));
	}

	@Test
	public void calibrateFeedsTheRecordIntoTheRunAndSaysWhich() throws Exception {
		Project project = ModelFiles.load(REPO.resolve("examples/pschse-crm.wbs"));
		ProjectSchedule schedule = ProjectSchedule.compute(project);
		Baseline baseline = WbsFactory.eINSTANCE.createBaseline();
		baseline.setName("kick-off");
		project.getBaselines().add(baseline);
		int done = 0;
		for (WbsElement leaf : schedule.activities()) {
			if (!(leaf instanceof Activity) || leaf.getDuration() < 2) {
				continue;
			}
			BaselineEntry entry = WbsFactory.eINSTANCE.createBaselineEntry();
			entry.setElement(leaf);
			// estimated half of what it took: actual ÷ estimated = 2 on every finished task
			entry.setDuration(done < 4 ? leaf.getDuration() / 2 : leaf.getDuration());
			baseline.getEntries().add(entry);
			if (done < 4) {
				leaf.setActualStart(schedule.earlyStart(leaf));
				leaf.setActualFinish(schedule.earlyFinish(leaf));
				leaf.setPercentComplete(100);
				done++;
			}
		}
		Path plan = folder.getRoot().toPath().resolve("record.wbs");
		ModelFiles.save(project, plan);

		CliRun text = CliRun.wbs(folder.getRoot().toPath(), "risk", "record.wbs", "--iterations", "1000", "--calibrate");
		assertEquals(text.toString(), ExitCodes.OK, text.exitCode);
		assertThat(text.out, containsString("calibrated with the team's record against baseline 'kick-off'"));
		// every sample took twice its estimate: whatever group a task takes its record from, the bias is +100 %
		assertThat(text.out, containsString("+100%    2.00    2.00    2.00  on "));
		CliRun json = CliRun.wbs(folder.getRoot().toPath(), "risk", "record.wbs", "--iterations", "1000", "--calibrate", "--json");
		assertThat(json.out, containsString("\"calibration\""));
		assertThat(json.out, containsString("\"mean\" : 2.0"));
		CliRun plain = CliRun.wbs(folder.getRoot().toPath(), "risk", "record.wbs", "--iterations", "1000", "--json");
		assertFalse("without --calibrate no record applies", plain.out.contains("\"calibration\""));
		assertTrue("the record doubles the tasks to come: a later P50", p50(json.out).compareTo(p50(plain.out)) > 0);
	}

	private static String p50(String riskJson) throws Exception {
		try (JsonParser parser = new JsonFactory().createParser(riskJson)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token == JsonToken.FIELD_NAME && "P50".equals(parser.currentName())) {
					return parser.nextTextValue(); // the finish's, the first in the document
				}
			}
		}
		throw new AssertionError("no P50");
	}
}
