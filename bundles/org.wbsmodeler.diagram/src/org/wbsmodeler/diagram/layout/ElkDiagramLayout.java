package org.wbsmodeler.diagram.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.FixedAlignment;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.alg.layered.options.WrappingStrategy;
import org.eclipse.elk.alg.mrtree.options.MrTreeOptions;
import org.eclipse.elk.alg.mrtree.options.OrderWeighting;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.core.util.IElkProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramKind;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.Point;

/**
 * Lays out a sized {@link Diagram} with the Eclipse Layout Kernel and writes positions and edge routes back.
 *
 * <ul>
 * <li>{@link DiagramKind#TREE}: mrtree, root on top. Boxes of one depth are then aligned on one row and edges are
 * drawn as org-chart buses (down from the parent, across, down into each child). Below a certain depth, chosen so
 * that the picture does not get much wider than high, subtrees are drawn as indented lists hanging below their
 * parent: that is how WBS charts are drawn by hand, and it keeps a 500-element WBS a few screens wide instead of
 * a hundred (see {@link #setTreeListDepth(int)}).</li>
 * <li>{@link DiagramKind#NETWORK}: layered, left to right, orthogonal edges, edge labels at the arrow head. A
 * schedule is a long chain, so the drawing is folded into rows (ELK graph wrapping) aiming at a landscape page.</li>
 * <li>{@link DiagramKind#PROCESS}: processes (containers) stacked in model order, their insides laid out by
 * layered, linked boxes in a column on the right ({@link ProcessArranger}); diagrams of other shapes go to layered
 * over the whole hierarchy in one run, edges crossing container borders.</li>
 * </ul>
 * Afterwards the drawing is moved so that it starts at the margin, below the title, and the diagram size is set.
 */
public final class ElkDiagramLayout {

    /** Gap between neighbouring boxes. */
    public static final double NODE_SPACING = 24;
    /** Gap between layers of the left-to-right layouts. */
    public static final double LAYER_SPACING = 56;
    /** Gap between the rows of a tree (room for the bus lines). */
    public static final double LEVEL_GAP = 40;
    /** Indentation of stacked leaves under their parent, and the gap between them. */
    public static final double STACK_INDENT = 24;
    public static final double STACK_GAP = 10;
    /** Above this many nodes the layered crossing minimisation tries fewer orders (speed over polish). */
    public static final int LARGE_GRAPH = 400;

    private static final double CONTAINER_PAD = 14;

    /** Width to height ratio wrapped networks aim at (a landscape page or screen, a little wider). */
    public static final double WRAP_ASPECT_RATIO = 1.6;
    /** Layouts of more nodes than this run on a thread with a large stack (see {@link #runElk}). */
    static final int BIG_STACK_THRESHOLD = 200;
    private static final long BIG_STACK_BYTES = 512L * 1024 * 1024;

    /** Tree list depth: automatic. */
    public static final int TREE_AUTO = TreeShape.AUTO;
    /** Tree list depth: never draw lists, a pure org chart however wide. */
    public static final int TREE_ORG_CHART_ONLY = Integer.MAX_VALUE;

    private int treeListDepth = TREE_AUTO;
    private boolean wrap = true;

    /**
     * From which depth on tree subtrees are drawn as indented lists below their parent (the root has depth 0; at
     * least 2 is used). {@link #TREE_AUTO} (default) picks the deepest one that keeps the picture from getting
     * much wider than high; {@link #TREE_ORG_CHART_ONLY} never lists.
     */
    public ElkDiagramLayout setTreeListDepth(int depth) {
        if (depth != TREE_AUTO && depth < 1) {
            throw new IllegalArgumentException("list depth must be TREE_AUTO or positive: " + depth);
        }
        this.treeListDepth = depth;
        return this;
    }

    public int getTreeListDepth() {
        return treeListDepth;
    }

    /** Whether long networks are folded into rows (default) or drawn as one long band. */
    public ElkDiagramLayout setWrapNetworks(boolean newWrap) {
        this.wrap = newWrap;
        return this;
    }

    public boolean isWrapNetworks() {
        return wrap;
    }

    /** Lays out the diagram in place. Nodes must be sized (see {@code NodeSizer}). */
    public void layout(Diagram diagram) {
        layout(diagram, new BasicProgressMonitor());
    }

