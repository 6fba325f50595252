package org.wbsmodeler.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.core.util.IElkProgressMonitor;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.Point;

/**
 * Layout of the usual process diagram: processes (containers of steps) one below the other in model order, the
 * boxes the steps link to (WBS elements) in a column on the right, links drawn as orthogonal lines that leave a
 * step at its bottom, run right in a channel below the steps of their process and up or down a lane between the
 * two columns. ELK lays out the inside of each process (layered, left to right), unless the process is drawn in
 * swim lanes ({@link SwimLanes}): then the steps keep the process order, each in its owner's band.
 *
 * <p>Why not ELK for the whole: with the links in one hierarchical run, ELK reorders the processes and pushes
 * steps off their line to make room for links that cross the process; a process map is read in model order along
 * a straight line. Diagrams of another shape (nested containers, links between processes) are left to ELK, see
 * {@link #supports(Diagram)}.
 */
final class ProcessArranger {

    /** Distance between parallel link lines (channels and lanes). */
    static final double LANE_GAP = 7;
    private static final double CHANNEL_TOP = 10;
    private static final double COLUMN_GAP = 36;

    private final Diagram diagram;
    private final double pad;
    private final List<DiagramNode> column = new ArrayList<>(); // containers and loose boxes, model order
    private final List<DiagramNode> targets = new ArrayList<>(); // link targets, right column
    private final Map<DiagramNode, List<DiagramEdge>> linksOut = new IdentityHashMap<>(); // per container
    private final Map<DiagramNode, List<DiagramEdge>> linksIn = new LinkedHashMap<>(); // per target
    private final Map<DiagramEdge, Double> channelY = new IdentityHashMap<>();
    private final Map<DiagramEdge, Double> startX = new IdentityHashMap<>();

    private ProcessArranger(Diagram diagram, double pad) {
        this.diagram = diagram;
        this.pad = pad;
    }

    /**
     * Whether the diagram has the usual shape: top-level containers holding boxes, top-level boxes, edges between
     * boxes of one container (flow) and edges from a box in a container to a top-level box (links).
     */
    static boolean supports(Diagram diagram) {
        for (DiagramNode n : diagram.getNodes()) {
            DiagramNode p = n.getParent();
            boolean step = p != null && !n.isContainer() && (p.getParent() == null || p.getParent().getParent() == null);
            boolean lane = p != null && p.getParent() == null && n.isContainer();
            if (p != null && !step && !lane) {
                return false;
            }
        }
        for (DiagramNode n : diagram.getTopLevelNodes()) {
            // a process holds steps or lanes of steps, not both
            if (n.isContainer() && n.getChildren().stream().anyMatch(DiagramNode::isContainer) && !SwimLanes.hasLanes(n)) {
                return false;
            }
        }
        for (DiagramEdge e : diagram.getEdges()) {
            DiagramNode s = e.getSource();
            DiagramNode t = e.getTarget();
            boolean flow = s.getParent() != null && t.getParent() != null && process(s) == process(t) && s != t;
            boolean link = s.getParent() != null && t.getParent() == null && !t.isContainer();
            if (!flow && !link) {
                return false;
            }
        }
        return true;
    }

    /** The top-level box a node is in (its process), or the node itself at top level. */
    static DiagramNode process(DiagramNode node) {
        DiagramNode top = node;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        return top;
    }

    static void arrange(Diagram diagram, double pad, ElkDiagramLayout layout, IElkProgressMonitor monitor) {
        new ProcessArranger(diagram, pad).run(layout, monitor);
    }

    private void run(ElkDiagramLayout layout, IElkProgressMonitor monitor) {
        for (DiagramEdge e : diagram.getEdges()) {
            if (e.getTarget().getParent() == null) {
                linksOut.computeIfAbsent(process(e.getSource()), k -> new ArrayList<>()).add(e);
                linksIn.computeIfAbsent(e.getTarget(), k -> new ArrayList<>()).add(e);
            }
        }
        for (DiagramNode n : diagram.getTopLevelNodes()) {
            (linksIn.containsKey(n) ? targets : column).add(n);
        }

        // inside of each container: ELK, relative to the container's content origin
        Map<DiagramNode, double[]> content = new IdentityHashMap<>();
        monitor.begin("Process diagram layout", Math.max(1, column.size()));
        for (DiagramNode c : column) {
            if (SwimLanes.hasLanes(c)) {
                content.put(c, SwimLanes.arrange(c, stepsOf(c), flowOf(c), pad));
            } else if (c.isContainer()) {
                content.put(c, layout.layoutChildren(c, diagram, monitor.subTask(1)));
            }
        }
        monitor.done();

        // the column: containers as wide as the widest, stacked in model order
        double width = 0;
        for (DiagramNode n : column) {
            width = Math.max(width, n.isContainer() ? Math.max(n.getWidth(), content.get(n)[0] + 2 * pad)
                    : n.getWidth());
        }
        double y = 0;
        for (DiagramNode n : column) {
            if (!n.isContainer()) {
                n.setBounds(0, y, n.getWidth(), n.getHeight());
                y += n.getHeight() + ElkDiagramLayout.NODE_SPACING;
                continue;
            }
            double[] inner = content.get(n);
            double contentTop = y + n.getHeaderHeight() + pad / 2;
            double contentLeft = (width - inner[0]) / 2;
            moveChildren(n, contentLeft, contentTop);
            List<DiagramEdge> out = linksOut.getOrDefault(n, List.of());
            double channels = out.isEmpty() ? 0 : CHANNEL_TOP + out.size() * LANE_GAP;
            double height = Math.max(n.getHeight(), n.getHeaderHeight() + pad / 2 + inner[1] + channels + pad);
            n.setBounds(0, y, width, height);
            assignChannels(out, contentTop + inner[1] + CHANNEL_TOP);
            y += height + ElkDiagramLayout.NODE_SPACING;
        }

        placeTargets(width);
    }

