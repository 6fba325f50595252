package org.wbsmodeler.diagram.render;

import java.util.List;

import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.Point;
import org.wbsmodeler.diagram.model.Rgb;
import org.wbsmodeler.diagram.model.Style;
import org.wbsmodeler.diagram.model.TextLine;

/**
 * Draws a laid-out diagram on any {@link DiagramCanvas}. The single drawing path for all outputs: SVG, PNG and
 * the SWT editor differ only in the canvas.
 *
 * <p>Paint order: containers (outermost first), then edges, then the other boxes, then edge labels. Edges go
 * over container backgrounds but under boxes, so an arrow never hides a box's text; labels go last so no line
 * crosses them.
 */
public final class DiagramPainter {

    private static final Rgb BACKGROUND = Rgb.WHITE;
    private static final Rgb BADGE_FILL = Rgb.hex("#edf2f7");
    private static final Rgb RULE = Rgb.hex("#a0aec0");

    /** How far a box's drawing can reach outside its bounds: half its widest stroke, with room to spare. */
    private static final double OUTSIDE_THE_BOX = 4;

    private final TextMeasurer measurer;

    /** @param measurer the measurer the diagram was sized with (badge pills are sized from it) */
    public DiagramPainter(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    public void paint(Diagram diagram, DiagramCanvas canvas) {
        if (diagram.getWidth() <= 0 || diagram.getHeight() <= 0) {
            throw new IllegalStateException("diagram is not laid out (size " + diagram.getWidth() + "x"
                    + diagram.getHeight() + ")");
        }
        canvas.begin(diagram.getWidth(), diagram.getHeight(), BACKGROUND);
        if (diagram.getTitle() != null) {
            canvas.beginGroup("title", null, false);
            canvas.text(diagram.getTitle(), BoxMetrics.MARGIN, BoxMetrics.MARGIN + measurer.ascent(BoxMetrics.TITLE_FONT),
                    TextAnchor.START, BoxMetrics.TITLE_FONT, true, Rgb.hex("#1a202c"));
            canvas.endGroup();
        }
        // getNodes() lists containers before their children, so nested containers are painted over outer ones
        for (DiagramNode node : diagram.getNodes()) {
            if (node.isContainer()) {
                paintNode(node, canvas);
            }
        }
        for (DiagramEdge edge : diagram.getEdges()) {
            paintEdge(edge, canvas);
        }
        for (DiagramNode node : diagram.getNodes()) {
            if (!node.isContainer()) {
                paintNode(node, canvas);
            }
        }
        for (DiagramEdge edge : diagram.getEdges()) {
            paintEdgeLabel(edge, canvas);
        }
        canvas.end();
    }

    private void paintNode(DiagramNode node, DiagramCanvas canvas) {
        // the stroke (thicker on the critical path) reaches a little outside the box
        if (!canvas.shows(node.getX() - OUTSIDE_THE_BOX, node.getY() - OUTSIDE_THE_BOX, node.getWidth() + 2 * OUTSIDE_THE_BOX,
                node.getHeight() + 2 * OUTSIDE_THE_BOX)) {
            return;
        }
        Style style = node.getStyle();
        canvas.beginGroup(node.isContainer() ? "container" : "node", node.getId(), style.critical());
        canvas.rectangle(node.getX(), node.getY(), node.getWidth(), node.getHeight(), style.cornerRadius(),
                style.fill(), style.stroke(), style.effectiveStrokeWidth(), style.dashed());

        double badgeBand = BoxMetrics.badgeBand(node.getBadge() != null);
        if (node.getBadge() != null) {
            double bw = measurer.width(node.getBadge(), BoxMetrics.BADGE_FONT, true) + 2 * BoxMetrics.BADGE_PAD_X;
            double bx = node.getRight() - BoxMetrics.PAD_X / 2 - bw;
            double by = node.getY() + 3;
            canvas.rectangle(bx, by, bw, BoxMetrics.BADGE_HEIGHT, BoxMetrics.BADGE_HEIGHT / 2, BADGE_FILL,
                    style.stroke(), 0.8, false);
            canvas.text(node.getBadge(), bx + bw / 2, baseline(by, BoxMetrics.BADGE_HEIGHT, BoxMetrics.BADGE_FONT),
                    TextAnchor.MIDDLE, BoxMetrics.BADGE_FONT, true, style.textColor());
        }

        List<TextLine> lines = node.getLines();
        double content = badgeBand;
        for (TextLine line : lines) {
            content += BoxMetrics.rowHeight(line);
        }
        double top;
        if (node.isContainer()) {
            top = node.getY() + BoxMetrics.PAD_Y + badgeBand;
        } else {
            // centre the text block when the box is taller than its text
            top = node.getY() + Math.max(BoxMetrics.PAD_Y, (node.getHeight() - content) / 2) + badgeBand;
        }
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            double rowTop = top;
            if (line.ruleAbove()) {
                double ruleY = rowTop + BoxMetrics.RULE_GAP / 2;
                canvas.polyline(new double[] { node.getX(), ruleY, node.getRight(), ruleY }, RULE, 0.8, false, false);
                rowTop += BoxMetrics.RULE_GAP;
            }
            double lh = BoxMetrics.lineHeight(line);
            double base = baseline(rowTop, lh, line.fontSize());
            int n = line.cells().size();
            if (n == 1) {
                canvas.text(line.cells().get(0), node.getCenterX(), base, TextAnchor.MIDDLE, line.fontSize(),
                        line.bold(), style.textColor());
            } else {
                double cellWidth = node.getWidth() / n;
                double dividerTop = line.ruleAbove() ? top + BoxMetrics.RULE_GAP / 2 : (i == 0 ? node.getY() : rowTop);
                double dividerBottom = rowTop + lh;
                if (i == lines.size() - 1) {
                    dividerBottom = node.getBottom();
                } else if (lines.get(i + 1).ruleAbove()) {
                    dividerBottom += BoxMetrics.RULE_GAP / 2;
                }
                for (int c = 0; c < n; c++) {
                    double cx = node.getX() + cellWidth * c;
                    canvas.text(line.cells().get(c), cx + cellWidth / 2, base, TextAnchor.MIDDLE, line.fontSize(),
                            line.bold(), style.textColor());
                    if (c > 0) {
                        canvas.polyline(new double[] { cx, dividerTop, cx, dividerBottom }, RULE, 0.8, false, false);
                    }
                }
            }
            top += BoxMetrics.rowHeight(line);
        }
        canvas.endGroup();
    }