    /**
     * Lays out the diagram in place, reporting to an ELK progress monitor (a UI can cancel through it, and a
     * monitor with execution time measurement shows where the time goes).
     */
    public void layout(Diagram diagram, IElkProgressMonitor monitor) {
        ElkSetup.ensureRegistered();
        if (diagram.getNodeCount() > 0) {
            switch (diagram.getKind()) {
                case TREE -> layoutTree(diagram, monitor);
                case NETWORK -> layoutLayered(diagram, false, monitor);
                case PROCESS -> {
                    if (ProcessArranger.supports(diagram)) {
                        equalizeSiblingHeights(diagram);
                        ProcessArranger.arrange(diagram, CONTAINER_PAD, this, monitor);
                    } else {
                        layoutLayered(diagram, true, monitor);
                    }
                }
                default -> throw new IllegalArgumentException("unknown diagram kind " + diagram.getKind());
            }
        }
        Bounds.normalize(diagram);
    }

    // ---------------------------------------------------------------- layered (network, process)

    private void layoutLayered(Diagram diagram, boolean hierarchical, IElkProgressMonitor monitor) {
        ElkNode root = ElkGraphUtil.createGraph();
        applyLayeredOptions(root, diagram.getNodeCount(), hierarchical);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
        if (hierarchical) {
            root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
            equalizeSiblingHeights(diagram);
        }
        Map<DiagramNode, ElkNode> elkNodes = new IdentityHashMap<>();
        for (DiagramNode node : diagram.getNodes()) { // parents come before their children
            ElkNode parent = node.getParent() == null ? root : elkNodes.get(node.getParent());
            ElkNode elk = ElkGraphUtil.createNode(parent);
            elk.setIdentifier(node.getId());
            elk.setDimensions(node.getWidth(), node.getHeight());
            if (node.isContainer()) {
                if (!hierarchical) {
                    throw new IllegalArgumentException("network diagrams cannot have containers: " + node.getId());
                }
                applyLayeredOptions(elk, diagram.getNodeCount(), true);
                elk.setProperty(CoreOptions.PADDING, new ElkPadding(node.getHeaderHeight() + CONTAINER_PAD / 2,
                        CONTAINER_PAD, CONTAINER_PAD, CONTAINER_PAD));
                // the header text must fit even when the children need less room
                elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
                elk.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(node.getWidth(), node.getHeight()));
            }
            elkNodes.put(node, elk);
        }

