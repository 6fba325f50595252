package org.wbsmodeler.diagram.render;

import java.util.ArrayList;
import java.util.List;

import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.TextLine;

/**
 * Gives every node the size its text needs, before layout: wraps long names to a maximum width, then takes the
 * widest row and the sum of the row heights. Containers get a header band for their own text and that size as a
 * minimum; the layout grows them around their children. Edge labels and the title get their sizes too.
 */
public final class NodeSizer {

    private final TextMeasurer measurer;
    private final double minWidth;
    private final double maxWidth;
    private final double minHeight;

    /**
     * @param measurer measures with the font the canvas will draw with
     * @param minWidth boxes are at least this wide (a row of equal boxes reads better than ragged sizes)
     * @param maxWidth wrappable lines are broken to fit this width (the box may still be wider if an unbreakable
     *        row, such as a row of dates, needs it)
     */
    public NodeSizer(TextMeasurer measurer, double minWidth, double maxWidth, double minHeight) {
        if (minWidth > maxWidth) {
            throw new IllegalArgumentException("minWidth > maxWidth");
        }
        this.measurer = measurer;
        this.minWidth = minWidth;
        this.maxWidth = maxWidth;
        this.minHeight = minHeight;
    }

    /** Sizer with the widths our diagrams use: boxes 120 to 220 px wide. */
    public static NodeSizer standard(TextMeasurer measurer) {
        return new NodeSizer(measurer, 120, 220, 30);
    }

    public TextMeasurer getMeasurer() {
        return measurer;
    }

    /** Sizes all nodes, edge labels and the title of the diagram. */
    public void size(Diagram diagram) {
        for (DiagramNode node : diagram.getNodes()) {
            size(node);
        }
        for (DiagramEdge edge : diagram.getEdges()) {
            if (edge.getLabel() != null) {
                double w = measurer.width(edge.getLabel(), BoxMetrics.EDGE_LABEL_FONT, false)
                        + 2 * BoxMetrics.EDGE_LABEL_PAD;
                double h = Math.ceil(BoxMetrics.EDGE_LABEL_FONT * 1.35) + 2 * BoxMetrics.EDGE_LABEL_PAD;
                edge.setLabelSize(Math.ceil(w), h);
            }
        }
        if (diagram.getTitle() != null) {
            diagram.setTitleSize(Math.ceil(measurer.width(diagram.getTitle(), BoxMetrics.TITLE_FONT, true)),
                    BoxMetrics.TITLE_HEIGHT);
        } else {
            diagram.setTitleSize(0, 0);
        }
    }

    /** Wraps the node's text and sets its (minimum) size. */
    public void size(DiagramNode node) {
        double textWidth = maxWidth - 2 * BoxMetrics.PAD_X;
        List<TextLine> wrapped = new ArrayList<>();
        for (TextLine line : node.getLines()) {
            if (line.wrap() && line.cells().size() == 1) {
                wrapped.addAll(wrap(line, textWidth));
            } else {
                wrapped.add(line);
            }
        }
        node.setLines(wrapped);

        double width = minWidth;
        double height = 2 * BoxMetrics.PAD_Y + BoxMetrics.badgeBand(node.getBadge() != null);
        for (TextLine line : wrapped) {
            width = Math.max(width, rowWidth(line));
            height += BoxMetrics.rowHeight(line);
        }
        if (node.getBadge() != null) {
            width = Math.max(width, badgeWidth(node.getBadge()) + 2 * BoxMetrics.PAD_X);
        }
        width = Math.ceil(width);
        height = Math.ceil(height);
        if (node.isContainer()) {
            // the header is the text band; children go below it (the layout adds its own padding)
            node.setHeaderHeight(height);
            node.setSize(width, height);
        } else {
            node.setHeaderHeight(0);
            node.setSize(width, Math.max(minHeight, height));
        }
    }

    /** Width of the pill drawn around a badge. */
    public double badgeWidth(String badge) {
        return Math.ceil(measurer.width(badge, BoxMetrics.BADGE_FONT, true) + 2 * BoxMetrics.BADGE_PAD_X);
    }

    private double rowWidth(TextLine line) {
        if (line.cells().size() == 1) {
            return measurer.width(line.cells().get(0), line.fontSize(), line.bold()) + 2 * BoxMetrics.PAD_X;
        }
        // cells share the width equally, so the widest cell decides
        double widest = 0;
        for (String cell : line.cells()) {
            widest = Math.max(widest, measurer.width(cell, line.fontSize(), line.bold()));
        }
        return line.cells().size() * (widest + 2 * BoxMetrics.CELL_PAD);
    }

    /** Greedy word wrap; a word wider than the line is broken between characters. */
    List<TextLine> wrap(TextLine line, double width) {
        String text = line.cells().get(0).strip();
        if (measurer.width(text, line.fontSize(), line.bold()) <= width) {
            return List.of(line.withWrap(false));
        }
        List<String> rows = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (measurer.width(candidate, line.fontSize(), line.bold()) <= width) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (current.length() > 0) {
                rows.add(current.toString());
                current.setLength(0);
            }
            // the word alone may still be too wide: cut it into pieces that fit
            String rest = word;
            while (measurer.width(rest, line.fontSize(), line.bold()) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && measurer.width(rest.substring(0, cut), line.fontSize(), line.bold()) > width) {
                    cut--;
                }
                rows.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        if (current.length() > 0) {
            rows.add(current.toString());
        }
        List<TextLine> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            // only the first row keeps the divider above it
            result.add(new TextLine(List.of(rows.get(i)), line.fontSize(), line.bold(), i == 0 && line.ruleAbove(),
                    false));
        }
        return result;
    }
}
