package org.wbsmodeler.exchange.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.schedule.rollup.Totals;

/**
 * The Gantt chart as a standalone SVG document: one row per WBS element in outline order, bars from early start to
 * early finish (critical ones red, with the completed share darker), summaries as brackets over their children,
 * milestones as diamonds, month labels on top and the status date as a dashed line. Very big plans are cut after
 * {@value #MAX_ROWS} rows: nobody reads more, and browsers choke on the rest.
 */
final class GanttChart {

	static final int MAX_ROWS = 2000;
	private static final int ROW = 20;
	private static final int HEADER = 36;
	private static final int LABEL_WIDTH = 360;
	private static final int CHART_WIDTH = 900;
	private static final long DAY = 24L * 3600 * 1000;

	private final PlanTotals totals;
	private final List<OutlineIndex.Line> lines;
	private long from;
	private double pixelsPerMilli;

	GanttChart(PlanTotals totals) {
		this.totals = totals;
		List<OutlineIndex.Line> all = totals.outline().lines();
		this.lines = all.subList(0, Math.min(all.size(), MAX_ROWS));
	}

	/** Whether the chart has anything to draw: the plan is scheduled. */
	boolean drawable() {
		return totals.scheduled();
	}

	/** How many elements the chart leaves out. */
	int omitted() {
		return totals.outline().size() - lines.size();
	}

