package org.wbsmodeler.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.w3c.dom.Document;
import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.build.NetworkBuilder;
import org.wbsmodeler.diagram.build.PbsBuilder;
import org.wbsmodeler.diagram.build.WbsTreeBuilder;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramKind;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.WbsElement;

/** The three diagrams built from a model, checked for content and then for geometry. */
public class BuilderTest {

    private final SampleModels m = new SampleModels();
    private final DiagramExporter exporter = new DiagramExporter();

    // ------------------------------------------------------------------ WBS

    @Test
    public void wbsChartHasOneBoxPerElementWithCodeNameAndFigures() throws Exception {
        Diagram d = new WbsTreeBuilder().build(m.project);
        assertEquals(DiagramKind.TREE, d.getKind());
        assertEquals(1 + 2 + 1 + 1 + 4, d.getNodeCount()); // project, 2 phases, requirements, deliverable, 3+1
        DiagramNode req = boxOf(d, m.requirements);
        assertTrue(req.getLabel(), req.getLabel().contains("1.1"));
        assertTrue(req.getLabel(), req.getLabel().contains("Gather sales requirements"));
        assertTrue(req.getLabel(), req.getLabel().contains("5 d"));
        assertTrue(req.getLabel(), req.getLabel().contains("3,200 USD")); // 40 h x 80
        assertTrue(boxOf(d, m.analysis).getLabel().contains("3,200 USD")); // rolled up
        assertTrue(boxOf(d, m.live).getLabel().contains("milestone"));
        assertEquals(d.getNodeCount() - 1, d.getEdges().size());
        for (DiagramEdge e : d.getEdges()) {
            assertFalse(e.hasArrowHead());
        }
        checkGeometryAndSvg(d);
    }

    @Test
    public void depthLimitHidesLowerLevelsAndSaysHowManyWithABadge() throws Exception {
        Diagram d = new WbsTreeBuilder().depth(1).build(m.project);
        assertEquals(3, d.getNodeCount());
        DiagramNode buildBox = boxOf(d, m.build);
        assertEquals("+5", buildBox.getBadge()); // deliverable and its 4 children
        assertTrue(buildBox.getStyle().dashed());
        assertEquals("+1", boxOf(d, m.analysis).getBadge());
        checkGeometryAndSvg(d);
    }

    @Test
    public void collapsedSubtreesAreHidden() throws Exception {
        Diagram d = new WbsTreeBuilder().collapse(Set.of(m.salesModule)).build(m.project);
        assertNull(find(d, m.configure));
        assertEquals("+4", boxOf(d, m.salesModule).getBadge());
        assertNotNull(find(d, m.requirements));
        checkGeometryAndSvg(d);
    }

    @Test
    public void subtreeChartStartsAtTheGivenElement() throws Exception {
        Diagram d = new WbsTreeBuilder().build(m.salesModule);
        assertEquals(5, d.getNodeCount());
        assertSame(m.salesModule, d.getNodes().get(0).getSource());
        checkGeometryAndSvg(d);
    }

    // ------------------------------------------------------------------ PBS

    @Test
    public void pbsDrawsProcessesAroundTheirStepsWithOwnersAndWbsLinks() throws Exception {
        Diagram d = new PbsBuilder().build(m.project);
        assertEquals(DiagramKind.PROCESS, d.getKind());
        assertEquals("PBS \u2014 Customer-facing processes", d.getTitle());
        DiagramNode sales = d.getNodes().stream().filter(n -> n.getLabel().startsWith("Sales process")).findFirst()
                .orElseThrow();
        // steps with owners: one swim lane per owner, each step in its owner's lane, in process order
        List<DiagramNode> steps = d.getNodes().stream()
                .filter(n -> n.getSource() instanceof ProcessStep && n.getParent() != null && n.getParent().getParent() == sales).toList();
        assertEquals(4, steps.size());
        assertTrue(sales.getChildren().stream().allMatch(DiagramNode::isContainer));
        steps.forEach(step -> assertEquals(step.getLane(), step.getParent().getLane()));
        assertEquals("Sales manager", sales.getBadge());
        assertEquals("Sales consultant", steps.get(0).getBadge());
        assertTrue(steps.get(1).getLabel().contains("within 2 days"));
        assertTrue(steps.get(1).getLabel().contains("cycle 2 h"));
        // flow between consecutive steps, then links to the two distinct WBS elements
        List<DiagramEdge> flow = d.getEdges().stream().filter(e -> steps.contains(e.getTarget())).toList();
        assertEquals(3, flow.size());
        List<DiagramEdge> links = d.getEdges().stream().filter(e -> e.getTarget().getSource() instanceof WbsElement)
                .toList();
        assertEquals(3, links.size());
        assertTrue(links.stream().allMatch(e -> e.getStyle().dashed()));
        assertEquals(2, links.stream().map(DiagramEdge::getTarget).distinct().count());
        assertTrue(links.stream().allMatch(e -> e.getSource().getSource() instanceof ProcessStep));
        // a process without steps still gets a box, with a note inside
        assertTrue(d.getNodes().stream().anyMatch(n -> n.getLabel().startsWith("Marketing campaign")
                && n.isContainer()));
        checkGeometryAndSvg(d);
    }

