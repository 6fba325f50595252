package org.wbsmodeler.diagram.tests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.wbsmodeler.diagram.model.Rgb;
import org.wbsmodeler.diagram.render.DiagramCanvas;
import org.wbsmodeler.diagram.render.TextAnchor;

/** A canvas that keeps what was drawn, grouped as the painter grouped it, for assertions on structure and geometry. */
final class RecordingCanvas implements DiagramCanvas {

    /** One drawing call: its kind ("rect", "polyline", "polygon", "text"), its numbers, fill or stroke, and text. */
    record Shape(String kind, double[] xy, Rgb color, boolean arrow, String text) {
        double x() {
            return xy[0];
        }

        double y() {
            return xy[1];
        }

        double width() {
            return xy[2];
        }
    }

    /** A group with the shapes drawn inside it. */
    record Group(String role, String id, boolean critical, List<Shape> shapes) {
        boolean is(String r) {
            return List.of(role.split(" ")).contains(r);
        }

        Shape first(String kind) {
            return shapes.stream().filter(s -> s.kind().equals(kind)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + kind + " in " + role + " " + id));
        }
    }

    final List<Group> groups = new ArrayList<>();
    final List<Shape> all = new ArrayList<>();
    private final Deque<Group> open = new ArrayDeque<>();

    @Override
    public void begin(double width, double height, Rgb background) {
    }

    @Override
    public void end() {
    }

    @Override
    public void beginGroup(String role, String id, boolean critical) {
        Group g = new Group(role, id, critical, new ArrayList<>());
        groups.add(g);
        open.push(g);
    }

    @Override
    public void endGroup() {
        open.poll();
    }

    @Override
    public void rectangle(double x, double y, double width, double height, double cornerRadius, Rgb fill, Rgb stroke,
            double strokeWidth, boolean dashed) {
        add(new Shape("rect", new double[] { x, y, width, height }, fill, false, null));
    }

    @Override
    public void polyline(double[] xy, Rgb stroke, double strokeWidth, boolean dashed, boolean arrowHead) {
        add(new Shape("polyline", xy.clone(), stroke, arrowHead, null));
    }

    @Override
    public void polygon(double[] xy, Rgb fill, Rgb stroke, double strokeWidth) {
        add(new Shape("polygon", xy.clone(), fill, false, null));
    }

    @Override
    public void text(String text, double x, double baseline, TextAnchor anchor, double fontSize, boolean bold, Rgb color) {
        add(new Shape("text", new double[] { x, baseline }, color, false, text));
    }

    private void add(Shape s) {
        all.add(s);
        if (!open.isEmpty()) {
            open.peek().shapes().add(s);
        }
    }

    List<Group> groups(String role) {
        return groups.stream().filter(g -> g.is(role)).toList();
    }

    Group group(String role, String id) {
        List<Group> found = groups.stream().filter(g -> g.is(role) && id.equals(g.id())).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + role + " group for " + id + ", found " + found.size());
        }
        return found.get(0);
    }
}
