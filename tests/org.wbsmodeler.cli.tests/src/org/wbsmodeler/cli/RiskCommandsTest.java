package org.wbsmodeler.cli;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

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
		assertThat(Files.readString(dir.resolve("site/index.html")), containsString("risk.html"));
	}
}
