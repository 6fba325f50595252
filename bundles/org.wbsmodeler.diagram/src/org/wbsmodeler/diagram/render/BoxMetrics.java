package org.wbsmodeler.diagram.render;

import org.wbsmodeler.diagram.model.TextLine;

/**
 * Spacing inside a node box, shared by {@link NodeSizer} (which makes the box big enough) and
 * {@link DiagramPainter} (which places the text): if the two disagreed, text would spill out of its box.
 */
public final class BoxMetrics {

    /** Space between the border and the text, left and right. */
    public static final double PAD_X = 10;
    /** Space between the border and the text, top and bottom. */
    public static final double PAD_Y = 6;
    /** Space on each side of the text of one cell of a multi-cell row. */
    public static final double CELL_PAD = 6;
    /** Extra space above a row that has a divider rule. */
    public static final double RULE_GAP = 5;
    /** Badge (owner, "+12") text size and the pill drawn around it. */
    public static final double BADGE_FONT = 9.5;
    public static final double BADGE_HEIGHT = 15;
    public static final double BADGE_PAD_X = 5;
    /** Empty border around the whole drawing. */
    public static final double MARGIN = 20;
    /** Title above the drawing. */
    public static final double TITLE_FONT = 16;
    public static final double TITLE_HEIGHT = 30;
    /** Edge label text size and the padding of its white background. */
    public static final double EDGE_LABEL_FONT = 10;
    public static final double EDGE_LABEL_PAD = 2;

    private BoxMetrics() {
    }

    /** Height of one row of text, without a rule gap. */
    public static double lineHeight(TextLine line) {
        return Math.ceil(line.fontSize() * 1.35);
    }

    /** Height a row takes in the box, including the gap for its rule. */
    public static double rowHeight(TextLine line) {
        return lineHeight(line) + (line.ruleAbove() ? RULE_GAP : 0);
    }

    /** Room reserved at the top of a box for its badge. */
    public static double badgeBand(boolean hasBadge) {
        return hasBadge ? BADGE_HEIGHT + 2 : 0;
    }
}
