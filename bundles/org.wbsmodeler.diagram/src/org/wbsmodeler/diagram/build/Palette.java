package org.wbsmodeler.diagram.build;

import org.wbsmodeler.diagram.model.Rgb;
import org.wbsmodeler.diagram.model.Style;

/**
 * Colours of the diagrams, one per kind of box. Light fills so black text stays readable in print and in
 * grey-scale; the element type is also in the text, so colour is never the only cue.
 */
public final class Palette {

    private static final Rgb BORDER = Rgb.hex("#4a5568");

    public static final Style PROJECT = Style.NODE.withFill(Rgb.hex("#2c5282")).withStroke(Rgb.hex("#1a365d"))
            .withTextColor(Rgb.WHITE).withBold(true);
    public static final Style PHASE = Style.NODE.withFill(Rgb.hex("#bee3f8")).withStroke(Rgb.hex("#2b6cb0"))
            .withBold(true);
    public static final Style DELIVERABLE = Style.NODE.withFill(Rgb.hex("#c6f6d5")).withStroke(Rgb.hex("#2f855a"));
    public static final Style WORK_PACKAGE = Style.NODE.withFill(Rgb.hex("#fefcbf")).withStroke(Rgb.hex("#b7791f"));
    public static final Style ACTIVITY = Style.NODE.withFill(Rgb.WHITE).withStroke(BORDER);
    public static final Style MILESTONE = Style.NODE.withFill(Rgb.hex("#e9d8fd")).withStroke(Rgb.hex("#6b46c1"))
            .withCornerRadius(14);
    /** A box that stands for more than it shows (collapsed subtree, depth limit). */
    public static final Style COLLAPSED = ACTIVITY.withDashed(true);

    public static final Style PROCESS = Style.NODE.withFill(Rgb.hex("#f7fafc")).withStroke(Rgb.hex("#2c5282"))
            .withBold(true).withCornerRadius(10);
    /** A swim lane inside a process: a plain band, so the steps stand out. */
    public static final Style LANE = Style.NODE.withFill(Rgb.WHITE).withStroke(Rgb.hex("#cbd5e0")).withStrokeWidth(0.8);
    public static final Style STEP = Style.NODE.withFill(Rgb.hex("#ebf8ff")).withStroke(Rgb.hex("#2b6cb0"));
    public static final Style WBS_REF = Style.NODE.withFill(Rgb.hex("#fefcbf")).withStroke(Rgb.hex("#b7791f"))
            .withCornerRadius(3);

    /** Org-chart lines. */
    public static final Style TREE_LINE = Style.EDGE.withStroke(Rgb.hex("#718096"));
    public static final Style DEPENDENCY = Style.EDGE;
    public static final Style FLOW = Style.EDGE.withStroke(Rgb.hex("#2b6cb0"));
    /** Step to WBS element: a reference, not a flow, hence dashed and light. */
    public static final Style TRACE = Style.EDGE.withStroke(Rgb.hex("#a0aec0")).withDashed(true);

    private Palette() {
    }
}
