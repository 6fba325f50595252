package org.wbsmodeler.schedule.cpm;

/** The four dependency types, named after which end of the predecessor drives which end of the successor. */
public enum LinkType {
    /** Finish-to-start: the successor starts after the predecessor finishes (the default). */
    FS,
    /** Start-to-start. */
    SS,
    /** Finish-to-finish. */
    FF,
    /** Start-to-finish. */
    SF;

    private static final LinkType[] VALUES = values();

    /** The constant for a {@link #ordinal()} stored in a primitive array. */
    public static LinkType of(int code) {
        return VALUES[code];
    }
}
