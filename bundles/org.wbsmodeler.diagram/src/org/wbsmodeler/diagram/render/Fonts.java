package org.wbsmodeler.diagram.render;

/**
 * The one font the diagrams use. SVG names a list of families (the viewer picks the first it has); we measure
 * with the first one, DejaVu Sans, which is installed on nearly every Linux box and is wider than the fall-backs
 * (Verdana has the same metrics, Arial is narrower), so text measured with it never overflows its box in a viewer
 * that substitutes another family.
 */
public final class Fonts {

    /** The family AWT measures and draws with. */
    public static final String FAMILY = "DejaVu Sans";

    /** The CSS font-family list written into SVG. */
    public static final String SVG_FAMILY_LIST = "'DejaVu Sans', Verdana, Arial, Helvetica, sans-serif";

    private Fonts() {
    }
}
