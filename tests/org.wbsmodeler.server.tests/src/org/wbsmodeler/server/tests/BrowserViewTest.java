package org.wbsmodeler.server.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.wbsmodeler.server.client.PlanClient;
import org.wbsmodeler.server.http.PlanServer;
import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.ElementRow;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The stakeholders' page in a real headless Chromium (Debian's chromium, which .ci/run installs): a screenshot under
 * target/screenshots and the DOM after the scripts ran — the Gantt chart as SVG with the plan's tasks, the view
 * selector with the plan's views, the revision — and the event stream that makes the page redraw after a commit.
 */
public class BrowserViewTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static PlanServer server;
	private static String token;
	private static long plan;
	private static Map<String, ElementRow> rows;

	@BeforeClass
	public static void start() throws Exception {
		server = TestDatabase.newServer();
		token = TestDatabase.newUser("stakeholder");
		rows = Plans.exampleRows();
		plan = new PlanClient(server.url(), token).share("PSCHSE CRM", rows);
	}

	@AfterClass
	public static void stop() throws Exception {
		server.close();
	}

	private static String chromium(String... arguments) throws Exception {
		Path profile = Files.createTempDirectory("wbs-chromium");
		List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile, "--window-size=1400,1000", "--timeout=8000"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue("chromium finished", process.waitFor(120, TimeUnit.SECONDS));
		return out;
	}

	@Test
	public void thePageShowsTheGanttChartTheViewsAndTheRevisionInChromium() throws Exception {
		assumeTrue("Debian's chromium is installed (.ci/run installs it)", Files.isExecutable(CHROMIUM));
		String page = server.url() + "/plans/" + plan + "?token=" + token;
		Path screenshots = Path.of("target", "screenshots");
		Files.createDirectories(screenshots);
		Path shot = screenshots.resolve("plan-gantt.png").toAbsolutePath();
		chromium("--screenshot=" + shot, page);
		assertTrue("screenshot written", Files.size(shot) > 10_000);
		chromium("--screenshot=" + screenshots.resolve("plan-wbs.png").toAbsolutePath(), page + "&diagram=wbs");
		for (String diagram : new String[] { "wbs", "network" }) {
			String other = chromium("--dump-dom", page + "&diagram=" + diagram);
			assertTrue(diagram + ": " + other, other.contains("<svg") && other.contains("Draft charter") && other.contains("class=\"current\""));
		}
		String dom = chromium("--dump-dom", page);
		assertTrue(dom, dom.contains("<svg"));
		assertTrue("the chart has the plan's tasks", dom.contains("Draft charter"));
		assertTrue("the view selector lists the plan's views", dom.contains("<option value=\"IT team lead\">IT team lead</option>"));
		long revision = new PlanClient(server.url(), token).checkout(plan).revision();
		assertTrue(dom, dom.contains("<span id=\"revision\">" + revision + "</span>"));
		String view = chromium("--dump-dom", page + "&view=Steering%20committee");
		assertTrue(view, view.contains("<option selected=\"\" value=\"Steering committee\">"));
	}

	@Test
	public void aCommitIsAnEventOnThePlansStream() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "/api/plans/" + plan + "/events"))
				.header("Authorization", "Bearer " + token).build();
		HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
		assertEquals(200, response.statusCode());
		try (BufferedReader events = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			assertEquals(": connected", events.readLine());
			String charter = Plans.idOf(rows, "Activity", "Draft charter");
			PlanClient client = new PlanClient(server.url(), token);
			long head = client.checkout(plan).revision();
			String name = client.checkout(plan).rows().get(charter).attrs().get("name").asText();
			long revision = client.commit(plan, head, "rename", List.of(new Change(charter, "name", TextNode.valueOf(name), TextNode.valueOf(name + "!"))))
					.revision();
			String line;
			do {
				line = events.readLine();
			} while (line != null && !line.startsWith("event:"));
			assertEquals("event: commit", line);
			assertEquals("data: {\"revision\":" + revision + "}", events.readLine());
		}
	}
}
