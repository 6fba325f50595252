package org.wbsmodeler.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.Before;
import org.junit.Test;
import org.w3c.dom.Document;
import org.wbsmodeler.diagram.bench.GanttBenchmark;
import org.wbsmodeler.diagram.gantt.GanttBuilder;
import org.wbsmodeler.diagram.gantt.GanttChart;
import org.wbsmodeler.diagram.gantt.GanttExporter;
import org.wbsmodeler.diagram.gantt.GanttOptions;
import org.wbsmodeler.diagram.gantt.GanttPainter;
import org.wbsmodeler.diagram.gantt.GanttStyle;
import org.wbsmodeler.diagram.gantt.Timescale;
import org.wbsmodeler.diagram.tests.RecordingCanvas.Group;
import org.wbsmodeler.diagram.tests.RecordingCanvas.Shape;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.BaselineEntry;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.util.ModelBuilder;
import org.wbsmodeler.schedule.model.ProjectSchedule;

/**
 * The Gantt painter's structure, checked on what it draws (a recording canvas) against the schedule's dates: a bar
 * per activity where its dates are, an arrow per link from the end its type names to the end it names on the
 * successor, critical styling, progress, baseline bars, milestones, the status line, weekends, and that a clip
 * paints only the rows it meets.
 */
public class GanttPainterTest {

    private static final double EPS = 0.01;

    private Project project;
    private Phase phase;
    private Activity a;
    private Activity b;
    private Milestone m;
    private Activity f;

    @Before
    public void plan() throws Exception {
        ModelBuilder build = new ModelBuilder();
        project = build.project("Gantt test", LocalDate.of(2027, 2, 1));
        phase = build.phase(project, "Phase", null);
        a = build.activity(phase, "A", 5, 40);
        b = build.activity(phase, "B", 3, 24);
        Activity c = build.activity(phase, "C", 2, 16);
        Activity d = build.activity(phase, "D", 2, 16);
        Activity e = build.activity(phase, "E", 1, 8);
        m = build.milestone(phase, "M");
        f = build.activity(project, "F", 2, 16);
        build.link(a, b);
        build.link(a, c, DependencyType.SS, 1);
        build.link(b, d, DependencyType.FF, 0);
        build.link(c, e, DependencyType.SF, 0);
        build.link(b, m);
        a.setPercentComplete(50);
        Baseline baseline = WbsFactory.eINSTANCE.createBaseline();
        baseline.setName("Approved");
        BaselineEntry entry = WbsFactory.eINSTANCE.createBaselineEntry();
        entry.setElement(a);
        entry.setStart(LocalDateTime.of(2027, 2, 3, 8, 0));
        entry.setFinish(LocalDateTime.of(2027, 2, 9, 17, 0));
        baseline.getEntries().add(entry);
        project.getBaselines().add(baseline);
        project.setStatusDate(LocalDateTime.of(2027, 2, 4, 12, 0));
        ProjectSchedule.compute(project).writeToModel();
    }

    private GanttChart chart(GanttOptions options) {
        return GanttBuilder.build(project, options);
    }

    private static RecordingCanvas paint(GanttChart chart) {
        RecordingCanvas canvas = new RecordingCanvas();
        GanttPainter.paint(chart, canvas);
        return canvas;
    }