    @Test
    public void pbsWithoutLinkBoxesListsTheWbsCodesInTheSteps() throws Exception {
        Diagram d = new PbsBuilder().showWbsLinks(false).build(m.project);
        assertTrue(d.getEdges().stream().noneMatch(e -> e.getStyle().dashed()));
        assertTrue(d.getNodes().stream().anyMatch(n -> n.getLabel().contains("WBS 2.1.1, 2.1.2")));
        checkGeometryAndSvg(d);
    }

    @Test
    public void modelWithoutProcessesGivesANote() throws Exception {
        m.project.setProcessBreakdown(null);
        Diagram d = new PbsBuilder().build(m.project);
        assertEquals(1, d.getNodeCount());
        checkGeometryAndSvg(d);
    }

    // ------------------------------------------------------------------ network

    @Test
    public void networkShowsScheduledDatesFloatAndLinkTypes() throws Exception {
        Diagram d = new NetworkBuilder().build(m.project);
        assertEquals(DiagramKind.NETWORK, d.getKind());
        assertEquals(5, d.getNodeCount()); // leaves only
        DiagramNode reports = boxOf(d, m.reports);
        String label = reports.getLabel();
        assertTrue(label, label.contains("ES 2027-02-08"));
        assertTrue(label, label.contains("EF 2027-02-12"));
        assertTrue(label, label.contains("LS 2027-02-09"));
        assertTrue(label, label.contains("LF 2027-02-13"));
        assertTrue(label, label.contains("Float 1 d"));
        assertTrue(label, label.contains("4 d"));
        assertTrue(label, label.contains("2.1.2"));
        assertFalse(reports.getStyle().critical());
        assertTrue(boxOf(d, m.configure).getStyle().critical());
        // plain finish-to-start links are drawn without a label, as in MS Project's network view
        assertEquals(java.util.Arrays.asList(null, "SS +2 d", null, "FF \u22121 d", null),
                d.getEdges().stream().map(DiagramEdge::getLabel).toList());
        for (DiagramEdge e : d.getEdges()) {
            boolean bothCritical = e.getSource().getStyle().critical() && e.getTarget().getStyle().critical();
            assertEquals(e.toString(), bothCritical, e.getStyle().critical());
        }
        checkGeometryAndSvg(d);
    }

    @Test
    public void criticalOnlyKeepsTheCriticalPath() throws Exception {
        Diagram d = new NetworkBuilder().criticalOnly(true).build(m.project);
        assertNull(find(d, m.reports));
        assertEquals(4, d.getNodeCount());
        assertEquals(3, d.getEdges().size());
        assertTrue(d.getEdges().stream().allMatch(e -> e.getStyle().critical()));
        assertTrue(d.getTitle().contains("critical"));
        checkGeometryAndSvg(d);
    }

    @Test
    public void unscheduledModelShowsDashesAndNoCriticalPath() throws Exception {
        for (WbsElement e : List.of(m.requirements, m.configure, m.reports, m.test, m.live)) {
            e.setEarlyStart(null);
            e.setEarlyFinish(null);
            e.setLateStart(null);
            e.setLateFinish(null);
            e.setCritical(false);
        }
        Diagram d = new NetworkBuilder().build(m.project);
        assertTrue(boxOf(d, m.test).getLabel().contains("ES \u2014"));
        assertTrue(d.getNodes().stream().noneMatch(n -> n.getStyle().critical()));
        checkGeometryAndSvg(d);
        Diagram critical = new NetworkBuilder().criticalOnly(true).build(m.project);
        assertEquals(1, critical.getNodeCount()); // the explanatory note
    }

    // ------------------------------------------------------------------ helpers

    private void checkGeometryAndSvg(Diagram d) throws Exception {
        exporter.prepare(d);
        Geometry.assertNoOverlaps(d);
        Geometry.assertEdgesJoinTheirNodes(d);
        Geometry.assertInsideDiagram(d);
        Document doc = Svg.parse(exporter.toSvg(d));
        for (DiagramNode n : d.getNodes()) {
            String text = String.join(" ", Svg.texts(Svg.group(doc, n.isContainer() ? "container" : "node",
                    n.getId())));
            for (String word : n.getLabel().split("\\s+")) {
                assertTrue("'" + word + "' of " + n.getId() + " missing in the SVG", text.contains(word));
            }
        }
    }

    private static DiagramNode find(Diagram d, Object source) {
        return d.getNodes().stream().filter(n -> n.getSource() == source).findFirst().orElse(null);
    }

    private static DiagramNode boxOf(Diagram d, Object source) {
        DiagramNode n = find(d, source);
        assertNotNull("no box for " + source, n);
        return n;
    }
}
