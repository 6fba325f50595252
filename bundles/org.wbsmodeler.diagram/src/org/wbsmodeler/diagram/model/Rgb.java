package org.wbsmodeler.diagram.model;

/**
 * An opaque sRGB colour. The diagram model must not depend on AWT or SWT (it is drawn by both), so colours are
 * plain values that each canvas converts to its own colour type.
 */
public record Rgb(int red, int green, int blue) {

    public static final Rgb BLACK = new Rgb(0, 0, 0);
    public static final Rgb WHITE = new Rgb(255, 255, 255);

    public Rgb {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour component out of 0..255: " + red + "," + green + "," + blue);
        }
    }

    /** Parses {@code #rrggbb} (the form SVG and CSS use, and the form we document styles in). */
    public static Rgb hex(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() != 6) {
            throw new IllegalArgumentException("expected #rrggbb: " + hex);
        }
        int v = Integer.parseInt(h, 16);
        return new Rgb((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
    }

    /** The colour as {@code #rrggbb}, lower case. */
    public String toHex() {
        // no Formatter: SVG output asks for a colour several times per box
        char[] hex = new char[7];
        hex[0] = '#';
        int v = toInt();
        for (int i = 6; i > 0; i--) {
            hex[i] = Character.forDigit(v & 0xf, 16);
            v >>= 4;
        }
        return new String(hex);
    }

    /** 0xRRGGBB, convenient for AWT and SWT. */
    public int toInt() {
        return (red << 16) | (green << 8) | blue;
    }
}
