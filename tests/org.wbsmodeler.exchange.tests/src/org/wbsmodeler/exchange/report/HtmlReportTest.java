package org.wbsmodeler.exchange.report;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.exchange.xml.SecureXml;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.CrmComponent;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Process;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Requirement;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.Role;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.util.ModelBuilder;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/** The stakeholder pages on a small plan whose numbers are known by hand. */
public class HtmlReportTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private final ModelBuilder build = new ModelBuilder();
	private final WbsFactory factory = WbsFactory.eINSTANCE;
	private Project project;
	private Activity design;
	private Activity build2;
	private Activity docs;
	private Milestone done;
	private Deliverable deliverable;

	/**
	 * Design (100 fixed + 10 h × 50 = 600, critical), Build (3 boxes × 2 = 6, critical), Docs (8 h, not critical),
	 * Done (milestone): cost 606, effort 10 + 16 + 8 = 34 hours, finish on Build's early finish.
	 */
	private Project plan() {
		project = build.project("Report <test> & co", LocalDate.of(2027, 3, 1));
		project.setDescription("Why we do it.");
		Resource engineer = build.resource(project, "Engineer", ResourceType.WORK, 50);
		Resource boxes = build.resource(project, "Boxes", ResourceType.MATERIAL, 2);
		Phase phase = build.phase(project, "Phase", null);
		deliverable = build.deliverable(phase, "Deliverable", null);
		design = build.activity(deliverable, "Design", 2, 10);
		design.setFixedCost(100);
		build.assign(design, engineer, 1, 10);
		build2 = build.activity(deliverable, "Build", 3, 16);
		build.assign(build2, boxes, 3, 0);
		docs = build.activity(phase, "Docs", 1, 8);
		done = build.milestone(phase, "Done");
		schedule(design, 1, 3, true, 0);
		schedule(build2, 3, 8, true, 0);
		schedule(docs, 2, 3, false, 4);
		schedule(done, 8, 8, true, 0);
		design.setPercentComplete(50);
		return project;
	}

	private static void schedule(WbsElement element, int fromDay, int toDay, boolean critical, double totalFloat) {
		element.setEarlyStart(LocalDateTime.of(2027, 3, fromDay, 8, 0));
		element.setEarlyFinish(LocalDateTime.of(2027, 3, toDay, 17, 0));
		element.setCritical(critical);
		element.setTotalFloat(totalFloat);
	}

	private void traceability() {
		project.setCrm(factory.createCrmScope());
		CrmComponent database = factory.createCrmComponent();
		database.setName("Customer database");
		database.getDeliveredBy().add(deliverable);
		project.getCrm().getComponents().add(database);
		CrmComponent service = factory.createCrmComponent();
		service.setName("Service desk");
		project.getCrm().getComponents().add(service);
		Requirement traced = factory.createRequirement();
		traced.setIdentifier("BR-1");
		traced.setName("One customer record");
		traced.getComponents().add(database);
		traced.getDeliveredBy().add(deliverable);
		project.getCrm().getRequirements().add(traced);
		Requirement untraced = factory.createRequirement();
		untraced.setIdentifier("BR-2");
		untraced.setName("Nobody builds me");
		project.getCrm().getRequirements().add(untraced);
		project.setProcessBreakdown(factory.createProcessBreakdown());
		Role owner = factory.createRole();
		owner.setName("Sales lead");
		project.getRoles().add(owner);
		Process sales = factory.createProcess();
		sales.setName("Sales process");
		sales.setOwner(owner);
		ProcessStep step = factory.createProcessStep();
		step.setName("Follow up");
		step.setOwner(owner);
		step.setTiming("within 2 days");
		step.getWbsElements().add(design);
		sales.getSteps().add(step);
		project.getProcessBreakdown().getProcesses().add(sales);
	}

	@Test
	public void summaryHasStartFinishCostAndEffort() {
		Map<String, String> files = new HtmlReport(plan()).files();
		String index = files.get("index.html");
		assertThat(index, containsString("<dt>Start</dt><dd>2027-03-01</dd>"));
		assertThat(index, containsString("<dt>Finish</dt><dd>2027-03-08</dd>"));
		assertThat(index, containsString("<dt>Cost</dt><dd>606.00 USD</dd>"));
		assertThat(index, containsString("<dt>Effort</dt><dd>34 hours</dd>"));
		assertThat(index, containsString("Report &lt;test&gt; &amp; co"));
		assertThat(index, not(containsString("<test>")));
	}

	@Test
	public void outlineRollsUpTheWbs() {
		String outline = new HtmlReport(plan()).files().get("outline.html");
		assertThat(outline, containsString("<td>1</td><td style=\"padding-left:0.6em\">Phase</td><td>phase</td><td class=\"number\"></td><td class=\"number\">34</td><td class=\"number\">606.00 USD</td><td>2027-03-01</td><td>2027-03-08</td>"));
		assertThat(outline, containsString("<td>1.1</td><td style=\"padding-left:1.8em\">Deliverable</td><td>deliverable</td><td class=\"number\"></td><td class=\"number\">26</td><td class=\"number\">606.00 USD</td>"));
		assertThat(outline, containsString("<td>1.1.1</td><td style=\"padding-left:3.0em\">Design</td>"));
	}

	@Test
	public void criticalPathListsTheCriticalElementsInDateOrder() {
		String critical = new HtmlReport(plan()).files().get("critical-path.html");
		int first = critical.indexOf(">Design<");
		int second = critical.indexOf(">Build<");
		int third = critical.indexOf(">Done<");
		assertTrue(first > 0 && second > first && third > second);
		assertFalse(critical.contains(">Docs<"));
		assertThat(critical, containsString("3 activities and milestones without float"));
	}

	@Test
	public void ganttIsWellFormedSvgWithABarPerActivity() throws Exception {
		Map<String, String> files = new HtmlReport(plan()).files();
		String svg = files.get("gantt.svg");
		List<String> elements = new ArrayList<>();
		SecureXml.parserFactory().newSAXParser().parse(new InputSource(new StringReader(svg)), new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				String detail = qName.equals("g") ? attributes.getValue("class") : attributes.getValue("fill");
				elements.add(qName + (detail == null ? "" : ":" + detail));
			}
		});
		assertEquals("svg", elements.get(0));
		// the diagram bundle's painter draws it: one group per bar, classed by kind and criticality
		assertEquals("Design and Build are critical", 2, elements.stream().filter(e -> e.equals("g:gantt-bar critical")).count());
		assertEquals("Docs is not", 1, elements.stream().filter(e -> e.equals("g:gantt-bar")).count());
		assertEquals("Design is half done", 1, elements.stream().filter(e -> e.equals("rect:#7f1d1d")).count());
		assertEquals("one milestone", 1, elements.stream().filter(e -> e.startsWith("g:gantt-milestone")).count());
		assertEquals("phase and deliverable brackets", 2, elements.stream().filter(e -> e.startsWith("g:gantt-summary")).count());
		assertThat(files.get("gantt.html"), containsString("<svg"));
		assertFalse("the page inlines the SVG without its XML declaration", files.get("gantt.html").contains("<?xml"));
	}

	@Test
	public void traceabilityMatrixMarksComponentsAndDeliverables() {
		plan();
		traceability();
		Map<String, String> files = new HtmlReport(project).files();
		String matrix = files.get("traceability.html");
		assertThat(matrix, containsString("<th>Customer database</th><th>Service desk</th><th>Delivered by</th>"));
		assertThat(matrix, containsString("<td>BR-1 One customer record</td><td>business</td><td>MUST</td><td class=\"mark\">●</td><td class=\"mark\"></td><td>1.1 Deliverable</td>"));
		assertThat(matrix, containsString("<tr class=\"untraced\"><td>BR-2 Nobody builds me</td>"));
		assertThat(matrix, containsString("<tr class=\"untraced\"><td>Service desk</td>"));
		String processes = files.get("processes.html");
		assertThat(processes, containsString("sales process, owned by Sales lead"));
		assertThat(processes, containsString("<td>Follow up</td><td>Sales lead</td><td>within 2 days</td>"));
		assertThat(processes, containsString("1.1.1 Design"));
	}

	@Test
	public void figuresAreEmbeddedWithoutTheirProlog() throws Exception {
		HtmlReport report = new HtmlReport(plan()).figure(new ReportFigure("WBS chart",
				() -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"><rect width=\"4\" height=\"4\"/></svg>"));
		Map<String, String> files = report.files();
		String diagrams = files.get("diagrams.html");
		assertThat(diagrams, containsString("<h2>WBS chart</h2>"));
		assertThat(diagrams, containsString("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\""));
		assertFalse(diagrams.contains("<?xml"));
		assertThat(files.get("index.html"), containsString("<a href=\"diagrams.html\">Diagrams</a>"));
		assertFalse("no diagrams page without figures", new HtmlReport(plan()).files().containsKey("diagrams.html"));
	}

	@Test
	public void anUnscheduledPlanSaysSoAndWritesEveryPage() throws Exception {
		Project unscheduled = build.project("Not scheduled", LocalDate.of(2027, 3, 1));
		build.activity(build.phase(unscheduled, "P", null), "A", 2, 16);
		Path directory = folder.getRoot().toPath().resolve("report");
		new HtmlReport(unscheduled).writeTo(directory);
		try (var listing = Files.list(directory)) {
			assertEquals(List.of("critical-path.html", "gantt.html", "index.html", "outline.html", "processes.html", "report.css", "traceability.html"),
					listing.map(p -> p.getFileName().toString()).sorted().toList());
		}
		assertThat(Files.readString(directory.resolve("index.html")), containsString("not scheduled yet"));
		assertThat(Files.readString(directory.resolve("gantt.html")), containsString("The plan is not scheduled yet"));
	}
}
