package org.wbsmodeler.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.diagram.gantt.GanttBuilder;
import org.wbsmodeler.diagram.gantt.GanttChart;
import org.wbsmodeler.diagram.columns.PlanColumn;
import org.wbsmodeler.diagram.gantt.GanttExporter;
import org.wbsmodeler.diagram.gantt.GanttViews;
import org.wbsmodeler.diagram.gantt.Timescale;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.view.ViewFilter;
import org.wbsmodeler.schedule.model.ProjectSchedule;

/**
 * The views the example ships (the CRM template's), each applied to the scheduled example and drawn: what each
 * audience sees. The PNGs land in {@code target/gantt-views/} to be looked at.
 */
public class ShippedViewsTest {

    private Project example;
    private OutlineIndex outline;

    @Before
    public void load() throws Exception {
        Path file = Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs");
        example = ModelFiles.load(file);
        ProjectSchedule.compute(example).writeToModel();
        outline = OutlineIndex.build(example);
    }

    private View view(String name) {
        View view = ViewFilter.find(example, name);
        assertNotNull("the example ships the view '" + name + "'", view);
        return view;
    }

    /** Draws the view as the CLI does, writes the PNG to look at, and returns the chart. */
    private GanttChart draw(View view, ViewFilter.Result kept) throws Exception {
        GanttChart chart = GanttBuilder.build(example, GanttViews.options(example, view, kept));
        assertEquals(kept.kept().size(), chart.rowCount());
        Path dir = Files.createDirectories(Path.of("target", "gantt-views"));
        GanttExporter.export(chart, dir.resolve(view.getName().toLowerCase(Locale.ROOT).replace(' ', '-') + ".png"));
        return chart;
    }

    @Test
    public void steeringCommitteeSeesPhasesAndMilestonesByMonth() throws Exception {
        View view = view("Steering committee");
        ViewFilter.Result kept = ViewFilter.apply(example, view);
        for (WbsElement e : kept.kept()) {
            boolean aboveMilestone = outline.subtree(e).stream().anyMatch(l -> l.element() instanceof Milestone);
            assertTrue(outline.code(e) + " is a phase, a milestone or above one", e instanceof Phase || e instanceof Milestone || aboveMilestone);
        }
        for (WbsElement e : outline.elements()) {
            if (e instanceof Phase || e instanceof Milestone) {
                assertTrue(outline.code(e) + " is shown", kept.keeps(e));
            }
        }
        GanttChart chart = draw(view, kept);
        assertEquals(Timescale.MONTH, chart.timescale());
        assertEquals(List.of(PlanColumn.CODE, PlanColumn.NAME, PlanColumn.START, PlanColumn.FINISH), chart.columns());
        assertTrue("no activity bars, only brackets and diamonds", chart.rows().stream().noneMatch(r -> r.kind() == GanttChart.RowKind.TASK));
    }

    @Test
    public void itTeamLeadSeesIntegrationMigrationAndBuildWithFloatAndPeople() throws Exception {
        View view = view("IT team lead");
        ViewFilter.Result kept = ViewFilter.apply(example, view);
        assertTrue(kept.matched() > 20);
        for (WbsElement e : kept.kept()) {
            if (!outline.isSummary(e)) {
                assertTrue(outline.code(e) + " " + e.getName() + " is integration, migration or build work", isItWork(e));
            }
        }
        for (String name : List.of("Build accounting interface", "Run trial migration", "Run production migration", "Specify ERP order interface")) {
            assertTrue(name, kept.kept().stream().anyMatch(e -> name.equals(e.getName())));
        }
        assertFalse("sales workshops are not IT work", kept.kept().stream().anyMatch(e -> "Run sales workshops".equals(e.getName())));
        GanttChart chart = draw(view, kept);
        assertEquals(Timescale.WEEK, chart.timescale());
        int people = chart.columns().indexOf(PlanColumn.RESOURCES);
        int floatColumn = chart.columns().indexOf(PlanColumn.TOTAL_FLOAT);
        assertTrue(people > 0 && floatColumn > 0 && chart.columns().contains(PlanColumn.START));
        GanttChart.Row erp = chart.rows().stream().filter(r -> r.name().equals("Build ERP order interface")).findFirst().orElseThrow();
        assertEquals("Integration developer", erp.cells().get(people));
        assertEquals("0 d", erp.cells().get(floatColumn));
    }

    private boolean isItWork(WbsElement e) {
        for (EObject o = e; o instanceof WbsElement w; o = w.eContainer()) {
            String name = w.getName().toLowerCase(Locale.ROOT);
            if (name.contains("integrat") || name.contains("migrat") || name.contains("build and configuration")) {
                return true;
            }
        }
        return false;
    }

    @Test
    public void criticalPathShowsEveryCriticalTaskAndNothingElse() throws Exception {
        View view = view("Critical path");
        ViewFilter.Result kept = ViewFilter.apply(example, view);
        for (WbsElement leaf : outline.leaves()) {
            assertEquals(outline.code(leaf), leaf.isCritical(), kept.keeps(leaf));
        }
        GanttChart chart = draw(view, kept);
        for (int i = 0; i < chart.rowCount(); i++) {
            GanttChart.Bar bar = chart.bar(i);
            if (bar.kind() != GanttChart.RowKind.SUMMARY) {
                assertTrue(chart.rows().get(i).code() + " is drawn critical", bar.critical());
            }
        }
        assertTrue("the critical chain is linked", chart.links().stream().allMatch(GanttChart.Link::critical) && chart.links().size() > 10);
    }
}
