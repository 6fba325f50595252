package org.wbsmodeler.exchange.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.wbsmodeler.model.util.ModelDates;

/** The pieces every page shares: escaping, number and date formats, the page frame with its navigation. */
final class Html {

	/** A page of the report: its file and its title in the navigation. */
	record Page(String file, String title) {
	}

	private Html() {
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> {
				// control characters are not allowed in XML or HTML text
				if (c >= 0x20 || c == '\n' || c == '\t') {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}

	static String date(LocalDateTime date) {
		LocalDate day = ModelDates.toLocalDate(date);
		return day == null ? "–" : day.toString();
	}

	static String money(double amount, String currency) {
		return String.format(Locale.ROOT, "%,.2f", amount) + (currency == null || currency.isBlank() ? "" : " " + escape(currency));
	}

	static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e12) {
			return String.format(Locale.ROOT, "%,d", (long) value);
		}
		return String.format(Locale.ROOT, "%,.2f", value);
	}

	/** A whole page: head, navigation with the current page marked, the body given. */
	static String page(String projectName, Page current, List<Page> pages, String body) {
		StringBuilder html = new StringBuilder(body.length() + 1024);
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
		html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
		html.append("<title>").append(escape(current.title())).append(" — ").append(escape(projectName)).append("</title>\n");
		html.append("<link rel=\"stylesheet\" href=\"report.css\">\n</head>\n<body>\n<header><p class=\"project\">").append(escape(projectName))
				.append("</p>\n<nav>");
		for (Page page : pages) {
			html.append(page.equals(current) ? "<strong>" + escape(page.title()) + "</strong>"
					: "<a href=\"" + page.file() + "\">" + escape(page.title()) + "</a>");
			html.append(' ');
		}
		html.append("</nav></header>\n<main>\n<h1>").append(escape(current.title())).append("</h1>\n");
		html.append(body);
		html.append("</main>\n</body>\n</html>\n");
		return html.toString();
	}

	static final String STYLE = """
			body { font-family: system-ui, sans-serif; margin: 0; color: #222; }
			header { background: #1f3a5f; color: white; padding: 0.6em 1.5em; }
			header .project { margin: 0 0 0.3em; font-weight: bold; }
			nav a, nav strong { color: white; margin-right: 1em; }
			nav strong { text-decoration: underline; }
			main { padding: 1em 1.5em; }
			table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
			th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
			th { background: #eef2f7; }
			td.number { text-align: right; white-space: nowrap; }
			td.mark { text-align: center; }
			tr.critical td { color: #b00020; }
			tr.summary td { font-weight: bold; }
			dl.figures { display: grid; grid-template-columns: max-content auto; gap: 0.3em 1.5em; }
			dl.figures dt { font-weight: bold; }
			dl.figures dd { margin: 0; }
			.note { color: #666; }
			.untraced { color: #b00020; }
			figure { margin: 1em 0 2em; }
			figure svg { max-width: 100%; height: auto; border: 1px solid #ddd; }
			""";
}
