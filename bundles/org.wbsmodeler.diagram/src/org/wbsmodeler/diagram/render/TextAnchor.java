package org.wbsmodeler.diagram.render;

/** Which point of a text run the given x coordinate refers to (the names SVG uses for text-anchor). */
public enum TextAnchor {
    START, MIDDLE, END
}