    @Test
    public void aBarPerActivityWhereItsDatesAre() {
        GanttChart chart = chart(new GanttOptions());
        RecordingCanvas canvas = paint(chart);
        List<Group> bars = canvas.groups("gantt-bar");
        assertEquals("A, B, C, D, E and F have bars", 6, bars.size());
        for (Group bar : bars) {
            WbsElement element = chart.rows().stream().filter(r -> r.code().equals(bar.id())).findFirst().orElseThrow().element();
            Shape rect = bar.first("rect");
            assertEquals(bar.id() + " starts at its early start", chart.xOf(element.getEarlyStart()), rect.x(), EPS);
            assertEquals(bar.id() + " ends at its early finish", chart.xOf(element.getEarlyFinish()), rect.x() + rect.width(), EPS);
            double top = chart.rowTop(chart.rowOf(element).index());
            assertTrue(bar.id() + " lies in its row", rect.y() > top && rect.y() + rect.xy()[3] < top + chart.rowHeight());
        }
        assertEquals("one bracket for the phase", List.of("1"), canvas.groups("gantt-summary").stream().map(Group::id).toList());
        Shape bracket = canvas.group("gantt-summary", "1").first("polygon");
        assertEquals(chart.xOf(a.getEarlyStart()), bracket.xy()[0], EPS);
        LocalDateTime last = phase.getChildren().stream().map(WbsElement::getEarlyFinish).max(LocalDateTime::compareTo).orElseThrow();
        assertEquals("the bracket spans the phase's children", chart.xOf(last), bracket.xy()[2], EPS);
    }

    @Test
    public void milestonesAreDiamondsAtTheirDate() {
        GanttChart chart = chart(new GanttOptions());
        Group diamond = paint(chart).group("gantt-milestone", "1.6");
        Shape polygon = diamond.first("polygon");
        assertEquals("4 corners", 8, polygon.xy().length);
        assertEquals("top corner at the date", chart.xOf(m.getEarlyFinish()), polygon.xy()[0], EPS);
        assertEquals("centred in its row", chart.rowTop(6) + chart.rowHeight() / 2, (polygon.xy()[1] + polygon.xy()[5]) / 2, EPS);
        String date = java.time.format.DateTimeFormatter.ofPattern("MMM d", java.util.Locale.ENGLISH).format(m.getEarlyFinish());
        assertEquals("says its date", date, diamond.shapes().stream().filter(s -> s.kind().equals("text")).findFirst().orElseThrow().text());
    }

    @Test
    public void criticalBarsAreRedAndTheOthersBlue() {
        GanttChart chart = chart(new GanttOptions());
        RecordingCanvas canvas = paint(chart);
        int critical = 0;
        for (Group bar : canvas.groups("gantt-bar")) {
            WbsElement element = chart.rows().stream().filter(r -> r.code().equals(bar.id())).findFirst().orElseThrow().element();
            assertEquals(bar.id(), element.isCritical(), bar.critical());
            assertEquals(bar.id(), element.isCritical() ? GanttStyle.CRITICAL : GanttStyle.BAR, bar.first("rect").color());
            critical += bar.critical() ? 1 : 0;
        }
        assertTrue("A and B drive the finish", canvas.group("gantt-bar", "1.1").critical() && canvas.group("gantt-bar", "1.2").critical());
        assertFalse("F has float", canvas.group("gantt-bar", "2").critical());
        assertTrue(critical >= 2);
        for (Group link : canvas.groups("gantt-link")) {
            assertEquals(link.id(), link.critical() ? GanttStyle.CRITICAL : GanttStyle.LINK, link.first("polyline").color());
        }
        assertTrue("A to B is a critical link", canvas.group("gantt-link", "1.1>1.2").critical());
    }

    @Test
    public void progressIsTheDoneShareOfTheBar() {
        GanttChart chart = chart(new GanttOptions());
        Group bar = paint(chart).group("gantt-bar", "1.1");
        List<Shape> rects = bar.shapes().stream().filter(s -> s.kind().equals("rect")).toList();
        assertEquals("bar and progress", 2, rects.size());
        assertEquals("half of A is done", rects.get(0).width() / 2, rects.get(1).width(), EPS);
    }