        Map<DiagramEdge, ElkEdge> elkEdges = new IdentityHashMap<>();
        FlowPorts ports = new FlowPorts();
        for (DiagramEdge edge : diagram.getEdges()) {
            if (edge.getSource() == edge.getTarget()) {
                edge.setRoute(List.of()); // self loops mean nothing in our diagrams: not drawn
                continue;
            }
            ElkEdge elk = hierarchical ? ports.connect(edge, elkNodes)
                    : ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.getSource()), elkNodes.get(edge.getTarget()));
            ElkGraphUtil.updateContainment(elk);
            addLabel(edge, elk);
            elkEdges.put(edge, elk);
        }

        runElk(root, diagram.getNodeCount(), monitor);
        copyBack(elkNodes, elkEdges);
        if (hierarchical) {
            alignContainerColumns(diagram);
        }
    }

    /** Gives an ELK edge the diagram edge's label, sized by the sizer. */
    private static void addLabel(DiagramEdge edge, ElkEdge elk) {
        if (edge.getLabel() != null) {
            ElkLabel label = ElkGraphUtil.createLabel(edge.getLabel(), elk);
            label.setDimensions(edge.getLabelWidth(), edge.getLabelHeight());
            // at the head, next to the arrow: unambiguous, and a centre label would cost a layer of its own
            label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.HEAD);
        }
    }

    /** Copies ELK's node positions (made absolute), edge routes and label positions into the diagram. */
    private static void copyBack(Map<DiagramNode, ElkNode> elkNodes, Map<DiagramEdge, ElkEdge> elkEdges) {
        for (Map.Entry<DiagramNode, ElkNode> e : elkNodes.entrySet()) {
            ElkNode elk = e.getValue();
            KVector abs = absolute(elk);
            e.getKey().setBounds(abs.x, abs.y, elk.getWidth(), elk.getHeight());
        }
        for (Map.Entry<DiagramEdge, ElkEdge> e : elkEdges.entrySet()) {
            DiagramEdge edge = e.getKey();
            ElkEdge elk = e.getValue();
            if (elk.getSections().isEmpty()) {
                edge.setRoute(Routes.straight(edge.getSource(), edge.getTarget()));
                continue;
            }
            // section and label coordinates are relative to the node that contains the edge
            KVector offset = absolute(elk.getContainingNode());
            List<Point> route = new ArrayList<>();
            for (ElkEdgeSection section : elk.getSections()) {
                add(route, section.getStartX() + offset.x, section.getStartY() + offset.y);
                for (ElkBendPoint bend : section.getBendPoints()) {
                    add(route, bend.getX() + offset.x, bend.getY() + offset.y);
                }
                add(route, section.getEndX() + offset.x, section.getEndY() + offset.y);
            }
            edge.setRoute(route);
            if (!elk.getLabels().isEmpty()) {
                ElkLabel label = elk.getLabels().get(0);
                edge.setLabelPosition(label.getX() + offset.x, label.getY() + offset.y);
            }
        }
    }

    /**
     * Lays out the children of one container and the edges between them on their own, at the origin; returns the
     * width and height they take. Used by {@link ProcessArranger}, which then moves them into place.
     */
    double[] layoutChildren(DiagramNode container, Diagram diagram, IElkProgressMonitor monitor) {
        ElkNode root = ElkGraphUtil.createGraph();
        applyLayeredOptions(root, container.getChildren().size(), false, false);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
        Map<DiagramNode, ElkNode> elkNodes = new IdentityHashMap<>();
        for (DiagramNode child : container.getChildren()) {
            ElkNode elk = ElkGraphUtil.createNode(root);
            elk.setIdentifier(child.getId());
            elk.setDimensions(child.getWidth(), child.getHeight());
            elkNodes.put(child, elk);
        }
        Map<DiagramEdge, ElkEdge> elkEdges = new IdentityHashMap<>();
        for (DiagramEdge edge : diagram.getEdges()) {
            if (edge.getSource().getParent() == container && edge.getTarget().getParent() == container) {
                ElkEdge elk = ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.getSource()),
                        elkNodes.get(edge.getTarget()));
                addLabel(edge, elk);
                elkEdges.put(edge, elk);
            }
        }
        runElk(root, elkNodes.size(), monitor);
        copyBack(elkNodes, elkEdges);
        return new double[] { root.getWidth(), root.getHeight() };
    }

    private void applyLayeredOptions(ElkNode graph, int nodeCount, boolean hierarchical) {
        applyLayeredOptions(graph, nodeCount, hierarchical, wrap);
    }

    private static void applyLayeredOptions(ElkNode graph, int nodeCount, boolean hierarchical, boolean wrapRows) {
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 10.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
        graph.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 40.0);
        // model order as tie breaker: the same model gives the same picture, and siblings keep their WBS order
        graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        graph.setProperty(CoreOptions.RANDOM_SEED, 1);
        if (nodeCount > LARGE_GRAPH) {
            graph.setProperty(LayeredOptions.THOROUGHNESS, 1);
            // Brandes & Koepf computes four alignments and keeps the narrowest: a quarter of a 2,000-box network's
            // layout time, three quarters of it thrown away. On the benchmark's network the left-down one is kept anyway
            // (same picture); on generated plans the rows come out up to a tenth taller, same bends and edge lengths
            graph.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, FixedAlignment.LEFTDOWN);
            if (!hierarchical) {
                // sorting every layer by model order was a tenth of a 2,000-box network's layout; without it that
                // network takes about a fifth less CPU and comes out with fewer crossings (428 against 487) and bends
                // (1,592 against 1,694). The fixed random seed keeps one plan's picture the same from run to run.
                // Process maps drawn over their whole hierarchy keep the model order, which stacks their processes
                graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NONE);
            }
        }
        if (!hierarchical) {
            // our boxes come sized, with no ELK labels or ports: the micro layout (label and port placement, node
            // sizing) has nothing to do but still visits every node, a tenth of a 2,000-box network's layout
            graph.setProperty(CoreOptions.OMIT_NODE_MICRO_LAYOUT, true);
        }
        if (hierarchical) {
            // processes one under another rather than packed into a square
            graph.setProperty(CoreOptions.ASPECT_RATIO, 0.2);
        } else if (wrapRows) {
            // a schedule is a long chain: fold it into rows (ELK graph wrapping) so it fits a page or a screen
            graph.setProperty(LayeredOptions.WRAPPING_STRATEGY, WrappingStrategy.MULTI_EDGE);
            graph.setProperty(CoreOptions.ASPECT_RATIO, WRAP_ASPECT_RATIO);
        }
    }

    /**
     * Makes the boxes inside each container equally tall. A process's steps then line up on one axis and the flow
     * between them is a straight line (ELK attaches edges at mid height).
     */
    private static void equalizeSiblingHeights(Diagram diagram) {
        for (DiagramNode container : diagram.getNodes()) {
            double height = 0;
            for (DiagramNode c : container.getChildren()) {
                if (!c.isContainer()) {
                    height = Math.max(height, c.getHeight());
                }
            }
            for (DiagramNode c : container.getChildren()) {
                if (!c.isContainer()) {
                    c.setSize(c.getWidth(), height);
                }
            }
        }
    }

    /**
     * Gives top-level containers that share a column (overlapping x ranges, i.e. one ELK layer) the same left and
     * right edge. Only containers grow, into space of their own layer, so nothing new can overlap and no edge
     * end point moves.
     */
    private static void alignContainerColumns(Diagram diagram) {
        List<DiagramNode> containers = new ArrayList<>();
        for (DiagramNode n : diagram.getTopLevelNodes()) {
            if (n.isContainer()) {
                containers.add(n);
            }
        }
        containers.sort((a, b) -> Double.compare(a.getX(), b.getX()));
        int start = 0;
        while (start < containers.size()) {
            double left = containers.get(start).getX();
            double right = containers.get(start).getRight();
            int end = start + 1;
            while (end < containers.size() && containers.get(end).getX() < right) {
                right = Math.max(right, containers.get(end).getRight());
                end++;
            }
            for (DiagramNode c : containers.subList(start, end)) {
                c.setBounds(left, c.getY(), right - left, c.getHeight());
            }
            start = end;
        }
    }

    // ---------------------------------------------------------------- tree

    private void layoutTree(Diagram diagram, IElkProgressMonitor monitor) {
        TreeShape tree = TreeShape.of(diagram, treeListDepth);

        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, MrTreeOptions.ALGORITHM_ID);
        root.setProperty(MrTreeOptions.DIRECTION, Direction.DOWN);
        root.setProperty(MrTreeOptions.SPACING_NODE_NODE, NODE_SPACING);
        root.setProperty(MrTreeOptions.WEIGHTING, OrderWeighting.MODEL_ORDER);
        root.setProperty(MrTreeOptions.PADDING, new ElkPadding(0));

        Map<DiagramNode, ElkNode> elkNodes = new IdentityHashMap<>();
        for (DiagramNode node : diagram.getNodes()) {
            if (tree.isStacked(node)) {
                continue; // drawn inside its parent's block
            }
            ElkNode elk = ElkGraphUtil.createNode(root);
            elk.setIdentifier(node.getId());
            elk.setDimensions(tree.blockWidth(node), tree.blockHeight(node));
            elkNodes.put(node, elk);
        }
        // a forest gets an invisible common root: ELK would pack separate trees as it likes (side by side or one
        // below the other), while the rows we put boxes in afterwards need them side by side
        ElkNode commonRoot = tree.getRoots().size() > 1 ? ElkGraphUtil.createNode(root) : null;
        for (DiagramNode child : diagram.getNodes()) {
            DiagramNode parent = tree.parent(child);
            if (parent != null && !tree.isStacked(child)) {
                ElkGraphUtil.createSimpleEdge(elkNodes.get(parent), elkNodes.get(child));
            } else if (parent == null && commonRoot != null) {
                ElkGraphUtil.createSimpleEdge(commonRoot, elkNodes.get(child));
            }
        }

        runElk(root, diagram.getNodeCount(), monitor);

        Map<DiagramNode, Double> xs = new IdentityHashMap<>();
        for (Map.Entry<DiagramNode, ElkNode> e : elkNodes.entrySet()) {
            xs.put(e.getKey(), e.getValue().getX());
        }
        tree.place(xs);
        tree.route();
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Runs ELK. Parts of ELK recurse once per node along a path (network simplex, tree walks), which overflows a
     * default 512 KB-1 MB thread stack for a few thousand nodes; big graphs therefore run on a thread of their own
     * with a large stack (reserved address space, not memory actually used). Exceptions are passed on unchanged.
     */
    static void runElk(ElkNode root, int nodeCount, IElkProgressMonitor monitor) {
        if (nodeCount <= BIG_STACK_THRESHOLD) {
            new RecursiveGraphLayoutEngine().layout(root, monitor);
            return;
        }
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                new RecursiveGraphLayoutEngine().layout(root, monitor);
            } catch (Throwable t) { // NOPMD: handed over to the calling thread below
                failure[0] = t;
            }
        }, "wbs-diagram-layout", BIG_STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            monitor.done();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while laying out the diagram", e);
        }
        if (failure[0] instanceof RuntimeException re) {
            throw re;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
        if (failure[0] != null) {
            throw new IllegalStateException("layout failed", failure[0]);
        }
    }

    /** Position of an ELK node's top left corner in the coordinates of the graph root. */
    private static KVector absolute(ElkNode node) {
        KVector v = new KVector();
        for (ElkNode n = node; n != null; n = n.getParent()) {
            v.x += n.getX();
            v.y += n.getY();
        }
        return v;
    }

    /** Adds a point unless it repeats the previous one (ELK sections share their joints). */
    private static void add(List<Point> route, double x, double y) {
        if (!route.isEmpty()) {
            Point last = route.get(route.size() - 1);
            if (Math.abs(last.x() - x) < 1e-9 && Math.abs(last.y() - y) < 1e-9) {
                return;
            }
        }
        route.add(new Point(x, y));
    }
}
