package org.wbsmodeler.diagram.layout;

import java.util.ArrayList;
import java.util.List;

import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.Point;

/**
 * The inside of a process drawn in swim lanes: one band per owner, stacked, each as wide as the process; the steps
 * left to right in process order, each in its owner's band; the flow from one step to the next a straight line in
 * a band or a line with one step between bands. Who does what, and where the work changes hands, is what a swim
 * lane diagram is read for, so the order along the flow is kept exactly (no layering that could reorder it).
 */
final class SwimLanes {

    /** Horizontal distance between consecutive steps (room for the hand-over line). */
    static final double STEP_GAP = 36;

    private SwimLanes() {
    }

    /** Whether a process's children are lanes (containers of steps) rather than steps. */
    static boolean hasLanes(DiagramNode process) {
        List<DiagramNode> children = process.getChildren();
        return !children.isEmpty() && children.stream().allMatch(DiagramNode::isContainer);
    }

    /**
     * Places the lanes and steps of a process relative to the origin and routes the flow between the steps.
     *
     * @param steps the steps in process order
     * @param flow  the edges between steps of this process
     * @return the width and height of the lanes together
     */
    static double[] arrange(DiagramNode process, List<DiagramNode> steps, List<DiagramEdge> flow, double pad) {
        List<DiagramNode> lanes = process.getChildren();
        double stepHeight = 0;
        for (DiagramNode step : steps) {
            stepHeight = Math.max(stepHeight, step.getHeight());
        }
        double x = pad;
        for (DiagramNode step : steps) {
            step.setBounds(x, 0, step.getWidth(), step.getHeight());
            x += step.getWidth() + STEP_GAP;
        }
        double width = Math.max(x - STEP_GAP + pad, 0);
        for (DiagramNode lane : lanes) {
            width = Math.max(width, lane.getWidth());
        }
        double top = 0;
        for (DiagramNode lane : lanes) {
            double height = lane.getHeaderHeight() + stepHeight + pad;
            lane.setBounds(0, top, width, height);
            for (DiagramNode step : lane.getChildren()) {
                double y = top + lane.getHeaderHeight() + (stepHeight - step.getHeight()) / 2;
                step.setBounds(step.getX(), y, step.getWidth(), step.getHeight());
            }
            top += height;
        }
        for (DiagramEdge edge : flow) {
            edge.setRoute(route(edge.getSource(), edge.getTarget()));
        }
        return new double[] { width, top };
    }

    /** Right side of one step to the left side of the next; a vertical step halfway when they are in different lanes. */
    private static List<Point> route(DiagramNode from, DiagramNode to) {
        List<Point> route = new ArrayList<>();
        double startY = from.getCenterY();
        double endY = to.getCenterY();
        boolean forward = to.getX() >= from.getRight();
        double startX = forward ? from.getRight() : from.getX();
        double endX = forward ? to.getX() : to.getRight();
        route.add(new Point(startX, startY));
        if (Math.abs(startY - endY) > 0.5) {
            double midX = (startX + endX) / 2;
            route.add(new Point(midX, startY));
            route.add(new Point(midX, endY));
        }
        route.add(new Point(endX, endY));
        return route;
    }
}
