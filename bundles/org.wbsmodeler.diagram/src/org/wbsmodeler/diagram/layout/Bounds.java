package org.wbsmodeler.diagram.layout;

import java.util.ArrayList;
import java.util.List;

import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.Point;
import org.wbsmodeler.diagram.render.BoxMetrics;

/**
 * Moves a laid-out drawing so that its top left is at the margin (below the title) and sets the diagram size to
 * everything drawn plus margins. Done from the actual geometry rather than the layout's graph size, so post-layout
 * changes (tree rows, stacked leaves) and label overhang are always inside the picture.
 */
final class Bounds {

    private Bounds() {
    }

    static void normalize(Diagram diagram) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (DiagramNode n : diagram.getNodes()) {
            minX = Math.min(minX, n.getX());
            minY = Math.min(minY, n.getY());
            maxX = Math.max(maxX, n.getRight());
            maxY = Math.max(maxY, n.getBottom());
        }
        for (DiagramEdge e : diagram.getEdges()) {
            for (Point p : e.getRoute()) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
            if (e.getLabel() != null && e.isLabelPlaced()) {
                minX = Math.min(minX, e.getLabelX());
                minY = Math.min(minY, e.getLabelY());
                maxX = Math.max(maxX, e.getLabelX() + e.getLabelWidth());
                maxY = Math.max(maxY, e.getLabelY() + e.getLabelHeight());
            }
        }
        if (minX == Double.POSITIVE_INFINITY) {
            minX = minY = maxX = maxY = 0;
        }
        double margin = BoxMetrics.MARGIN;
        double dx = margin - minX;
        double dy = margin + diagram.getTitleHeight() - minY;
        for (DiagramNode n : diagram.getNodes()) {
            n.setBounds(n.getX() + dx, n.getY() + dy, n.getWidth(), n.getHeight());
        }
        for (DiagramEdge e : diagram.getEdges()) {
            List<Point> moved = new ArrayList<>(e.getRoute().size());
            for (Point p : e.getRoute()) {
                moved.add(new Point(p.x() + dx, p.y() + dy));
            }
            e.setRoute(moved);
            if (e.isLabelPlaced()) {
                e.setLabelPosition(e.getLabelX() + dx, e.getLabelY() + dy);
            }
        }
        double width = Math.max(maxX - minX, diagram.getTitleWidth()) + 2 * margin;
        double height = maxY - minY + diagram.getTitleHeight() + 2 * margin;
        diagram.setSize(Math.ceil(width), Math.ceil(height));
    }
}
