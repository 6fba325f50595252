package org.wbsmodeler.schedule.cpm;

/**
 * MS Project's date constraints, in the metamodel's order. The flexible ones (ASAP, ALAP, SNET, FNET) bend to the
 * network logic; the others can contradict it, which is reported as a {@link ScheduleWarning} rather than hidden.
 */
public enum ConstraintType {
    /** As soon as possible: the default, no date. */
    ASAP,
    /** As late as possible: scheduled on its late dates, successors follow from there. */
    ALAP,
    /** Start no earlier than the date. */
    SNET,
    /** Start no later than the date. */
    SNLT,
    /** Finish no earlier than the date. */
    FNET,
    /** Finish no later than the date. */
    FNLT,
    /** Must start on the date. */
    MSO,
    /** Must finish on the date. */
    MFO;

    private static final ConstraintType[] VALUES = values();

    /** Whether the constraint carries a date. */
    public boolean hasDate() {
        return this != ASAP && this != ALAP;
    }

    /** Whether the constraint can pull an activity earlier than its predecessors allow (and so create negative float). */
    public boolean canConflictWithLogic() {
        return this == SNLT || this == FNLT || this == MSO || this == MFO;
    }

    /** The constant for a {@link #ordinal()} stored in a primitive array. */
    public static ConstraintType of(int code) {
        return VALUES[code];
    }
}
