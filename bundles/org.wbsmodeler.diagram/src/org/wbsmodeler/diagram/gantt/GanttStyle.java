package org.wbsmodeler.diagram.gantt;

import org.wbsmodeler.diagram.model.Rgb;
import org.wbsmodeler.diagram.model.Style;

/**
 * Sizes and colours of the Gantt chart, MS Project's conventions: blue task bars with the done part darker,
 * critical ones red, manually scheduled ones teal with end caps, black summary brackets, black diamonds, grey baseline bars under the current ones, weekends
 * shaded, a dashed status-date line.
 */
public final class GanttStyle {

    public static final double ROW_HEIGHT = 22;
    public static final double TIER_HEIGHT = 18;
    public static final double TITLE_HEIGHT = 28;
    public static final double BOTTOM_MARGIN = 8;
    public static final double FONT = 11;
    public static final double SMALL_FONT = 10;
    public static final double TITLE_FONT = 14;
    /** Text inset inside table cells and tier cells. */
    public static final double CELL_PAD = 5;
    /** Indent per outline level in the name column. */
    public static final double INDENT = 12;
    /** The widest the name and people columns get; longer text ends in an ellipsis. */
    public static final double MAX_TEXT_COLUMN = 300;
    /** Half the width and height of a milestone diamond. */
    public static final double DIAMOND = 6;
    /** How far a link leaves its bar horizontally before turning. */
    public static final double LINK_STUB = 8;

    public static final Rgb BACKGROUND = Rgb.WHITE;
    public static final Rgb GRID = Rgb.hex("#e2e8f0");
    public static final Rgb HEADER_FILL = Rgb.hex("#f7fafc");
    public static final Rgb HEADER_LINE = Rgb.hex("#a0aec0");
    public static final Rgb TEXT = Rgb.hex("#1a202c");
    public static final Rgb MUTED_TEXT = Rgb.hex("#4a5568");
    public static final Rgb NON_WORKING = Rgb.hex("#edf2f7");
    public static final Rgb BAR = Rgb.hex("#4a7bd0");
    public static final Rgb BAR_EDGE = Rgb.hex("#2c5282");
    public static final Rgb PROGRESS = Rgb.hex("#1e3a6e");
    /** Manually scheduled tasks: teal, as MS Project draws them. */
    public static final Rgb MANUAL = Rgb.hex("#4fb3a9");
    public static final Rgb MANUAL_EDGE = Rgb.hex("#23766e");
    public static final Rgb CRITICAL = Style.CRITICAL_RED;
    public static final Rgb CRITICAL_EDGE = Rgb.hex("#9b1c1c");
    public static final Rgb CRITICAL_PROGRESS = Rgb.hex("#7f1d1d");
    public static final Rgb SUMMARY = Rgb.hex("#1a202c");
    public static final Rgb MILESTONE = Rgb.hex("#1a202c");
    public static final Rgb BASELINE = Rgb.hex("#a0aec0");
    public static final Rgb LINK = Rgb.hex("#4a5568");
    public static final Rgb STATUS = Rgb.hex("#2e7d32");

    private GanttStyle() {
    }
}
