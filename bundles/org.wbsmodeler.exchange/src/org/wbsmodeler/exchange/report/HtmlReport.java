package org.wbsmodeler.exchange.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.AtomicFiles;

/**
 * The stakeholder report, a set of static pages: summary (start, finish, cost, effort), WBS outline with codes and
 * estimates, critical path, Gantt chart (also as {@code gantt.svg}), CRM traceability matrix, process breakdown with
 * owners, and the diagrams handed in as {@link ReportFigure}s. The pages link to each other and to one style sheet;
 * they need no server and no script.
 *
 * <p>Dates, floats and the critical path are the scheduled values the model holds; the caller schedules first.
 */
public final class HtmlReport {

	private static final Html.Page SUMMARY = new Html.Page("index.html", "Summary");
	private static final Html.Page OUTLINE = new Html.Page("outline.html", "WBS outline");
	private static final Html.Page CRITICAL = new Html.Page("critical-path.html", "Critical path");
	private static final Html.Page GANTT = new Html.Page("gantt.html", "Gantt chart");
	private static final Html.Page TRACEABILITY = new Html.Page("traceability.html", "CRM traceability");
	private static final Html.Page PROCESSES = new Html.Page("processes.html", "Processes");
	private static final Html.Page DIAGRAMS = new Html.Page("diagrams.html", "Diagrams");

	private final Project project;
	private final List<ReportFigure> figures = new ArrayList<>();
	private final Map<Html.Page, java.util.function.Supplier<String>> extraPages = new LinkedHashMap<>();
	private View view;
	private Map<WbsElement, Double> criticality;

	public HtmlReport(Project project) {
		this.project = project;
	}

	/** Draws the Gantt chart through a view of the model (its rows, columns and timescale); null for everything. */
	public HtmlReport view(View chosen) {
		this.view = chosen;
		return this;
	}

	/**
	 * A schedule risk run's criticality index per task (0..1): the Gantt chart's table gains the Criticality column,
	 * filled from it. Null (the default): no such column.
	 */
	public HtmlReport criticality(Map<WbsElement, Double> indices) {
		this.criticality = indices;
		return this;
	}

	/** Adds a diagram; its SVG is drawn when the pages are. */
	public HtmlReport figure(ReportFigure figure) {
		figures.add(figure);
		return this;
	}

	/** Adds a page of the caller's (the schedule risk page): its body HTML, drawn when the pages are. */
	public HtmlReport page(String file, String title, java.util.function.Supplier<String> body) {
		extraPages.put(new Html.Page(file, title), body);
		return this;
	}

	/** The files of the report by name, all in memory: nothing is written until every page is ready. */
	public Map<String, String> files() {
		PlanTotals totals = new PlanTotals(project);
		List<Html.Page> pages = new ArrayList<>(List.of(SUMMARY, OUTLINE, CRITICAL, GANTT, TRACEABILITY, PROCESSES));
		pages.addAll(extraPages.keySet());
		if (!figures.isEmpty()) {
			pages.add(DIAGRAMS);
		}
		String name = project.getName() == null ? "Project" : project.getName();
		Map<String, String> files = new LinkedHashMap<>();
		files.put(SUMMARY.file(), Html.page(name, SUMMARY, pages, SummaryPage.body(totals)));
		files.put(OUTLINE.file(), Html.page(name, OUTLINE, pages, OutlinePage.body(totals)));
		files.put(CRITICAL.file(), Html.page(name, CRITICAL, pages, CriticalPathPage.body(totals)));
		ReportGantt gantt = new ReportGantt(totals, view, criticality);
		String svg = gantt.drawable() ? gantt.svg() : null;
		files.put(GANTT.file(), Html.page(name, GANTT, pages, ganttBody(gantt, svg)));
		if (svg != null) {
			files.put("gantt.svg", svg);
		}
		files.put(TRACEABILITY.file(), Html.page(name, TRACEABILITY, pages, TraceabilityPage.body(totals)));
		files.put(PROCESSES.file(), Html.page(name, PROCESSES, pages, ProcessPage.body(totals)));
		extraPages.forEach((page, body) -> files.put(page.file(), Html.page(name, page, pages, body.get())));
		if (!figures.isEmpty()) {
			files.put(DIAGRAMS.file(), Html.page(name, DIAGRAMS, pages, diagramsBody()));
		}
		files.put("report.css", Html.STYLE);
		return files;
	}

	/** Writes the report into a directory, creating it; each file appears whole. */
	public void writeTo(Path directory) throws IOException {
		Map<String, String> files = files();
		Files.createDirectories(directory);
		for (Map.Entry<String, String> file : files.entrySet()) {
			byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
			AtomicFiles.write(directory.resolve(file.getKey()), out -> out.write(bytes));
		}
	}

	private String ganttBody(ReportGantt gantt, String svg) {
		if (svg == null) {
			return "<p class=\"note\">The plan is not scheduled yet: the chart needs the early start and finish of every element.</p>\n";
		}
		String note = gantt.omitted() > 0 ? "<p class=\"note\">The first " + ReportGantt.MAX_ROWS + " rows; " + gantt.omitted() + " more are in the outline.</p>\n" : "";
		String viewNote = view == null ? "" : "<p class=\"note\">View: " + Html.escape(view.getName()) + "</p>\n";
		return viewNote + note + "<p><a href=\"gantt.svg\">The chart as an SVG file</a>. Red: critical; dark inside a bar: done; grey under a bar: baseline; dashed line: status date.</p>\n<figure>\n"
				+ inline(svg) + "</figure>\n";
	}

	private String diagramsBody() {
		StringBuilder html = new StringBuilder();
		for (ReportFigure figure : figures) {
			html.append("<figure>\n<figcaption><h2>").append(Html.escape(figure.title())).append("</h2></figcaption>\n");
			String svg = figure.svg().get();
			html.append(svg == null ? "<p class=\"note\">not available</p>" : inline(svg)).append("\n</figure>\n");
		}
		return html.toString();
	}

	/** An SVG document as an element inside HTML: without its XML declaration and DOCTYPE. */
	static String inline(String svg) {
		int start = svg.indexOf("<svg");
		return start < 0 ? "<p class=\"note\">not an SVG image</p>" : svg.substring(start);
	}
}
