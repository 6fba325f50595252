package org.wbsmodeler.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;
import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.bench.SyntheticDiagrams;
import org.wbsmodeler.diagram.layout.ElkDiagramLayout;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramKind;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.TextLine;

/** Layout of synthetic diagrams: the geometry every picture must have, whatever ELK decides in detail. */
public class LayoutTest {

    private final DiagramExporter exporter = new DiagramExporter();

    @Test
    public void treeBoxesDoNotOverlapAndEdgesJoinParentAndChild() {
        for (int size : new int[] { 1, 2, 12, 60, 300 }) {
            Diagram d = exporter.prepare(SyntheticDiagrams.wbsTree(size, 4, size));
            Geometry.assertNoOverlaps(d);
            Geometry.assertEdgesJoinTheirNodes(d);
            Geometry.assertOrthogonal(d);
            Geometry.assertInsideDiagram(d);
        }
    }

    @Test
    public void treeRootIsOnTopAndChildrenBelowTheirParent() {
        Diagram d = exporter.prepare(SyntheticDiagrams.wbsTree(40, 3, 3));
        DiagramNode root = d.getNode("0");
        for (DiagramNode n : d.getNodes()) {
            if (n != root) {
                assertTrue(n + " is not below the root", n.getY() >= root.getBottom());
            }
        }
        d.getEdges().forEach(e -> assertTrue(e + ": child above parent",
                e.getTarget().getY() >= e.getSource().getBottom()));
    }

    @Test
    public void randomUnbalancedTreesNeverOverlapWhateverTheListDepth() {
        for (int depth : new int[] { ElkDiagramLayout.TREE_AUTO, 2, 3, ElkDiagramLayout.TREE_ORG_CHART_ONLY }) {
            for (long seed = 1; seed <= 6; seed++) {
                java.util.Random random = new java.util.Random(seed);
                Diagram d = new Diagram(DiagramKind.TREE);
                List<DiagramNode> nodes = new java.util.ArrayList<>();
                int size = 5 + random.nextInt(120);
                for (int i = 0; i < size; i++) {
                    DiagramNode n = d.addNode("n" + i, List.of(TextLine.bold("Element " + i + " " + "x".repeat(
                            random.nextInt(40)))));
                    if (!nodes.isEmpty()) {
                        // prefer recent nodes so that some branches get deep
                        int parent = Math.max(0, nodes.size() - 1 - random.nextInt(Math.min(nodes.size(), 8)));
                        d.addEdge(nodes.get(random.nextInt(3) == 0 ? random.nextInt(nodes.size()) : parent), n);
                    }
                    nodes.add(n);
                }
                DiagramExporter e = new DiagramExporter();
                e.getLayout().setTreeListDepth(depth);
                e.prepare(d);
                Geometry.assertNoOverlaps(d);
                Geometry.assertEdgesJoinTheirNodes(d);
                Geometry.assertOrthogonal(d);
                Geometry.assertInsideDiagram(d);
            }
        }
    }

    @Test
    public void forestsAndNonTreeEdgesAreDrawnToo() {
        Diagram d = new Diagram(DiagramKind.TREE);
        DiagramNode a = d.addNode("a", List.of(TextLine.text("Root A")));
        DiagramNode b = d.addNode("b", List.of(TextLine.text("Root B")));
        DiagramNode a1 = d.addNode("a1", List.of(TextLine.text("A.1")));
        DiagramNode a2 = d.addNode("a2", List.of(TextLine.text("A.2")));
        DiagramNode b1 = d.addNode("b1", List.of(TextLine.text("B.1")));
        d.addEdge(a, a1);
        d.addEdge(a, a2);
        d.addEdge(b, b1);
        d.addEdge(b1, a2); // a second parent: drawn, but not part of the tree
        d.addEdge(a2, a); // would close a cycle
        exporter.prepare(d);
        Geometry.assertNoOverlaps(d);
        Geometry.assertEdgesJoinTheirNodes(d);
        Geometry.assertInsideDiagram(d);
    }

    @Test
    public void pureOrgChartPutsEachDepthOnOneRow() {
        DiagramExporter orgChart = new DiagramExporter();
        orgChart.getLayout().setTreeListDepth(ElkDiagramLayout.TREE_ORG_CHART_ONLY);
        Diagram d = orgChart.prepare(SyntheticDiagrams.wbsTree(40, 3, 3));
        Geometry.assertNoOverlaps(d);
        Geometry.assertEdgesJoinTheirNodes(d);
        // codes have one dot per level below the phases; all boxes of a level share their top
        java.util.Map<Integer, Double> tops = new java.util.HashMap<>();
        for (DiagramNode n : d.getNodes()) {
            int level = n.getId().equals("0") ? 0 : n.getId().split("\\.").length;
            Double top = tops.putIfAbsent(level, n.getY());
            if (top != null) {
                assertEquals("level " + level + " is not one row", top, n.getY(), 0.01);
            }
        }
    }

    @Test
    public void networkBoxesDoNotOverlapAndEdgesAreOrthogonalAndJoinTheirNodes() {
        for (int size : new int[] { 1, 2, 25, 150 }) {
            Diagram d = exporter.prepare(SyntheticDiagrams.network(size, size));
            Geometry.assertNoOverlaps(d);
            Geometry.assertEdgesJoinTheirNodes(d);
            Geometry.assertOrthogonal(d);
            Geometry.assertInsideDiagram(d);
        }
    }

