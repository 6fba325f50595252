package org.wbsmodeler.diagram.model;

import java.util.List;
import java.util.Objects;

/**
 * One row of text inside a node box. A row has one or more cells that share the box width equally; this is
 * enough for the three kinds of box we draw: a WBS box (code, name, "5 d | 12,000 USD"), a process step and the
 * activity-on-node box of the network view (ES | Dur | EF / name / LS | Float | LF).
 *
 * <p>{@code wrap} marks a single-cell row that may be broken into several rows when it is wider than the node's
 * maximum width (long element names); the {@code NodeSizer} does that before layout, so layout sees final sizes.
 * {@code ruleAbove} draws a horizontal divider across the box above the row, and a multi-cell row with a rule also
 * gets vertical dividers between its cells (the grid of a network box).
 */
public record TextLine(List<String> cells, double fontSize, boolean bold, boolean ruleAbove, boolean wrap) {

    /** Body text size in pixels; headers are larger, field rows smaller. */
    public static final double BODY = 12;
    public static final double SMALL = 10.5;
    public static final double HEADER = 13.5;

    public TextLine {
        Objects.requireNonNull(cells, "cells");
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("a text line needs at least one cell");
        }
        // no stream when there is no null: a 2,000-box network makes some 20,000 rows per build, most copied from
        // another row (withWrap, withRuleAbove), whose list List.copyOf then returns as it is
        cells = hasNull(cells) ? List.copyOf(cells.stream().map(c -> c == null ? "" : c).toList()) : List.copyOf(cells);
        if (fontSize <= 0) {
            throw new IllegalArgumentException("font size must be positive: " + fontSize);
        }
    }

    /** Whether a cell is null (a loop: {@code List.of(...).contains(null)} throws). */
    private static boolean hasNull(List<String> cells) {
        for (String cell : cells) {
            if (cell == null) {
                return true;
            }
        }
        return false;
    }

    /** A plain body line that wraps. */
    public static TextLine text(String text) {
        return new TextLine(List.of(text), BODY, false, false, true);
    }

    /** A bold line that wraps (names). */
    public static TextLine bold(String text) {
        return new TextLine(List.of(text), BODY, true, false, true);
    }

    /** A row of small, equally wide cells under a divider (figures such as duration and cost). */
    public static TextLine cells(boolean ruleAbove, String... cells) {
        return new TextLine(List.of(cells), SMALL, false, ruleAbove, false);
    }

    public TextLine withFontSize(double size) {
        return new TextLine(cells, size, bold, ruleAbove, wrap);
    }

    public TextLine withRuleAbove(boolean rule) {
        return new TextLine(cells, fontSize, bold, rule, wrap);
    }

    public TextLine withWrap(boolean newWrap) {
        return new TextLine(cells, fontSize, bold, ruleAbove, newWrap);
    }

    /** The cells joined with a space: what a reader sees on this row. */
    public String joined() {
        return String.join(" ", cells);
    }
}