    @Test
    public void anArrowPerLinkFromTheEndItsTypeNames() {
        GanttChart chart = chart(new GanttOptions());
        RecordingCanvas canvas = paint(chart);
        int links = 0;
        for (WbsElement successor : List.of(phase.getChildren().toArray(new WbsElement[0]))) {
            for (Dependency d : successor.getPredecessors()) {
                links++;
                WbsElement pred = d.getPredecessor();
                String type = d.getType().getLiteral().toLowerCase();
                Group g = canvas.group("gantt-link", chart.rowOf(pred).code() + ">" + chart.rowOf(successor).code());
                assertTrue(g.role() + " is a " + type + " link", g.is(type));
                Shape line = g.first("polyline");
                assertTrue("ends in an arrow head", line.arrow());
                double[] xy = line.xy();
                boolean fromFinish = d.getType() == DependencyType.FS || d.getType() == DependencyType.FF;
                boolean toStart = d.getType() == DependencyType.FS || d.getType() == DependencyType.SS;
                double fromX = chart.xOf(fromFinish ? pred.getEarlyFinish() : pred.getEarlyStart());
                assertEquals(g.id() + " leaves from the " + (fromFinish ? "finish" : "start"), fromX, xy[0], EPS);
                assertEquals(g.id() + " leaves from the middle of the row", chart.rowTop(chart.rowOf(pred).index()) + chart.rowHeight() / 2, xy[1], EPS);
                double toX = chart.xOf(toStart ? successor.getEarlyStart() : successor.getEarlyFinish());
                double endX = xy[xy.length - 2];
                double endY = xy[xy.length - 1];
                int row = chart.rowOf(successor).index();
                if (successor instanceof Milestone) {
                    assertTrue(g.id() + " arrives at the diamond", Math.abs(toX - endX) <= GanttStyle.DIAMOND + EPS);
                } else if (d.getType() == DependencyType.FS && xy.length == 6) {
                    // dropped onto the bar, just inside its start
                    assertTrue(g.id() + " lands on the successor's start", endX >= toX && endX <= toX + 4 + EPS);
                    assertTrue(g.id() + " lands on the bar's top", endY > chart.rowTop(row) && endY < chart.rowTop(row) + chart.rowHeight() / 2);
                } else {
                    assertEquals(g.id() + " arrives at the " + (toStart ? "start" : "finish"), toX, endX, EPS);
                    assertEquals(chart.rowTop(row) + chart.rowHeight() / 2, endY, EPS);
                    double before = xy[xy.length - 4];
                    assertTrue(g.id() + " heads into the bar", toStart ? before < endX : before > endX);
                }
            }
        }
        assertEquals(5, links);
        assertEquals(links, canvas.groups("gantt-link").size());
        assertEquals("every type is drawn", Set.of("fs", "ss", "ff", "sf"), canvas.groups("gantt-link").stream()
                .map(g -> g.role().split(" ")[1]).collect(Collectors.toSet()));
    }

    @Test
    public void baselineBarsLieUnderTheCurrentOnes() {
        assertTrue("no baseline bars unless asked for", paint(chart(new GanttOptions())).groups("gantt-baseline").isEmpty());
        GanttChart chart = chart(new GanttOptions().baseline(0));
        RecordingCanvas canvas = paint(chart);
        assertEquals("A has a baseline entry, nobody else", List.of("1.1"), canvas.groups("gantt-baseline").stream().map(Group::id).toList());
        Shape base = canvas.group("gantt-baseline", "1.1").first("rect");
        assertEquals(chart.xOf(LocalDateTime.of(2027, 2, 3, 8, 0)), base.x(), EPS);
        assertEquals(chart.xOf(LocalDateTime.of(2027, 2, 9, 17, 0)), base.x() + base.width(), EPS);
        Shape bar = canvas.group("gantt-bar", "1.1").first("rect");
        assertTrue("under the bar", base.y() >= bar.y() + bar.xy()[3]);
        assertTrue("inside the row", base.y() + base.xy()[3] <= chart.rowTop(1) + chart.rowHeight());
    }

