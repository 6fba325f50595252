package org.wbsmodeler.cli;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.Assume;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;

/**
 * GNOME Planner imports MS Project XML with a stylesheet ({@code msp2planner.xsl}, Debian's {@code planner-data})
 * that copies every task's Start and Finish as they are; it schedules nothing. Run on the MSPDI export of the
 * example — a model whose file holds no dates — it must give every task the dates {@code ./wbs schedule --json}
 * prints: the leaves' early start and finish, the summaries' roll-up span.
 */
public class PlannerStylesheetTest {

	private static final Path REPO = Path.of(System.getProperty("wbs.repo", "../.."));
	private static final Path EXAMPLE = REPO.resolve("examples/pschse-crm.wbs");
	private static final Path STYLESHEET = Path.of("/usr/share/planner/stylesheets/msp2planner.xsl");
	private static final DateTimeFormatter PLANNER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
	/** {@code "code": "1.2", "name": "…", …, "earlyStart": "…", "earlyFinish": "…"} or {@code "start"/"finish"} of a summary. */
	private static final Pattern DATED = Pattern.compile(
			"\\{\"code\": \"([^\"]*)\", \"name\": \"(?:[^\"\\\\]|\\\\.)*\", (?:\"durationDays\": [^,]*, )?\"(?:early)?[sS]tart\": \"([^\"]*)\", \"(?:early)?[fF]inish\": \"([^\"]*)\"");

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	@Test
	public void plannerSeesTheScheduledDatesOfEveryTask() throws Exception {
		Path xsltproc = onPath("xsltproc");
		// optional outside tools: without them the test is reported skipped with the reason (CI installs both)
		Assume.assumeTrue("skipped: xsltproc is not on the PATH (apt-get install xsltproc; .ci/run installs it)", xsltproc != null);
		Assume.assumeTrue("skipped: GNOME Planner's " + STYLESHEET + " is missing (apt-get install planner-data; .ci/run installs it)",
				Files.isRegularFile(STYLESHEET));
		Path dir = folder.getRoot().toPath();
		byte[] before = Files.readAllBytes(EXAMPLE);

		CliRun schedule = CliRun.wbs(dir, "schedule", EXAMPLE.toString(), "--json");
		assertEquals(schedule.toString(), 0, schedule.exitCode);
		Map<String, LocalDateTime[]> expected = new HashMap<>();
		Matcher dated = DATED.matcher(schedule.out);
		while (dated.find()) {
			expected.put(dated.group(1), new LocalDateTime[] { LocalDateTime.parse(dated.group(2)), LocalDateTime.parse(dated.group(3)) });
		}
		CliRun export = CliRun.wbs(dir, "export", EXAMPLE.toString(), "--format", "mspdi", "-o", "plan.xml");
		assertEquals(export.toString(), 0, export.exitCode);
		assertArrayEquals("exporting changes nothing in the model file", before, Files.readAllBytes(EXAMPLE));

		Process process = new ProcessBuilder(xsltproc.toString(), "-o", "plan.planner", STYLESHEET.toString(), "plan.xml").directory(dir.toFile())
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue("xsltproc finishes", process.waitFor(60, TimeUnit.SECONDS));
		assertEquals(output, 0, process.exitValue());

		List<Element> tasks = plannerTasks(dir.resolve("plan.planner"));
		List<WbsElement> elements = outline(ModelFiles.load(EXAMPLE));
		assertEquals(elements.size(), tasks.size());
		assertEquals("every element has its dates in the schedule's JSON", elements.size(), expected.size());
		for (int i = 0; i < tasks.size(); i++) {
			WbsElement element = elements.get(i);
			Element task = tasks.get(i);
			String where = element.getCode() + " " + element.getName();
			assertEquals(where, element.getName(), task.getAttribute("name"));
			LocalDateTime[] dates = expected.get(element.getCode());
			assertNotNull(where, dates);
			assertEquals(where + " start", dates[0], LocalDateTime.parse(task.getAttribute("start"), PLANNER_DATE));
			assertEquals(where + " end", dates[1], LocalDateTime.parse(task.getAttribute("end"), PLANNER_DATE));
		}
	}

	/** Planner's tasks in document order, which is the outline's: the stylesheet nests them by outline number. */
	private static List<Element> plannerTasks(Path file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		NodeList nodes = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("task");
		List<Element> tasks = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			tasks.add((Element) nodes.item(i));
		}
		return tasks;
	}

	private static List<WbsElement> outline(Project project) {
		List<WbsElement> elements = new ArrayList<>();
		project.eAllContents().forEachRemaining(o -> {
			if (o instanceof WbsElement element) {
				elements.add(element);
			}
		});
		return elements;
	}

	private static Path onPath(String program) {
		for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
			Path candidate = Path.of(directory, program);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}
}
