package org.wbsmodeler.diagram.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A box in a diagram. Builders fill in identity, text, style and hierarchy; the {@code NodeSizer} fills in the
 * size from the text; the layout fills in the position. Positions are absolute diagram coordinates of the top left
 * corner (also for nodes inside a container), so painters and tests never have to add up parent offsets.
 */
public final class DiagramNode {

    private final String id;
    private List<TextLine> lines;
    private Style style = Style.NODE;
    private DiagramNode parent;
    private String lane;
    private String badge;
    private Object source;
    private double width;
    private double height;
    private double x;
    private double y;
    private boolean laidOut;
    private double headerHeight;
    private final List<DiagramNode> children = new ArrayList<>();

    DiagramNode(String id, List<TextLine> lines) {
        this.id = Objects.requireNonNull(id, "id");
        this.lines = List.copyOf(lines);
    }

    /** Unique within its diagram; also written to SVG as {@code data-id} so tools can find the box. */
    public String getId() {
        return id;
    }

    public List<TextLine> getLines() {
        return lines;
    }

    /** Replaces the text (the sizer does this when it wraps long lines). */
    public void setLines(List<TextLine> newLines) {
        this.lines = List.copyOf(newLines);
    }

    /** Everything written in the box, row by row, cells separated by a space. */
    public String getLabel() {
        StringBuilder sb = new StringBuilder();
        for (TextLine line : lines) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(line.joined());
        }
        return sb.toString();
    }

    public Style getStyle() {
        return style;
    }

    public DiagramNode setStyle(Style newStyle) {
        this.style = Objects.requireNonNull(newStyle, "style");
        return this;
    }

    /** The container this node is drawn inside (a process around its steps), or {@code null} at top level. */
    public DiagramNode getParent() {
        return parent;
    }

    void setParent(DiagramNode newParent) {
        this.parent = newParent;
    }

    /** Nodes drawn inside this one; a node with children is a container. */
    public List<DiagramNode> getChildren() {
        return Collections.unmodifiableList(children);
    }

    List<DiagramNode> mutableChildren() {
        return children;
    }

    public boolean isContainer() {
        return !children.isEmpty();
    }

    /** Optional grouping key (an owner role, say) for swim-lane presentations; {@code null} when not used. */
    public String getLane() {
        return lane;
    }

    public DiagramNode setLane(String newLane) {
        this.lane = newLane;
        return this;
    }

    /** Short tag drawn in the top right corner of the box (an owner role, "+12" for a collapsed subtree). */
    public String getBadge() {
        return badge;
    }

    public DiagramNode setBadge(String newBadge) {
        this.badge = newBadge == null || newBadge.isBlank() ? null : newBadge;
        return this;
    }

    /**
     * The model object the box stands for (a WbsElement, a ProcessStep, ...). Typed {@code Object} on purpose: the
     * diagram core must not depend on the model, and a UI uses this link to select the element when a box is
     * clicked.
     */
    public Object getSource() {
        return source;
    }

    public DiagramNode setSource(Object newSource) {
        this.source = newSource;
        return this;
    }

    public double getWidth() {
        return width;
    }

    public double getHeight() {
        return height;
    }

    /** For a leaf, the final size; for a container, the minimum size (the layout grows it around its children). */
    public DiagramNode setSize(double newWidth, double newHeight) {
        if (!(newWidth >= 0) || !(newHeight >= 0)) {
            throw new IllegalArgumentException("size must be non-negative: " + newWidth + "x" + newHeight);
        }
        this.width = newWidth;
        this.height = newHeight;
        return this;
    }

    public double getX() {
        return x;
    }

    public double getY() {
        return y;
    }

    /** Set by the layout: absolute position of the top left corner. */
    public void setBounds(double newX, double newY, double newWidth, double newHeight) {
        this.x = newX;
        this.y = newY;
        this.width = newWidth;
        this.height = newHeight;
        this.laidOut = true;
    }

    /** Moves the node (and nothing else); used by post-layout adjustments. */
    public void moveTo(double newX, double newY) {
        this.x = newX;
        this.y = newY;
    }

    /**
     * For a container: the height of the band at its top that holds its own text; the layout keeps children below
     * it. Set by the sizer; zero for leaves.
     */
    public double getHeaderHeight() {
        return headerHeight;
    }

    public void setHeaderHeight(double newHeaderHeight) {
        this.headerHeight = newHeaderHeight;
    }

    public boolean isLaidOut() {
        return laidOut;
    }

    public double getCenterX() {
        return x + width / 2;
    }

    public double getCenterY() {
        return y + height / 2;
    }

    public double getRight() {
        return x + width;
    }

    public double getBottom() {
        return y + height;
    }

    /** Whether the two boxes share interior area (touching borders do not count). */
    public boolean overlaps(DiagramNode other) {
        return x < other.getRight() && other.x < getRight() && y < other.getBottom() && other.y < getBottom();
    }

    /** Whether {@code other} is this node or nested (at any depth) inside it. */
    public boolean contains(DiagramNode other) {
        for (DiagramNode n = other; n != null; n = n.parent) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "DiagramNode[" + id + " '" + getLabel().replace('\n', '|') + "' " + x + "," + y + " " + width + "x"
                + height + "]";
    }
}
