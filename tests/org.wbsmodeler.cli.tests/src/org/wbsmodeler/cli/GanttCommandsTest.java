package org.wbsmodeler.cli;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.view.ViewFilter;
import org.wbsmodeler.schedule.model.ProjectSchedule;

/** ./wbs render --diagram gantt, report and export through the views the example ships, and a view that is not there. */
public class GanttCommandsTest {

	private static final Path REPO = Path.of(System.getProperty("wbs.repo", "../.."));
	private static final Path EXAMPLE = REPO.resolve("examples/pschse-crm.wbs");
	private static final List<String> VIEWS = List.of("Steering committee", "IT team lead", "Critical path");

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private Path dir() {
		return folder.getRoot().toPath();
	}

	private static int count(String text, String needle) {
		return text.split(Pattern.quote(needle), -1).length - 1;
	}

	private static ViewFilter.Result kept(String view) throws Exception {
		Project project = ModelFiles.load(EXAMPLE);
		ProjectSchedule.compute(project).writeToModel();
		return ViewFilter.apply(project, ViewFilter.find(project, view));
	}

	@Test
	public void rendersTheWholePlanAsSvgWithABarPerActivity() throws Exception {
		CliRun run = CliRun.wbs(dir(), "render", EXAMPLE.toString(), "--diagram", "gantt", "-o", "gantt.svg");
		assertEquals(run.toString(), 0, run.exitCode);
		assertEquals("gantt.svg: gantt chart, 88 rows, svg\n", run.out);
		String svg = Files.readString(dir().resolve("gantt.svg"));
		long activities = OutlineIndex.build(ModelFiles.load(EXAMPLE)).leaves().stream().filter(e -> e instanceof Activity).count();
		assertEquals(activities, count(svg, "class=\"gantt-bar"));
		assertThat(svg, containsString("class=\"gantt-bar critical\""));
		assertTrue("every link of the example is drawn", count(svg, "class=\"gantt-link ") > 50);
	}

	@Test
	public void rendersEachShippedViewAsPng() throws Exception {
		for (String view : VIEWS) {
			String file = view.replace(' ', '-') + ".png";
			CliRun run = CliRun.wbs(dir(), "render", EXAMPLE.toString(), "--diagram", "gantt", "--view", view, "-o", file);
			assertEquals(run.toString(), 0, run.exitCode);
			int rows = kept(view).kept().size();
			assertEquals(file + ": gantt chart (view '" + view + "'), " + rows + " rows, png\n", run.out);
			BufferedImage image = ImageIO.read(dir().resolve(file).toFile());
			assertNotNull(image);
			assertTrue("one row is 22 px at scale 2", image.getHeight() > rows * 44);
		}
		CliRun svg = CliRun.wbs(dir(), "render", EXAMPLE.toString(), "--diagram", "gantt", "--view", "critical path", "--timescale", "day", "-o", "c.svg");
		assertEquals(svg.toString(), 0, svg.exitCode);
		String text = Files.readString(dir().resolve("c.svg"));
		assertEquals("a row per kept element", kept("Critical path").kept().size(), count(text, "class=\"gantt-row"));
		assertThat(text, containsString("Critical path"));
		assertTrue("days under weeks", text.contains(">Mo 1<") || text.contains(">1<"));
	}

	@Test
	public void anUnknownViewIsOneLineNamingTheViewAndTheFile() throws Exception {
		for (String command : new String[] { "render", "report", "export" }) {
			List<String> args = switch (command) {
			case "render" -> List.of("render", EXAMPLE.toString(), "--diagram", "gantt", "--view", "Board", "-o", "x.svg");
			case "report" -> List.of("report", EXAMPLE.toString(), "--view", "Board", "-o", "out");
			default -> List.of("export", EXAMPLE.toString(), "--format", "csv", "--view", "Board", "-o", "x.csv");
			};
			CliRun run = CliRun.wbs(dir(), args.toArray(String[]::new));
			assertEquals(run.toString(), 2, run.exitCode);
			assertEquals(run.err, 1, run.err.strip().lines().count());
			assertThat(run.err, containsString(EXAMPLE + ": no view 'Board'"));
			assertThat(run.err, containsString("'Steering committee'"));
		}
		assertFalse(Files.exists(dir().resolve("x.svg")));
		assertFalse(Files.exists(dir().resolve("x.csv")));
		assertFalse(Files.exists(dir().resolve("out")));
		CliRun wrongDiagram = CliRun.wbs(dir(), "render", EXAMPLE.toString(), "--diagram", "wbs", "--view", "Critical path", "-o", "w.svg");
		assertEquals(2, wrongDiagram.exitCode);
	}

	@Test
	public void theReportDrawsItsGanttChartThroughTheView() throws Exception {
		CliRun run = CliRun.wbs(dir(), "report", EXAMPLE.toString(), "--view", "Steering committee", "-o", "report");
		assertEquals(run.toString(), 0, run.exitCode);
		assertThat(run.out, containsString("Gantt chart of view 'Steering committee'"));
		String page = Files.readString(dir().resolve("report/gantt.html"));
		assertThat(page, containsString("View: Steering committee"));
		String svg = Files.readString(dir().resolve("report/gantt.svg"));
		assertEquals(kept("Steering committee").kept().size(), count(svg, "class=\"gantt-row"));
		assertEquals("no activity bars for the steering committee", 0, count(svg, "class=\"gantt-bar"));
	}

	@Test
	public void aFilteredExportKeepsSummariesAndCountsTheDroppedLinks() throws Exception {
		ViewFilter.Result kept = kept("IT team lead");
		int dropped = kept.droppedLinks().size();
		assertTrue(dropped > 0);
		CliRun run = CliRun.wbs(dir(), "export", EXAMPLE.toString(), "--format", "csv", "--view", "IT team lead", "-o", "it.csv");
		assertEquals(run.toString(), 0, run.exitCode);
		assertThat(run.out, startsWith("it.csv: " + kept.kept().size() + " of 88 WBS elements (view 'IT team lead') as "));
		assertThat(run.out, containsString(", " + dropped + " links dropped"));
		assertThat(run.err, containsString("wbs export: warning: view 'IT team lead' drops " + dropped + " links to elements it leaves out"));
		List<String> lines = Files.readAllLines(dir().resolve("it.csv"));
		assertEquals("a header and a row per kept element", kept.kept().size() + 1, lines.size());
		CliRun mspdi = CliRun.wbs(dir(), "export", EXAMPLE.toString(), "--format", "mspdi", "--view", "Critical path", "-o", "cp.xml");
		assertEquals(mspdi.toString(), 0, mspdi.exitCode);
		assertThat("counted on the scheduled plan", mspdi.out, startsWith("cp.xml: " + kept("Critical path").kept().size() + " of 88 WBS elements"));
		CliRun back = CliRun.wbs(dir(), "import", "cp.xml", "-o", "cp.wbs");
		assertEquals(back.toString(), 0, back.exitCode);
		Matcher m = Pattern.compile("cp.wbs: (\\d+) WBS elements").matcher(back.out);
		assertTrue(back.out, m.find());
		assertEquals("the filtered plan reads back whole", kept("Critical path").kept().size(), Integer.parseInt(m.group(1)));
		CliRun valid = CliRun.wbs(dir(), "validate", "cp.wbs");
		assertEquals("no link to a removed task is left: " + valid, 0, valid.exitCode);
	}

	@Test
	public void viewsAreInTheHelp() {
		CliRun help = CliRun.wbs(dir(), "render", "--help");
		assertThat(help.out + help.err, containsString("--view NAME"));
		assertThat(help.out + help.err, containsString("gantt"));
	}
}
