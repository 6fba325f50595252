package org.wbsmodeler.server.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.build.NetworkBuilder;
import org.wbsmodeler.diagram.build.WbsTreeBuilder;
import org.wbsmodeler.diagram.gantt.GanttBuilder;
import org.wbsmodeler.diagram.gantt.GanttExporter;
import org.wbsmodeler.diagram.gantt.GanttOptions;
import org.wbsmodeler.diagram.gantt.GanttViews;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.view.ViewFilter;
import org.wbsmodeler.schedule.model.ProjectSchedule;
import org.wbsmodeler.schedule.model.ScheduleModelException;
import org.wbsmodeler.server.plan.PlanCodec;
import org.wbsmodeler.server.plan.PlanException;
import org.wbsmodeler.server.store.PlanStore;

/**
 * {@code GET /plans/{id}}: the plan for stakeholders, read-only — the Gantt chart, the WBS chart or the network,
 * drawn by the same builders and painters as {@code ./wbs render} (SVG), a selector of the plan's views, and a
 * script that listens to the plan's events and redraws the chart when a commit lands.
 * {@code ?diagram=gantt|wbs|network&view=NAME}; {@code &fragment=1} answers the chart alone (what the script fetches).
 */
final class BrowserView {

	/** Charts drawn lately, by plan, revision, diagram and view: a page reloaded by ten stakeholders is drawn once. */
	private static final Map<String, String> CHARTS = new LinkedHashMap<>(32, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > 16;
		}
	};

	private BrowserView() {
	}

	static void page(PlanStore store, long planId, Request request, Response response, Callback callback) throws SQLException, IOException, HttpError {
		Fields query = Request.extractQueryParameters(request);
		String diagram = query.getValue("diagram") == null ? "gantt" : query.getValue("diagram");
		if (!diagram.matches("gantt|wbs|network")) {
			throw new HttpError(400, "diagram must be gantt, wbs or network, not '" + diagram + "'");
		}
		String viewName = query.getValue("view");
		PlanStore.Snapshot snapshot = store.checkout(planId);
		if (snapshot == null) {
			throw new HttpError(404, "no such plan " + planId);
		}
		Project project;
		try {
			project = (Project) new PlanCodec().model(snapshot.rows(), URI.createURI("plan:/" + planId + ".wbs")).getContents().get(0);
		} catch (PlanException e) {
			throw new HttpError(500, "plan " + planId + " cannot be read: " + e.getMessage());
		}
		View view = null;
		if (viewName != null && !viewName.isEmpty()) {
			view = project.getViews().stream().filter(v -> viewName.equals(v.getName())).findFirst().orElse(null);
			if (view == null) {
				throw new HttpError(400, "plan " + planId + " has no view '" + viewName + "'");
			}
		}
		String key = planId + "/" + snapshot.info().revision() + "/" + diagram + "/" + viewName;
		String chart;
		synchronized (CHARTS) {
			chart = CHARTS.get(key);
		}
		if (chart == null) {
			chart = chart(project, diagram, view);
			synchronized (CHARTS) {
				CHARTS.put(key, chart);
			}
		}
		String body = "1".equals(query.getValue("fragment")) ? fragment(snapshot, chart)
				: BrowserPage.html(planId, snapshot.info().name(), snapshot.info().revision(), project, diagram, viewName, query.getValue("token"),
						fragment(snapshot, chart));
		response.setStatus(200);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
		response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
		try (OutputStream out = Content.Sink.asOutputStream(response)) {
			out.write(body.getBytes(StandardCharsets.UTF_8));
		}
		callback.succeeded();
	}

	private static String fragment(PlanStore.Snapshot snapshot, String chart) {
		return "<div id=\"chart\" data-revision=\"" + snapshot.info().revision() + "\">" + chart + "</div>";
	}

	/** Sized and laid out by ELK, as ./wbs render does, then SVG. */
	private static String laidOut(org.wbsmodeler.diagram.model.Diagram diagram) {
		DiagramExporter exporter = new DiagramExporter();
		return exporter.toSvg(exporter.prepare(diagram));
	}

	private static String chart(Project project, String diagram, View view) throws HttpError {
		try {
			ProjectSchedule.compute(project).writeToModel();
		} catch (ScheduleModelException e) {
			return "<p class=\"problem\">" + BrowserPage.escape("The plan cannot be scheduled: " + e.getMessage()) + "</p>";
		}
		String svg = switch (diagram) {
		case "wbs" -> laidOut(new WbsTreeBuilder().build(project));
		case "network" -> laidOut(new NetworkBuilder().build(project));
		default -> {
			GanttOptions options = view == null ? new GanttOptions().title(project.getName() == null ? "Gantt chart" : project.getName())
					: GanttViews.options(project, view, ViewFilter.apply(project, view));
			yield GanttExporter.toSvg(GanttBuilder.build(project, options));
		}
		};
		// the XML declaration is for files; inside HTML it is noise
		return svg.replaceFirst("^<\\?xml[^>]*>\\s*", "");
	}
}