    @Test
    public void unwrappedNetworkFlowsLeftToRight() {
        DiagramExporter oneBand = new DiagramExporter();
        oneBand.getLayout().setWrapNetworks(false);
        Diagram d = oneBand.prepare(SyntheticDiagrams.network(30, 5));
        Geometry.assertNoOverlaps(d);
        Geometry.assertEdgesJoinTheirNodes(d);
        d.getEdges().forEach(e -> assertTrue(e + " does not go left to right",
                e.getTarget().getX() >= e.getSource().getRight()));
    }

    @Test
    public void edgeLabelsArePlaced() {
        // the synthetic network's links are plain finish-to-start, drawn unlabelled: give them the labels of
        // start-to-start links with a lag, as NetworkBuilder does
        Diagram d = SyntheticDiagrams.network(20, 1);
        d.getEdges().forEach(e -> e.setLabel("SS +2 d"));
        exporter.prepare(d);
        assertTrue(!d.getEdges().isEmpty());
        d.getEdges().forEach(e -> {
            assertTrue(e + " label not placed", e.isLabelPlaced());
            assertTrue(e + " label outside the drawing", e.getLabelX() >= 0 && e.getLabelY() >= 0
                    && e.getLabelX() + e.getLabelWidth() <= d.getWidth()
                    && e.getLabelY() + e.getLabelHeight() <= d.getHeight());
        });
    }

    @Test
    public void processStepsStayInsideTheirProcessAndLinksCrossContainerBorders() {
        Diagram d = exporter.prepare(SyntheticDiagrams.process(3, 4, 11));
        Geometry.assertNoOverlaps(d);
        Geometry.assertEdgesJoinTheirNodes(d);
        Geometry.assertOrthogonal(d);
        Geometry.assertInsideDiagram(d);
        for (DiagramNode n : d.getNodes()) {
            if (n.isContainer()) {
                // the header band stays free of children
                for (DiagramNode c : n.getChildren()) {
                    assertTrue(c + " covers the header of " + n, c.getY() >= n.getY() + n.getHeaderHeight());
                }
            }
        }
    }

    @Test
    public void stepsOfAProcessLineUp() {
        Diagram d = exporter.prepare(SyntheticDiagrams.process(2, 5, 4));
        for (DiagramNode process : d.getNodes()) {
            List<DiagramNode> steps = process.getChildren();
            for (DiagramNode s : steps) {
                assertEquals("steps of " + process.getId() + " are not on one line", steps.get(0).getCenterY(),
                        s.getCenterY(), 0.5);
            }
        }
    }

    @Test
    public void processesKeepModelOrderAndLinkedBoxesStandToTheirRight() {
        Diagram d = exporter.prepare(SyntheticDiagrams.process(4, 3, 21));
        double lastY = -1;
        double rightOfProcesses = 0;
        for (DiagramNode n : d.getTopLevelNodes()) {
            if (n.isContainer()) {
                assertTrue(n.getId() + " is out of model order", n.getY() > lastY);
                lastY = n.getY();
                rightOfProcesses = Math.max(rightOfProcesses, n.getRight());
            }
        }
        int linked = 0;
        for (DiagramNode n : d.getTopLevelNodes()) {
            boolean isTarget = d.getEdges().stream().anyMatch(e -> e.getTarget() == n);
            if (!n.isContainer() && isTarget) {
                linked++;
                assertTrue(n + " is not right of the processes", n.getX() > rightOfProcesses);
            }
        }
        assertTrue(linked > 0);
    }

    @Test
    public void processDiagramsOfOtherShapesFallBackToOneElkRun() {
        // a flow from a step of one process into a step of another is not the usual shape
        Diagram d = SyntheticDiagrams.process(2, 3, 5);
        d.addEdge(d.getNode("p0s2"), d.getNode("p1s0"));
        exporter.prepare(d);
        Geometry.assertNoOverlaps(d);
        Geometry.assertEdgesJoinTheirNodes(d);
        Geometry.assertOrthogonal(d);
        Geometry.assertInsideDiagram(d);
    }

    @Test
    public void layoutIsDeterministic() {
        Diagram a = exporter.prepare(SyntheticDiagrams.network(60, 9));
        Diagram b = exporter.prepare(SyntheticDiagrams.network(60, 9));
        assertEquals(exporter.toSvg(a), exporter.toSvg(b));
    }

    @Test
    public void largeNetworkDoesNotOverflowTheStack() {
        // ELK's recursive passes need a deep stack for long chains; the layout runs them on a big-stack thread
        Diagram d = exporter.prepare(SyntheticDiagrams.network(3000, 2));
        assertEquals(3000, d.getNodeCount());
        assertTrue(d.getWidth() > 0);
    }

    @Test
    public void emptyDiagramGetsAMarginSizedCanvas() {
        Diagram d = exporter.prepare(new Diagram(DiagramKind.NETWORK));
        assertTrue(d.getWidth() > 0 && d.getHeight() > 0);
        assertTrue(exporter.toSvg(d).contains("<svg"));
    }

    @Test
    public void titleIsAboveTheDrawing() {
        Diagram d = new Diagram(DiagramKind.NETWORK).setTitle("A rather long title for a tiny diagram, to be sure");
        d.addNode("a", List.of(TextLine.text("A")));
        exporter.prepare(d);
        assertTrue(d.getNode("a").getY() >= d.getTitleHeight());
        assertTrue(d.getWidth() >= d.getTitleWidth());
    }
}
