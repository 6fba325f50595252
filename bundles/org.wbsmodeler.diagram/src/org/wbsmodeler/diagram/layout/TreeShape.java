package org.wbsmodeler.diagram.layout;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.Point;

/**
 * The tree behind a {@code TREE} diagram and the org-chart geometry ELK does not do for us. The top levels are an
 * org chart: one row per depth, children spread out below their parent, edges drawn as buses. From the
 * <em>list depth</em> on, a subtree is drawn as an indented list hanging below its head (the node one level up):
 * this is how WBS charts are drawn by hand when the lowest levels would be far too wide side by side. ELK (mrtree)
 * only decides the x of each org-chart box, with a head's box standing for its whole list.
 *
 * <p>The first edge into a node makes its parent; a further edge into it (or one that would close a cycle) is
 * drawn as a straight line and plays no part in the layout.
 */
final class TreeShape {

    /** Automatic choice of the list depth. */
    static final int AUTO = 0;
    /** Wider than this (pixels) and also wider than {@link #MAX_ASPECT} times its height is too wide. */
    private static final double COMFORTABLE_WIDTH = 1600;
    private static final double MAX_ASPECT = 2.0;

    private final Diagram diagram;
    private final Map<DiagramNode, DiagramNode> parents = new IdentityHashMap<>();
    private final Map<DiagramNode, List<DiagramNode>> children = new IdentityHashMap<>();
    private final Map<DiagramNode, Integer> depths = new IdentityHashMap<>();
    private final List<DiagramNode> roots = new ArrayList<>();
    private final List<Double> rowTops = new ArrayList<>();
    private int maxDepth;
    /** First depth drawn as a list; {@code maxDepth + 1} means a pure org chart. */
    private int listDepth;

    private TreeShape(Diagram diagram) {
        this.diagram = diagram;
    }

    /**
     * @param listDepth first depth drawn as indented lists (at least 2: the root and its children are always an org
     *        chart), {@link #AUTO} to pick the deepest list depth whose picture is not too wide, or
     *        {@code Integer.MAX_VALUE} for a pure org chart
     */
    static TreeShape of(Diagram diagram, int listDepth) {
        TreeShape shape = new TreeShape(diagram);
        for (DiagramNode node : diagram.getNodes()) {
            if (node.getParent() != null || node.isContainer()) {
                throw new IllegalArgumentException("tree diagrams cannot nest boxes: " + node.getId());
            }
        }
        for (DiagramEdge edge : diagram.getEdges()) {
            DiagramNode p = edge.getSource();
            DiagramNode c = edge.getTarget();
            if (p == c || shape.parents.containsKey(c) || shape.isAncestor(c, p)) {
                continue;
            }
            shape.parents.put(c, p);
            shape.children.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
        }
        for (DiagramNode node : diagram.getNodes()) {
            shape.maxDepth = Math.max(shape.maxDepth, shape.depth(node));
            if (shape.parents.get(node) == null) {
                shape.roots.add(node);
            }
        }
        if (listDepth == AUTO) {
            shape.listDepth = shape.chooseListDepth();
        } else {
            shape.listDepth = (int) Math.min(Math.max(2, (long) listDepth), shape.maxDepth + 1L);
        }
        shape.alignListWidths();
        return shape;
    }

    private boolean isAncestor(DiagramNode candidate, DiagramNode node) {
        for (DiagramNode n = node; n != null; n = parents.get(n)) {
            if (n == candidate) {
                return true;
            }
        }
        return false;
    }

    private int depth(DiagramNode node) {
        Integer d = depths.get(node);
        if (d == null) {
            DiagramNode p = parents.get(node);
            d = p == null ? 0 : depth(p) + 1;
            depths.put(node, d);
        }
        return d;
    }

    /** Nodes without a parent, in diagram order. */
    List<DiagramNode> getRoots() {
        return roots;
    }

    int getListDepth() {
        return listDepth;
    }

    DiagramNode parent(DiagramNode node) {
        return parents.get(node);
    }

    /** Whether the node hangs in a list below its head instead of being placed by ELK. */
    boolean isStacked(DiagramNode node) {
        return depths.get(node) >= listDepth;
    }

    private boolean isHead(DiagramNode node) {
        return depths.get(node) == listDepth - 1 && children.containsKey(node);
    }

    // ------------------------------------------------------------------ choosing the list depth

    /**
     * The deepest list depth whose estimated picture is comfortable: at most {@link #COMFORTABLE_WIDTH} wide or
     * no wider than {@link #MAX_ASPECT} times its height; the shallowest (2) when none is. The estimate is the
     * width of the frontier (heads and the leaves above them, side by side), which is what a tidy tree layout
     * comes to, and the height of the rows plus the tallest list.
     */
    private int chooseListDepth() {
        for (int candidate = maxDepth + 1; candidate > 2; candidate--) {
            double[] size = estimate(candidate);
            if (size[0] <= COMFORTABLE_WIDTH || size[0] <= MAX_ASPECT * size[1]) {
                return candidate;
            }
        }
        return Math.min(2, maxDepth + 1);
    }