    /** Moves the container's children (laid out at the origin) and their flow routes to the content origin. */
    private void moveChildren(DiagramNode container, double dx, double dy) {
        for (DiagramNode c : container.getChildren()) {
            c.setBounds(c.getX() + dx, c.getY() + dy, c.getWidth(), c.getHeight());
            for (DiagramNode step : c.getChildren()) {
                step.setBounds(step.getX() + dx, step.getY() + dy, step.getWidth(), step.getHeight());
            }
        }
        for (DiagramEdge e : flowOf(container)) {
            List<Point> moved = new ArrayList<>();
            for (Point p : e.getRoute()) {
                moved.add(new Point(p.x() + dx, p.y() + dy));
            }
            e.setRoute(moved);
            if (e.isLabelPlaced()) {
                e.setLabelPosition(e.getLabelX() + dx, e.getLabelY() + dy);
            }
        }
    }

    /** The steps of a process in model order (through its lanes when it has them). */
    private List<DiagramNode> stepsOf(DiagramNode container) {
        List<DiagramNode> steps = new ArrayList<>();
        for (DiagramNode n : diagram.getNodes()) {
            if (!n.isContainer() && n.getParent() != null && process(n) == container) {
                steps.add(n);
            }
        }
        return steps;
    }

    /** The flow: edges between two steps of the process. */
    private List<DiagramEdge> flowOf(DiagramNode container) {
        List<DiagramEdge> flow = new ArrayList<>();
        for (DiagramEdge e : diagram.getEdges()) {
            if (e.getSource().getParent() != null && e.getTarget().getParent() != null && process(e.getSource()) == container
                    && process(e.getTarget()) == container) {
                flow.add(e);
            }
        }
        return flow;
    }

    /**
     * Start points along the bottom of each step and one channel row per link below the steps. The link that
     * starts furthest right gets the top row: a line dropping from a step then never crosses another link's row.
     */
    private void assignChannels(List<DiagramEdge> out, double firstRow) {
        Map<DiagramNode, List<DiagramEdge>> bySource = new LinkedHashMap<>();
        for (DiagramEdge e : out) {
            bySource.computeIfAbsent(e.getSource(), k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<DiagramNode, List<DiagramEdge>> entry : bySource.entrySet()) {
            DiagramNode s = entry.getKey();
            List<DiagramEdge> edges = entry.getValue();
            for (int i = 0; i < edges.size(); i++) {
                // right half of the bottom, away from where a reader looks for the flow
                startX.put(edges.get(i), s.getX() + s.getWidth() * (0.55 + 0.4 * (i + 1) / (edges.size() + 1)));
            }
        }
        List<DiagramEdge> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingDouble((DiagramEdge e) -> startX.get(e)).reversed());
        for (int i = 0; i < sorted.size(); i++) {
            channelY.put(sorted.get(i), firstRow + i * LANE_GAP);
        }
    }

    /**
     * Targets in the right column, in the order of the mean height of the links that reach them (fewest
     * crossings), each as near that height as the ones above allow; one lane per target between the columns.
     */
    private void placeTargets(double columnWidth) {
        Map<DiagramNode, Double> wanted = new IdentityHashMap<>();
        for (DiagramNode t : targets) {
            double sum = 0;
            for (DiagramEdge e : linksIn.get(t)) {
                sum += channelY.get(e);
            }
            wanted.put(t, sum / linksIn.get(t).size());
        }
        List<DiagramNode> ordered = new ArrayList<>(targets);
        ordered.sort(Comparator.comparingDouble(wanted::get)); // stable: ties keep model order
        double laneStart = columnWidth + COLUMN_GAP / 2;
        double x = columnWidth + COLUMN_GAP + ordered.size() * LANE_GAP;
        double nextFree = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < ordered.size(); i++) {
            DiagramNode t = ordered.get(i);
            double top = Math.max(wanted.get(t) - t.getHeight() / 2, nextFree);
            t.setBounds(x, top, t.getWidth(), t.getHeight());
            nextFree = t.getBottom() + ElkDiagramLayout.NODE_SPACING / 2;
            double laneX = laneStart + i * LANE_GAP;
            List<DiagramEdge> in = new ArrayList<>(linksIn.get(t));
            in.sort(Comparator.comparingDouble(channelY::get));
            for (int k = 0; k < in.size(); k++) {
                DiagramEdge e = in.get(k);
                double entryY = t.getY() + t.getHeight() * (k + 1) / (in.size() + 1);
                double sx = startX.get(e);
                double cy = channelY.get(e);
                e.setRoute(List.of(new Point(sx, e.getSource().getBottom()), new Point(sx, cy), new Point(laneX, cy),
                        new Point(laneX, entryY), new Point(t.getX(), entryY)));
            }
        }
    }
}
