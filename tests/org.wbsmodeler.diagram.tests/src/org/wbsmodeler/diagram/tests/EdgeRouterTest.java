package org.wbsmodeler.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.bench.SyntheticDiagrams;
import org.wbsmodeler.diagram.layout.EdgeRouter;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.Point;

/**
 * A link added to a laid-out network is routed among the boxes where they stand: out of the source's right side,
 * into the target's left side, orthogonal, through no box; no box moves. On a folded 2,000-box network, links
 * between neighbours and links across the whole schedule (the benchmark's) both find a route.
 */
public class EdgeRouterTest {

    @Test
    public void newLinksAreRoutedClearOfEveryBoxAndNoBoxMoves() {
        Diagram d = new DiagramExporter().prepare(SyntheticDiagrams.network(2000, 7));
        List<DiagramNode> nodes = d.getNodes().stream().filter(n -> n.getId().startsWith("a")).toList();
        List<double[]> before = nodes.stream().map(n -> new double[] { n.getX(), n.getY() }).toList();
        List<DiagramNode[]> pairs = new ArrayList<>();
        for (int i = 0; i < 1000 && pairs.size() < 20; i += 50) {
            pairs.add(new DiagramNode[] { nodes.get(i), nodes.get(nodes.size() - 1 - i) });
            pairs.add(new DiagramNode[] { nodes.get(i), nodes.get(i + 12) });
        }
        int routed = 0;
        long start = System.nanoTime();
        for (DiagramNode[] pair : pairs) {
            DiagramEdge edge = d.addEdge(pair[0], pair[1]).setLabel("FS");
            edge.setLabelSize(22, 16);
            if (EdgeRouter.route(d, edge)) {
                routed++;
                assertClear(d, edge);
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("EdgeRouterTest: routed " + routed + " of " + pairs.size() + " new links in " + ms + " ms");
        assertTrue("routed " + routed + " of " + pairs.size(), routed >= pairs.size() * 9 / 10);
        for (int i = 0; i < nodes.size(); i++) {
            assertEquals(before.get(i)[0], nodes.get(i).getX(), 0.0);
            assertEquals(before.get(i)[1], nodes.get(i).getY(), 0.0);
        }
    }

    private static void assertClear(Diagram d, DiagramEdge edge) {
        List<Point> route = edge.getRoute();
        assertEquals("leaves the source on its right side", edge.getSource().getRight(), route.get(0).x(), 1e-6);
        assertEquals("enters the target on its left side", edge.getTarget().getX(), route.get(route.size() - 1).x(), 1e-6);
        for (int i = 1; i < route.size(); i++) {
            Point a = route.get(i - 1);
            Point b = route.get(i);
            assertTrue("orthogonal", Math.abs(a.x() - b.x()) < 1e-6 || Math.abs(a.y() - b.y()) < 1e-6);
            for (DiagramNode node : d.getNodes()) {
                if (node == edge.getSource() || node == edge.getTarget() || node.isContainer()) {
                    continue;
                }
                boolean crosses = Math.max(a.x(), b.x()) > node.getX() && Math.min(a.x(), b.x()) < node.getRight()
                        && Math.max(a.y(), b.y()) > node.getY() && Math.min(a.y(), b.y()) < node.getBottom();
                assertTrue(edge + " crosses " + node, !crosses);
            }
        }
    }
}
