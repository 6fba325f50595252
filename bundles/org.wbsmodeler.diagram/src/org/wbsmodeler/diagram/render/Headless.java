package org.wbsmodeler.diagram.render;

/**
 * Puts AWT in headless mode unless someone decided otherwise. The CLI renders PNGs on build servers without a
 * display; we only use fonts and {@code BufferedImage}, which never need one, and headless mode keeps AWT from
 * trying to connect to X11 at all. An application that already chose a mode (the property is set) is left alone.
 */
final class Headless {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Headless() {
    }

    /** Calling this triggers the static initialiser; it is cheap and idempotent. */
    static void ensure() {
        // nothing: the work is done once, by class initialisation (which the JVM makes thread-safe)
    }
}
