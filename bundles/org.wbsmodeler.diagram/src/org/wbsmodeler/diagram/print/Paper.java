package org.wbsmodeler.diagram.print;

import java.util.Locale;

/** ISO paper sizes in PDF points (1/72 inch), portrait. */
public enum Paper {
    A4(595.28, 841.89), A3(841.89, 1190.55), A1(1683.78, 2383.94);

    private final double width;
    private final double height;

    Paper(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public double width(boolean landscape) {
        return landscape ? height : width;
    }

    public double height(boolean landscape) {
        return landscape ? width : height;
    }

    /** {@code a4}, {@code A3}, …; anything else is refused with the sizes there are. */
    public static Paper of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--paper must be A4, A3 or A1, not '" + name + "'");
        }
    }
}