	String svg() {
		from = totals.finish() == null ? 0 : millis(earliest()) - DAY;
		long to = totals.finish() == null ? DAY : millis(totals.finish()) + DAY;
		pixelsPerMilli = CHART_WIDTH / (double) Math.max(DAY, to - from);
		int height = HEADER + ROW * lines.size() + 10;
		int width = LABEL_WIDTH + CHART_WIDTH + 20;
		StringBuilder svg = new StringBuilder(200 + lines.size() * 300);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
				.append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
		svg.append("<title>Gantt chart of ").append(Html.escape(totals.project().getName())).append("</title>\n");
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
		months(svg, from, to, height);
		for (int i = 0; i < lines.size(); i++) {
			row(svg, lines.get(i), HEADER + i * ROW);
		}
		LocalDateTime status = totals.project().getStatusDate();
		if (status != null && millis(status) >= from && millis(status) <= to) {
			double x = x(status);
			svg.append("<line x1=\"").append(fmt(x)).append("\" y1=\"").append(HEADER - 6).append("\" x2=\"").append(fmt(x)).append("\" y2=\"").append(height)
					.append("\" stroke=\"#2e7d32\" stroke-dasharray=\"4 3\"><title>status date ").append(Html.date(status)).append("</title></line>\n");
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	private LocalDateTime earliest() {
		LocalDateTime earliest = null;
		for (OutlineIndex.Line line : lines) {
			LocalDateTime start = totals.of(line.element()).start();
			if (start != null && (earliest == null || start.isBefore(earliest))) {
				earliest = start;
			}
		}
		return earliest == null ? totals.finish() : earliest;
	}

	private void months(StringBuilder svg, long from, long to, int height) {
		LocalDate month = day(from).withDayOfMonth(1);
		LocalDate last = day(to);
		long months = Math.max(1, (last.getYear() - month.getYear()) * 12L + last.getMonthValue() - month.getMonthValue() + 1);
		int every = (int) Math.max(1, Math.ceil(months * 60.0 / CHART_WIDTH));
		for (int i = 0; !month.isAfter(last); month = month.plusMonths(1), i++) {
			double x = x(month.atStartOfDay());
			if (x < LABEL_WIDTH) {
				// the month the chart starts in began before it: its label would sit on the next one's
				continue;
			}
			svg.append("<line x1=\"").append(fmt(x)).append("\" y1=\"").append(HEADER - 14).append("\" x2=\"").append(fmt(x)).append("\" y2=\"").append(height)
					.append("\" stroke=\"#e0e0e0\"/>\n");
			if (i % every == 0) {
				svg.append("<text x=\"").append(fmt(x + 3)).append("\" y=\"").append(HEADER - 18).append("\">")
						.append(month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append(' ').append(month.getYear()).append("</text>\n");
			}
		}
		svg.append("<line x1=\"0\" y1=\"").append(HEADER - 4).append("\" x2=\"").append(LABEL_WIDTH + CHART_WIDTH).append("\" y2=\"").append(HEADER - 4)
				.append("\" stroke=\"#999\"/>\n");
	}

	private void row(StringBuilder svg, OutlineIndex.Line line, int y) {
		WbsElement element = line.element();
		Totals rollup = totals.of(element);
		boolean summary = line.summary();
		String label = line.code() + " " + (element.getName() == null ? "" : element.getName());
		if (label.length() > 50 - 2 * line.level()) {
			label = label.substring(0, Math.max(10, 49 - 2 * line.level())) + "…";
		}
		svg.append("<text x=\"").append(4 + 10 * (line.level() - 1)).append("\" y=\"").append(y + 14).append('"').append(summary ? " font-weight=\"bold\"" : "")
				.append('>').append(Html.escape(label)).append("</text>\n");
		if (rollup.start() == null) {
			return;
		}
		String title = "<title>" + Html.escape(line.code() + " " + (element.getName() == null ? "" : element.getName())) + ": " + Html.date(rollup.start()) + " – "
				+ Html.date(rollup.finish()) + (element.isCritical() ? " (critical)" : "") + "</title>";
		double x1 = x(rollup.start());
		double x2 = Math.max(x1 + 1, x(rollup.finish() == null ? rollup.start() : rollup.finish()));
		if (element instanceof Milestone || (!summary && x2 - x1 < 1.5 && element.getDuration() == 0)) {
			double cy = y + ROW / 2.0;
			svg.append("<polygon points=\"").append(fmt(x1)).append(',').append(fmt(cy - 6)).append(' ').append(fmt(x1 + 6)).append(',').append(fmt(cy)).append(' ')
					.append(fmt(x1)).append(',').append(fmt(cy + 6)).append(' ').append(fmt(x1 - 6)).append(',').append(fmt(cy)).append("\" fill=\"")
					.append(element.isCritical() ? "#b00020" : "#333").append("\">").append(title).append("</polygon>\n");
		} else if (summary) {
			svg.append("<path d=\"M").append(fmt(x1)).append(',').append(y + 13).append(" V").append(y + 6).append(" H").append(fmt(x2)).append(" V").append(y + 13)
					.append(" L").append(fmt(x2 - 4)).append(',').append(y + 10).append(" H").append(fmt(x1 + 4)).append(" Z\" fill=\"#333\">").append(title)
					.append("</path>\n");
		} else {
			String fill = element.isCritical() ? "#d0342c" : "#4a7bd0";
			svg.append("<rect x=\"").append(fmt(x1)).append("\" y=\"").append(y + 4).append("\" width=\"").append(fmt(x2 - x1)).append("\" height=\"12\" fill=\"")
					.append(fill).append("\">").append(title).append("</rect>\n");
			double done = Math.max(0, Math.min(100, element.getPercentComplete())) / 100 * (x2 - x1);
			if (done > 0) {
				svg.append("<rect x=\"").append(fmt(x1)).append("\" y=\"").append(y + 8).append("\" width=\"").append(fmt(done))
						.append("\" height=\"4\" fill=\"#1b1b1b\" opacity=\"0.6\"/>\n");
			}
		}
	}

	private double x(LocalDateTime date) {
		return LABEL_WIDTH + (millis(date) - from) * pixelsPerMilli;
	}

	/**
	 * Plan dates on a uniform axis of wall-clock time. UTC is no zone of the plan here, only the one offset without
	 * clock changes: every day is 24 hours wide, as on a printed Gantt chart.
	 */
	private static long millis(LocalDateTime date) {
		return date.toInstant(ZoneOffset.UTC).toEpochMilli();
	}

	private static LocalDate day(long millis) {
		return LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000L), 0, ZoneOffset.UTC).toLocalDate();
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}
}