    @Test
    public void statusLineAndWeekendsFromTheCalendar() {
        GanttChart chart = chart(new GanttOptions().timescale(Timescale.DAY));
        assertEquals(chart.xOf(project.getStatusDate()), chart.statusX(), EPS);
        RecordingCanvas canvas = paint(chart);
        Shape status = canvas.groups("gantt-status").get(0).first("polyline");
        assertEquals(chart.statusX(), status.xy()[0], EPS);
        double saturday = chart.xOf(LocalDateTime.of(2027, 2, 6, 0, 0));
        assertTrue("the first weekend is shaded, two days wide", chart.nonWorking().stream()
                .anyMatch(band -> Math.abs(band.x() - saturday) < EPS && Math.abs(band.width() - 2 * chart.pixelsPerDay()) < EPS));
        double wednesday = chart.xOf(LocalDateTime.of(2027, 2, 3, 12, 0));
        assertFalse("working days are not", chart.nonWorking().stream().anyMatch(band -> band.x() <= wednesday && band.x() + band.width() > wednesday));
        assertFalse("months are too narrow to shade days", chart(new GanttOptions().timescale(Timescale.MONTH)).nonWorking().size() > 0);
    }

    @Test
    public void timescaleTiersAreCalendarUnits() {
        GanttChart chart = chart(new GanttOptions().timescale(Timescale.WEEK));
        for (GanttChart.Tick tick : chart.lowerTier()) {
            assertEquals("weeks start on Monday", java.time.DayOfWeek.MONDAY, chart.dateAt(tick.x()).getDayOfWeek());
            assertEquals(7 * chart.pixelsPerDay(), tick.width(), EPS);
        }
        assertEquals("Feb 2027", chart.upperTier().get(chart.upperTier().size() - 1).label());
        GanttChart quarters = chart(new GanttOptions().timescale(Timescale.QUARTER));
        assertTrue(quarters.lowerTier().get(0).label().startsWith("Q1"));
        assertEquals("2027", quarters.upperTier().get(0).label());
    }

    @Test
    public void hitTestingGeometryIsConsistent() {
        GanttChart chart = chart(new GanttOptions().columns(List.of()));
        assertEquals("no table on the editor page", 0, chart.tableWidth(), 0);
        LocalDateTime t = LocalDateTime.of(2027, 2, 3, 10, 30);
        assertEquals(t, chart.dateAt(chart.xOf(t)));
        for (int i = 0; i < chart.rowCount(); i++) {
            assertEquals(i, chart.rowAt(chart.rowTop(i) + 1));
            assertEquals(i, chart.rowAt(chart.rowTop(i) + chart.rowHeight() - 1));
        }
        assertEquals("the header is no row", -1, chart.rowAt(chart.headerHeight() - 1));
        assertEquals("below the last row", -1, chart.rowAt(chart.rowTop(chart.rowCount())));
        assertEquals(a, chart.rows().get(chart.rowOf(a).index()).element());
        assertNotNull(chart.bar(chart.rowOf(a).index()));
    }

    @Test
    public void keptRowsOnlyAndLinksBetweenThem() {
        GanttChart chart = chart(new GanttOptions().rows(List.of(phase, a, b)));
        assertEquals(List.of("1", "1.1", "1.2"), chart.rows().stream().map(GanttChart.Row::code).toList());
        assertEquals("only A to B has both ends shown", 1, chart.links().size());
        assertEquals("from A's row", 1, chart.links().get(0).from());
        assertEquals("to B's row", 2, chart.links().get(0).to());
    }

