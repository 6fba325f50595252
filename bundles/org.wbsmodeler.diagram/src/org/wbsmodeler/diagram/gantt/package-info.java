/**
 * The Gantt chart, headless: {@link org.wbsmodeler.diagram.gantt.GanttBuilder} lays a project out as a
 * {@link org.wbsmodeler.diagram.gantt.GanttChart} (pure geometry: rows in outline order, bars, summary brackets,
 * milestone diamonds, baseline bars, dependency arrows of all four types, critical flags, non-working days, two
 * timescale tiers, the status-date line), {@link org.wbsmodeler.diagram.gantt.GanttPainter} draws it on any
 * {@link org.wbsmodeler.diagram.render.DiagramCanvas} (all of it, or only what meets a clip rectangle), and
 * {@link org.wbsmodeler.diagram.gantt.GanttExporter} writes SVG or PNG.
 *
 * <p>Use from a UI page:
 * <pre>
 * GanttOptions options = new GanttOptions().timescale(Timescale.WEEK).columns(List.of()).rows(keptOrNull);
 * GanttChart chart = new GanttBuilder(measurer).build(project, OutlineIndex.of(project), liveSchedule::totals, options);
 * // paint event: clip in diagram pixels
 * GanttPainter.paint(chart, canvas, clipX, clipY, clipW, clipH);
 * // hit-testing and drags
 * int row = chart.rowAt(y); LocalDateTime at = chart.dateAt(x); double x = chart.xOf(date); chart.rowTop(row);
 * </pre>
 * The chart's x axis is uniform wall-clock time ({@link org.wbsmodeler.diagram.gantt.GanttChart#pixelsPerDay()}),
 * left of it the optional table of {@link org.wbsmodeler.diagram.columns.PlanColumn}s. A chart is immutable: build
 * a new one after each command (building 10,000 rows takes tens of milliseconds).
 */
package org.wbsmodeler.diagram.gantt;
