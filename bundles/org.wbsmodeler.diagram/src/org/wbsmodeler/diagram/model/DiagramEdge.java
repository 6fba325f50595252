package org.wbsmodeler.diagram.model;

import java.util.List;
import java.util.Objects;

/**
 * A directed line from one node to another, drawn with an arrow head at the target. After layout it carries its
 * whole route: the start point (on the source border), the bend points and the end point (on the target border),
 * in absolute diagram coordinates.
 */
public final class DiagramEdge {

    private final String id;
    private final DiagramNode source;
    private final DiagramNode target;
    private String label;
    private Style style = Style.EDGE;
    private Object sourceObject;
    private List<Point> route = List.of();
    private double labelWidth;
    private double labelHeight;
    private double labelX;
    private double labelY;
    private boolean labelPlaced;
    private boolean arrowHead = true;

    DiagramEdge(String id, DiagramNode source, DiagramNode target) {
        this.id = Objects.requireNonNull(id, "id");
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
    }

    public String getId() {
        return id;
    }

    public DiagramNode getSource() {
        return source;
    }

    public DiagramNode getTarget() {
        return target;
    }

    /** Text drawn along the edge ("FS +2 d"), or {@code null}. */
    public String getLabel() {
        return label;
    }

    public DiagramEdge setLabel(String newLabel) {
        this.label = newLabel == null || newLabel.isBlank() ? null : newLabel;
        return this;
    }

    public Style getStyle() {
        return style;
    }

    public DiagramEdge setStyle(Style newStyle) {
        this.style = Objects.requireNonNull(newStyle, "style");
        return this;
    }

    /** The model object behind the line (a Dependency, say), for the same reason as {@link DiagramNode#getSource()}. */
    public Object getSourceObject() {
        return sourceObject;
    }

    public DiagramEdge setSourceObject(Object object) {
        this.sourceObject = object;
        return this;
    }

    /** Whether the line ends in an arrow head (dependencies do; the lines of an org chart do not). */
    public boolean hasArrowHead() {
        return arrowHead;
    }

    public DiagramEdge setArrowHead(boolean newArrowHead) {
        this.arrowHead = newArrowHead;
        return this;
    }

    /** Start point, bend points, end point; empty before layout. */
    public List<Point> getRoute() {
        return route;
    }

    public void setRoute(List<Point> newRoute) {
        this.route = List.copyOf(newRoute);
    }

    public double getLabelWidth() {
        return labelWidth;
    }

    public double getLabelHeight() {
        return labelHeight;
    }

    /** Set by the sizer so that the layout can keep room for the label. */
    public void setLabelSize(double width, double height) {
        this.labelWidth = width;
        this.labelHeight = height;
    }

    public double getLabelX() {
        return labelX;
    }

    public double getLabelY() {
        return labelY;
    }

    /** Whether the layout placed the label; otherwise the painter puts it at the middle of the route. */
    public boolean isLabelPlaced() {
        return labelPlaced;
    }

    /** Set by the layout: top left corner of the label box. */
    public void setLabelPosition(double x, double y) {
        this.labelX = x;
        this.labelY = y;
        this.labelPlaced = true;
    }

    @Override
    public String toString() {
        return "DiagramEdge[" + id + " " + source.getId() + "->" + target.getId()
                + (label == null ? "" : " '" + label + "'") + "]";
    }
}