    @Test
    public void aClipPaintsOnlyTheRowsItMeets() {
        Project big = GanttBenchmark.scheduledPlan(2000);
        GanttChart chart = GanttBuilder.build(big, new GanttOptions().columns(List.of()));
        double top = chart.rowTop(1000);
        double height = 30 * chart.rowHeight();
        // a screenful: 30 rows, 1200 pixels from a little before the first bar in them
        double left = chart.bar(1000).x() - 200;
        RecordingCanvas canvas = new RecordingCanvas();
        GanttPainter.paint(chart, canvas, left, top, 1200, height);
        Set<String> painted = canvas.groups.stream().filter(g -> g.is("gantt-bar") || g.is("gantt-summary") || g.is("gantt-milestone"))
                .map(Group::id).collect(Collectors.toSet());
        assertTrue("the rows in the clip are painted: " + painted.size(), painted.size() >= 20);
        for (String code : painted) {
            int row = chart.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().index();
            assertTrue(code + " (row " + row + ") is in the clip", row >= 1000 && row <= 1030);
        }
        for (Group link : canvas.groups("gantt-link")) {
            Shape line = link.first("polyline");
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (int i = 1; i < line.xy().length; i += 2) {
                min = Math.min(min, line.xy()[i]);
                max = Math.max(max, line.xy()[i]);
            }
            assertTrue(link.id() + " meets the clip", max >= top - 6 && min <= top + height + 6);
        }
        assertTrue("far fewer shapes than the whole chart", canvas.all.size() * 20 < paint(chart).all.size());
    }

    @Test
    public void svgHasAGroupPerBarAndLink() throws Exception {
        GanttChart chart = chart(new GanttOptions().baseline(0).title("Gantt test"));
        Document svg = Svg.parse(GanttExporter.toSvg(chart));
        assertEquals(1, Svg.groups(svg, "gantt-bar", "1.1").size());
        assertTrue(Svg.hasClass(Svg.group(svg, "gantt-bar", "1.1"), "critical"));
        assertEquals(1, Svg.groups(svg, "gantt-milestone", "1.6").size());
        assertEquals(1, Svg.groups(svg, "gantt-baseline", "1.1").size());
        assertEquals(1, Svg.groups(svg, "gantt-link", "1.3>1.5").size());
        assertTrue(Svg.hasClass(Svg.group(svg, "gantt-link", "1.3>1.5"), "sf"));
        assertEquals("a table row per element", chart.rowCount(), countRows(svg));
    }

    private static int countRows(Document svg) {
        int n = 0;
        org.w3c.dom.NodeList gs = svg.getElementsByTagNameNS(org.wbsmodeler.diagram.render.SvgCanvas.SVG_NS, "g");
        for (int i = 0; i < gs.getLength(); i++) {
            if (Svg.hasClass((org.w3c.dom.Element) gs.item(i), "gantt-row")) {
                n++;
            }
        }
        return n;
    }

    @Test
    public void aManualTaskIsDrawnTealWithEndCapsAtItsManualDates() throws Exception {
        f.setTaskMode(org.wbsmodeler.model.TaskMode.MANUAL);
        f.setManualStart(LocalDateTime.of(2027, 2, 15, 8, 0));
        ProjectSchedule.compute(project).writeToModel();
        GanttChart chart = chart(new GanttOptions());
        RecordingCanvas canvas = paint(chart);
        Group manual = canvas.group("gantt-bar", "2");
        assertTrue(manual.role(), manual.is("manual"));
        assertTrue("the chart says so", chart.bar(chart.rowOf(f).index()).manual());
        assertEquals("at its manual start", chart.xOf(LocalDateTime.of(2027, 2, 15, 8, 0)), chart.bar(chart.rowOf(f).index()).x(), EPS);
        List<Shape> rects = manual.shapes().stream().filter(s -> s.kind().equals("rect")).toList();
        assertEquals("the bar and its two end caps", 3, rects.size());
        assertEquals(GanttStyle.MANUAL_EDGE, rects.get(1).color());
        Group auto = canvas.group("gantt-bar", "1.2");
        assertFalse("an auto-scheduled task is not", auto.is("manual") || chart.bar(chart.rowOf(b).index()).manual());
        assertTrue("drawn blue or red", GanttStyle.BAR.equals(auto.first("rect").color()) || GanttStyle.CRITICAL.equals(auto.first("rect").color()));
    }
}
