package org.wbsmodeler.server.http;

import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;

/** The HTML around a chart of {@link BrowserView}: title, diagram tabs, view selector, live-update script. */
final class BrowserPage {

	private BrowserPage() {
	}

	static String html(long planId, String name, long revision, Project project, String diagram, String viewName, String token, String fragment) {
		StringBuilder html = new StringBuilder(fragment.length() + 4096);
		String tokenParameter = token == null ? "" : "&token=" + url(token);
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(name)).append(" — WBS Modeler</title>\n")
				.append("<style>body{font-family:sans-serif;margin:0}header{display:flex;gap:1.5em;align-items:center;padding:.6em 1em;")
				.append("background:#f2f4f7;border-bottom:1px solid #ccd}h1{font-size:1.2em;margin:0}nav a{margin-right:.8em}")
				.append("nav a.current{font-weight:bold;text-decoration:none;color:#000}#chart{padding:1em;overflow:auto}#status{color:#666}</style>\n")
				.append("</head><body>\n<header><h1 id=\"plan-name\">").append(escape(name)).append("</h1>\n<nav id=\"diagrams\">");
		for (String[] tab : new String[][] { { "gantt", "Gantt chart" }, { "wbs", "WBS chart" }, { "network", "Network" } }) {
			html.append("<a href=\"/plans/").append(planId).append("?diagram=").append(tab[0])
					.append(viewName == null ? "" : "&view=" + url(viewName)).append(tokenParameter).append("\"")
					.append(tab[0].equals(diagram) ? " class=\"current\"" : "").append(">").append(tab[1]).append("</a>");
		}
		html.append("</nav>\n<label>View <select id=\"view\"><option value=\"\">All tasks</option>");
		for (View view : project.getViews()) {
			html.append("<option").append(view.getName().equals(viewName) ? " selected" : "").append(" value=\"").append(escape(view.getName()))
					.append("\">").append(escape(view.getName())).append("</option>");
		}
		html.append("</select></label>\n<span id=\"status\">revision <span id=\"revision\">").append(revision).append("</span></span></header>\n")
				.append(fragment).append("\n<script>\n")
				.append("const plan=").append(planId).append(", diagram='").append(diagram).append("', token=").append(jsString(token)).append(";\n")
				.append("const here=new URLSearchParams(location.search);\n")
				.append("document.getElementById('view').addEventListener('change',e=>{here.set('view',e.target.value);")
				.append("if(!e.target.value)here.delete('view');location.search=here.toString();});\n")
				.append("function redraw(){const q=new URLSearchParams(here);q.set('fragment','1');")
				.append("fetch('/plans/'+plan+'?'+q.toString(),{cache:'no-store'}).then(r=>r.ok?r.text():Promise.reject(r.status)).then(t=>{")
				.append("const box=document.createElement('div');box.innerHTML=t;const next=box.firstElementChild;")
				.append("document.getElementById('chart').replaceWith(next);document.getElementById('revision').textContent=next.dataset.revision;});}\n")
				.append("const events=new EventSource('/api/plans/'+plan+'/events'+(token?'?token='+encodeURIComponent(token):''));\n")
				.append("events.addEventListener('commit',e=>{const r=JSON.parse(e.data).revision;")
				.append("if(r>Number(document.getElementById('revision').textContent))redraw();});\n")
				.append("</script>\n</body></html>\n");
		return html.toString();
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
	}

	private static String url(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String jsString(String text) {
		if (text == null) {
			return "null";
		}
		return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("<", "\\u003c") + "'";
	}
}
