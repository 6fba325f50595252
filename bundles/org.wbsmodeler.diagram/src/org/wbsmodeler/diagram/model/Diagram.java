package org.wbsmodeler.diagram.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A diagram: boxes, arrows and what kind of picture they make. This is the seam between the builders (which know
 * the EMF model) and layout and rendering (which know nothing about it), so it stays small and free of any
 * toolkit type.
 *
 * <p>Lifecycle: a builder adds nodes and edges, {@code NodeSizer} sizes them, {@code ElkDiagramLayout} positions
 * them and sets the diagram size, a painter draws them. Node and edge order is kept (it is the model order, which
 * layouts use as a tie breaker, so the same model always gives the same picture).
 */
public final class Diagram {

    private final DiagramKind kind;
    private String title;
    private final Map<String, DiagramNode> nodesById = new LinkedHashMap<>();
    /** {@link #getNodes()}, kept until a node is added: painters walk it at every paint. */
    private List<DiagramNode> nodeList;
    private final List<DiagramEdge> edges = new ArrayList<>();
    private double width;
    private double height;
    private double titleWidth;
    private double titleHeight;

    public Diagram(DiagramKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public DiagramKind getKind() {
        return kind;
    }

    /** Shown above the drawing when set (project or process breakdown name). */
    public String getTitle() {
        return title;
    }

    public Diagram setTitle(String newTitle) {
        this.title = newTitle == null || newTitle.isBlank() ? null : newTitle;
        return this;
    }

    public double getTitleWidth() {
        return titleWidth;
    }

    public double getTitleHeight() {
        return titleHeight;
    }

    /** Set by the sizer: room the title needs; the layout keeps the drawing below it. */
    public void setTitleSize(double newWidth, double newHeight) {
        this.titleWidth = newWidth;
        this.titleHeight = newHeight;
    }

    /** Adds a top-level node. */
    public DiagramNode addNode(String id, List<TextLine> lines) {
        return addNode(id, lines, null);
    }

    /** Adds a node inside {@code parent} (which must belong to this diagram), or at top level when it is null. */
    public DiagramNode addNode(String id, List<TextLine> lines, DiagramNode parent) {
        if (nodesById.containsKey(id)) {
            throw new IllegalArgumentException("duplicate node id: " + id);
        }
        if (parent != null && nodesById.get(parent.getId()) != parent) {
            throw new IllegalArgumentException("parent is not a node of this diagram: " + parent.getId());
        }
        DiagramNode node = new DiagramNode(id, lines);
        if (parent != null) {
            node.setParent(parent);
            parent.mutableChildren().add(node);
        }
        nodesById.put(id, node);
        nodeList = null;
        return node;
    }

    /** Adds an edge; edge ids are generated ("e0", "e1", ...) because nothing needs to look them up by id. */
    public DiagramEdge addEdge(DiagramNode source, DiagramNode target) {
        if (nodesById.get(source.getId()) != source || nodesById.get(target.getId()) != target) {
            throw new IllegalArgumentException("edge ends must be nodes of this diagram");
        }
        DiagramEdge edge = new DiagramEdge("e" + edges.size(), source, target);
        edges.add(edge);
        return edge;
    }

    /** All nodes, containers before their children, in the order they were added. */
    public List<DiagramNode> getNodes() {
        if (nodeList == null) {
            nodeList = List.copyOf(nodesById.values());
        }
        return nodeList;
    }

    /** Nodes without a parent. */
    public List<DiagramNode> getTopLevelNodes() {
        List<DiagramNode> result = new ArrayList<>();
        for (DiagramNode n : nodesById.values()) {
            if (n.getParent() == null) {
                result.add(n);
            }
        }
        return result;
    }

    public DiagramNode getNode(String id) {
        return nodesById.get(id);
    }

    public int getNodeCount() {
        return nodesById.size();
    }

    public List<DiagramEdge> getEdges() {
        return Collections.unmodifiableList(edges);
    }

    public double getWidth() {
        return width;
    }

    public double getHeight() {
        return height;
    }

    /** Set by the layout: the extent of the drawing including margins (what the SVG viewBox shows). */
    public void setSize(double newWidth, double newHeight) {
        this.width = newWidth;
        this.height = newHeight;
    }
}