    private void paintEdge(DiagramEdge edge, DiagramCanvas canvas) {
        List<Point> route = edge.getRoute();
        if (route.size() < 2) {
            return;
        }
        Style style = edge.getStyle();
        double[] xy = new double[route.size() * 2];
        for (int i = 0; i < route.size(); i++) {
            xy[2 * i] = route.get(i).x();
            xy[2 * i + 1] = route.get(i).y();
        }
        canvas.beginGroup("edge", edge.getId(), style.critical());
        canvas.polyline(xy, style.stroke(), style.effectiveStrokeWidth(), style.dashed(), edge.hasArrowHead());
        canvas.endGroup();
    }

    private void paintEdgeLabel(DiagramEdge edge, DiagramCanvas canvas) {
        if (edge.getLabel() == null || edge.getRoute().size() < 2) {
            return;
        }
        double w = edge.getLabelWidth();
        double h = edge.getLabelHeight();
        double x;
        double y;
        if (edge.isLabelPlaced()) {
            x = edge.getLabelX();
            y = edge.getLabelY();
        } else {
            Point mid = midpoint(edge.getRoute());
            x = mid.x() - w / 2;
            y = mid.y() - h / 2;
        }
        Style style = edge.getStyle();
        canvas.beginGroup("edge-label", edge.getId(), style.critical());
        canvas.rectangle(x, y, w, h, 2, BACKGROUND, null, 0, false);
        canvas.text(edge.getLabel(), x + w / 2, baseline(y, h, BoxMetrics.EDGE_LABEL_FONT), TextAnchor.MIDDLE,
                BoxMetrics.EDGE_LABEL_FONT, false, style.critical() ? Style.CRITICAL_RED : style.textColor());
        canvas.endGroup();
    }

    /** Baseline that centres one line of text of the given size vertically in a band. */
    private double baseline(double bandTop, double bandHeight, double fontSize) {
        double ascent = measurer.ascent(fontSize);
        double descent = measurer.descent(fontSize);
        return bandTop + (bandHeight - (ascent + descent)) / 2 + ascent;
    }

    /** The point halfway along a polyline. */
    static Point midpoint(List<Point> route) {
        double total = 0;
        for (int i = 1; i < route.size(); i++) {
            total += dist(route.get(i - 1), route.get(i));
        }
        double half = total / 2;
        for (int i = 1; i < route.size(); i++) {
            Point a = route.get(i - 1);
            Point b = route.get(i);
            double d = dist(a, b);
            if (d >= half && d > 0) {
                double t = half / d;
                return new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
            }
            half -= d;
        }
        return route.get(route.size() - 1);
    }

    private static double dist(Point a, Point b) {
        return Math.hypot(b.x() - a.x(), b.y() - a.y());
    }
}