    private double[] estimate(int candidate) {
        int saved = listDepth;
        listDepth = candidate;
        double width = 0;
        int frontier = 0;
        double[] rowHeights = new double[candidate];
        for (DiagramNode node : diagram.getNodes()) {
            int d = depths.get(node);
            if (d >= candidate) {
                continue;
            }
            boolean onFrontier = d == candidate - 1 || !children.containsKey(node);
            double h = isHead(node) ? blockHeight(node) : node.getHeight();
            rowHeights[d] = Math.max(rowHeights[d], h);
            if (onFrontier) {
                width += isHead(node) ? listWidth(node) : node.getWidth();
                frontier++;
            }
        }
        width += Math.max(0, frontier - 1) * ElkDiagramLayout.NODE_SPACING;
        double height = 0;
        for (double h : rowHeights) {
            height += h + ElkDiagramLayout.LEVEL_GAP;
        }
        listDepth = saved;
        return new double[] { width, height };
    }

    // ------------------------------------------------------------------ blocks

    /** The listed nodes below a head, in outline (pre-)order. */
    private List<DiagramNode> listOf(DiagramNode head) {
        List<DiagramNode> out = new ArrayList<>();
        addList(head, out);
        return out;
    }

    private void addList(DiagramNode node, List<DiagramNode> out) {
        for (DiagramNode c : children.getOrDefault(node, List.of())) {
            out.add(c);
            addList(c, out);
        }
    }

    private double indentOf(DiagramNode listed) {
        return (depths.get(listed) - (listDepth - 1)) * ElkDiagramLayout.STACK_INDENT;
    }

    /** Width the head's list needs, measured from the head's left edge. */
    private double listWidth(DiagramNode head) {
        double w = head.getWidth();
        for (DiagramNode n : listOf(head)) {
            w = Math.max(w, indentOf(n) + n.getWidth());
        }
        return w;
    }

    /**
     * Gives the boxes of each list a common right edge (each as wide as the widest indented box needs): an outline
     * with a straight right margin reads as one list.
     */
    private void alignListWidths() {
        for (DiagramNode head : diagram.getNodes()) {
            if (!isHead(head)) {
                continue;
            }
            List<DiagramNode> list = listOf(head);
            double right = 0;
            for (DiagramNode n : list) {
                right = Math.max(right, indentOf(n) + n.getWidth());
            }
            for (DiagramNode n : list) {
                n.setSize(right - indentOf(n), n.getHeight());
            }
        }
    }

    /** Width ELK must keep free for the node: its box, or its box with its list. */
    double blockWidth(DiagramNode node) {
        return isHead(node) ? listWidth(node) : node.getWidth();
    }

    /** Height of the box, or of the box with its list. */
    double blockHeight(DiagramNode node) {
        double h = node.getHeight();
        if (isHead(node)) {
            for (DiagramNode n : listOf(node)) {
                h += ElkDiagramLayout.STACK_GAP + n.getHeight();
            }
        }
        return h;
    }

    // ------------------------------------------------------------------ placing and routing

    /**
     * Places every box: x of org-chart boxes from ELK, y from the row of their depth; lists below their heads. A
     * row starts below the tallest block of the row above, so lists never run into the next row whatever ELK did
     * with x.
     */
    void place(Map<DiagramNode, Double> xs) {
        List<Double> rowHeights = new ArrayList<>();
        for (DiagramNode node : xs.keySet()) {
            int d = depths.get(node);
            while (rowHeights.size() <= d) {
                rowHeights.add(0.0);
            }
            rowHeights.set(d, Math.max(rowHeights.get(d), blockHeight(node)));
        }
        double top = 0;
        for (double h : rowHeights) {
            rowTops.add(top);
            top += h + ElkDiagramLayout.LEVEL_GAP;
        }
        for (DiagramNode node : diagram.getNodes()) {
            Double x = xs.get(node);
            if (x == null) {
                continue;
            }
            node.setBounds(x, rowTops.get(depths.get(node)), node.getWidth(), node.getHeight());
            if (isHead(node)) {
                double y = node.getBottom();
                for (DiagramNode n : listOf(node)) {
                    y += ElkDiagramLayout.STACK_GAP;
                    n.setBounds(node.getX() + indentOf(n), y, n.getWidth(), n.getHeight());
                    y += n.getHeight();
                }
            }
        }
    }

    /** Org-chart routes for tree edges, straight lines for the rest. Tree edges start on the parent's bottom. */
    void route() {
        for (DiagramEdge edge : diagram.getEdges()) {
            DiagramNode p = edge.getSource();
            DiagramNode c = edge.getTarget();
            if (parents.get(c) != p) {
                edge.setRoute(Routes.straight(p, c));
            } else if (isStacked(c)) {
                // spine down the left of the list, then into the child's left side; the boxes passed on the way
                // are the parent's own descendants, indented further right, so the spine never crosses a box
                double spineX = p.getX() + ElkDiagramLayout.STACK_INDENT / 2;
                edge.setRoute(List.of(new Point(spineX, p.getBottom()), new Point(spineX, c.getCenterY()),
                        new Point(c.getX(), c.getCenterY())));
            } else {
                double busY = rowTops.get(depths.get(c)) - ElkDiagramLayout.LEVEL_GAP / 2;
                if (Math.abs(p.getCenterX() - c.getCenterX()) < 0.5) {
                    edge.setRoute(List.of(new Point(c.getCenterX(), p.getBottom()), new Point(c.getCenterX(), c.getY())));
                } else {
                    edge.setRoute(List.of(new Point(p.getCenterX(), p.getBottom()), new Point(p.getCenterX(), busY),
                            new Point(c.getCenterX(), busY), new Point(c.getCenterX(), c.getY())));
                }
            }
        }
    }
}
