package org.wbsmodeler.schedule.cpm;

import java.util.Arrays;
import java.util.Objects;

import org.wbsmodeler.schedule.calendar.WorkCalendar;

/**
 * The scheduling problem as flat primitive arrays: activities {@code 0..n-1} and links {@code 0..m-1}, both plain
 * indexes so that millions of them cost a few arrays and no objects.
 * <p>
 * Per activity: duration in working minutes of its calendar, calendar index, constraint type and date, milestone
 * flag and an optional name. Per link: predecessor, successor, {@link LinkType} and lag in working minutes of the
 * successor's calendar (negative = lead). Adjacency is kept as two CSR indexes (links into and out of each activity)
 * for the forward and backward passes.
 * <p>
 * The setters record what they touch in a journal, so an {@link IncrementalScheduler} can recompute only what an
 * edit can reach, whoever made the edit (e.g. an EMF adapter reacting to notifications). Link ids are stable:
 * removing a link leaves a hole instead of renumbering.
 * <p>
 * Units: the metamodel holds durations and lags in working days of the project's default calendar; an adapter
 * multiplies by {@code defaultCalendar.minutesPerDay()} (hours per day × 60).
 */
public final class ScheduleNetwork {

    static final byte REMOVED = -1;
    static final long NO_DATE = Long.MIN_VALUE;

    private long projectStart;
    final WorkCalendar[] calendars;
    final int n;
    final int[] duration;
    final int[] calendar;
    final byte[] constraint;
    final long[] constraintDate;
    final boolean[] milestone;
    private final String[] names;
    int alapCount;

    int linkCount;
    int liveLinks;
    int[] linkFrom;
    int[] linkTo;
    byte[] linkType;
    int[] linkLag;

    int[] inStart;
    int[] inLink;
    int[] outStart;
    int[] outLink;
    // the links again, per CSR slot, so the passes stream through them instead of chasing link ids:
    // the other end, and lag << 2 | type
    int[] inFrom;
    int[] inCode;
    int[] outTo;
    int[] outCode;

    /** Lags are packed with the link type into one int, which leaves them 30 bits (±2^29 minutes: ~1.1 million days). */
    static final int MAX_LAG = (1 << 29) - 1;

    final Journal journal;
    /** Every live link goes from a lower to a higher index: the index order is topological (kept by rebuildAdjacency). */
    boolean forwardOnly;

    private ScheduleNetwork(Builder b) {
        projectStart = b.projectStart;
        calendars = b.calendars.clone();
        n = b.n;
        duration = Arrays.copyOf(b.duration, n);
        calendar = Arrays.copyOf(b.calendar, n);
        constraint = Arrays.copyOf(b.constraint, n);
        constraintDate = Arrays.copyOf(b.constraintDate, n);
        milestone = Arrays.copyOf(b.milestone, n);
        names = b.names == null ? null : Arrays.copyOf(b.names, n);
        for (int i = 0; i < n; i++) {
            if (constraint[i] == ConstraintType.ALAP.ordinal()) {
                alapCount++;
            }
        }
        linkCount = b.m;
        liveLinks = b.m;
        linkFrom = Arrays.copyOf(b.linkFrom, Math.max(4, b.m));
        linkTo = Arrays.copyOf(b.linkTo, Math.max(4, b.m));
        linkType = Arrays.copyOf(b.linkType, Math.max(4, b.m));
        linkLag = Arrays.copyOf(b.linkLag, Math.max(4, b.m));
        journal = new Journal(n);
        rebuildAdjacency();
    }

    /**
     * A builder for a network whose activities use {@code calendars} (index 0 is the project's default calendar) and
     * which starts at {@code projectStart} ({@link org.wbsmodeler.schedule.calendar.LocalMinutes}).
     */
    public static Builder builder(long projectStart, WorkCalendar... calendars) {
        return new Builder(projectStart, calendars);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Reading

    public long projectStart() {
        return projectStart;
    }

    public int activityCount() {
        return n;
    }

    /** Number of link ids handed out, removed ones included. */
    public int linkCount() {
        return linkCount;
    }

    /** Number of links not removed. */
    public int liveLinkCount() {
        return liveLinks;
    }

    public int calendarCount() {
        return calendars.length;
    }

    public WorkCalendar calendar(int index) {
        return calendars[index];
    }

    public int duration(int activity) {
        return duration[activity];
    }

    public int calendarIndex(int activity) {
        return calendar[activity];
    }

    public WorkCalendar calendarOf(int activity) {
        return calendars[calendar[activity]];
    }

    public ConstraintType constraintType(int activity) {
        return ConstraintType.of(constraint[activity]);
    }

    /** The constraint date, or {@link Long#MIN_VALUE} for ASAP/ALAP. */
    public long constraintDate(int activity) {
        return constraintDate[activity];
    }

    public boolean isMilestone(int activity) {
        return milestone[activity];
    }

    /** The activity's name, or {@code #index} when none was given. */
    public String label(int activity) {
        String name = names == null ? null : names[activity];
        return name != null ? name : "#" + activity;
    }

    public boolean isRemoved(int link) {
        return linkType[link] == REMOVED;
    }

    public int linkFrom(int link) {
        return linkFrom[link];
    }

    public int linkTo(int link) {
        return linkTo[link];
    }

    public LinkType linkType(int link) {
        return LinkType.of(linkType[link]);
    }

    public int linkLag(int link) {
        return linkLag[link];
    }

    /** Link ids into {@code activity} (from its predecessors). */
    public int[] predecessorLinks(int activity) {
        return Arrays.copyOfRange(inLink, inStart[activity], inStart[activity + 1]);
    }

    /** Link ids out of {@code activity} (to its successors). */
    public int[] successorLinks(int activity) {
        return Arrays.copyOfRange(outLink, outStart[activity], outStart[activity + 1]);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Editing (journaled for incremental rescheduling)

    public void setDuration(int activity, int minutes) {
        checkDuration(minutes);
        duration[activity] = minutes;
        journal.touch(activity, Journal.FORWARD | Journal.BACKWARD);
    }

    public void setMilestone(int activity, boolean value) {
        milestone[activity] = value;
        journal.touch(activity, Journal.FORWARD);
    }

    public void setConstraint(int activity, ConstraintType type, long date) {
        checkConstraint(type, date);
        boolean wasAlap = constraint[activity] == ConstraintType.ALAP.ordinal();
        constraint[activity] = (byte) type.ordinal();
        constraintDate[activity] = type.hasDate() ? date : NO_DATE;
        if (wasAlap != (type == ConstraintType.ALAP)) {
            alapCount += wasAlap ? -1 : 1;
            // an ALAP predecessor hands its late dates to its successors, so they must look again
            touchSuccessors(activity, Journal.FORWARD);
        }
        journal.touch(activity, Journal.FORWARD | Journal.BACKWARD);
    }

    public void setCalendar(int activity, int calendarIndex) {
        Objects.checkIndex(calendarIndex, calendars.length);
        calendar[activity] = calendarIndex;
        journal.touch(activity, Journal.FORWARD | Journal.BACKWARD);
        // links into the activity take their lag on its calendar, also when its predecessors compute late dates
        for (int k = inStart[activity]; k < inStart[activity + 1]; k++) {
            journal.touch(linkFrom[inLink[k]], Journal.BACKWARD);
        }
    }

    public void setProjectStart(long start) {
        projectStart = start;
        journal.everything = true;
    }

    public void setLinkLag(int link, int lagMinutes) {
        checkLive(link);
        checkLag(lagMinutes);
        linkLag[link] = lagMinutes;
        recode(link);
        touchLink(link);
    }

    public void setLinkType(int link, LinkType type) {
        checkLive(link);
        linkType[link] = (byte) type.ordinal();
        recode(link);
        touchLink(link);
    }

    /** Updates the slot copies of a link's type and lag (found by a scan of its two ends' few links). */
    private void recode(int link) {
        int code = code(link);
        int to = linkTo[link];
        for (int k = inStart[to]; k < inStart[to + 1]; k++) {
            if (inLink[k] == link) {
                inCode[k] = code;
            }
        }
        int from = linkFrom[link];
        for (int k = outStart[from]; k < outStart[from + 1]; k++) {
            if (outLink[k] == link) {
                outCode[k] = code;
            }
        }
    }

    private int code(int link) {
        return linkLag[link] << 2 | linkType[link];
    }

    /** The in-slot (index into the CSR of links into its successor) of a live link. */
    int inSlot(int link) {
        int to = linkTo[link];
        for (int k = inStart[to]; k < inStart[to + 1]; k++) {
            if (inLink[k] == link) {
                return k;
            }
        }
        throw new IllegalArgumentException("link " + link + " is not live");
    }

    /**
     * Adds a link and returns its id. This does not check for cycles (the network does not know an order); use
     * {@link IncrementalScheduler#addLink} to be refused before the network changes.
     */
    public int addLink(int from, int to, LinkType type, int lagMinutes) {
        Objects.checkIndex(from, n);
        Objects.checkIndex(to, n);
        checkLag(lagMinutes);
        if (linkCount == linkFrom.length) {
            int capacity = linkCount + (linkCount >> 1) + 4;
            linkFrom = Arrays.copyOf(linkFrom, capacity);
            linkTo = Arrays.copyOf(linkTo, capacity);
            linkType = Arrays.copyOf(linkType, capacity);
            linkLag = Arrays.copyOf(linkLag, capacity);
        }
        int id = linkCount++;
        linkFrom[id] = from;
        linkTo[id] = to;
        linkType[id] = (byte) type.ordinal();
        linkLag[id] = lagMinutes;
        liveLinks++;
        rebuildAdjacency();
        journal.addedLink(id);
        touchLink(id);
        return id;
    }

    public void removeLink(int link) {
        checkLive(link);
        touchLink(link);
        linkType[link] = REMOVED;
        liveLinks--;
        rebuildAdjacency();
    }

    private void touchLink(int link) {
        journal.touch(linkTo[link], Journal.FORWARD);
        journal.touch(linkFrom[link], Journal.BACKWARD);
    }

    private void touchSuccessors(int activity, int flags) {
        for (int k = outStart[activity]; k < outStart[activity + 1]; k++) {
            journal.touch(linkTo[outLink[k]], flags);
        }
    }

    private void checkLive(int link) {
        Objects.checkIndex(link, linkCount);
        if (linkType[link] == REMOVED) {
            throw new IllegalArgumentException("link " + link + " was removed");
        }
    }

    /**
     * Counting sort of the live links by successor and by predecessor. O(n + m) with two passes over flat arrays:
     * cheap enough to redo after a structural edit (about a millisecond per 100,000 activities).
     */
    private void rebuildAdjacency() {
        if (inStart == null) {
            inStart = new int[n + 1];
            outStart = new int[n + 1];
        } else {
            Arrays.fill(inStart, 0);
            Arrays.fill(outStart, 0);
        }
        if (inLink == null || inLink.length < liveLinks) {
            int capacity = linkFrom.length;
            inLink = new int[capacity];
            outLink = new int[capacity];
            inFrom = new int[capacity];
            inCode = new int[capacity];
            outTo = new int[capacity];
            outCode = new int[capacity];
        }
        boolean forward = true;
        for (int l = 0; l < linkCount; l++) {
            if (linkType[l] != REMOVED) {
                inStart[linkTo[l] + 1]++;
                outStart[linkFrom[l] + 1]++;
                forward &= linkFrom[l] < linkTo[l];
            }
        }
        forwardOnly = forward;
        for (int i = 0; i < n; i++) {
            inStart[i + 1] += inStart[i];
            outStart[i + 1] += outStart[i];
        }
        int[] inFill = Arrays.copyOf(inStart, n);
        int[] outFill = Arrays.copyOf(outStart, n);
        for (int l = 0; l < linkCount; l++) {
            if (linkType[l] != REMOVED) {
                int code = code(l);
                int k = inFill[linkTo[l]]++;
                inLink[k] = l;
                inFrom[k] = linkFrom[l];
                inCode[k] = code;
                k = outFill[linkFrom[l]]++;
                outLink[k] = l;
                outTo[k] = linkTo[l];
                outCode[k] = code;
            }
        }
    }

    static void checkLag(int minutes) {
        if (minutes > MAX_LAG || minutes < -MAX_LAG) {
            throw new IllegalArgumentException("lag out of range: " + minutes + " minutes");
        }
    }

    static void checkDuration(int minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("negative duration " + minutes);
        }
    }

    static void checkConstraint(ConstraintType type, long date) {
        if (type.hasDate() && date == NO_DATE) {
            throw new IllegalArgumentException(type + " needs a date");
        }
    }

    /**
     * What changed since the last (re)schedule: activities whose forward inputs (own data, incoming links) or
     * backward inputs (own data, outgoing links) changed, links added (the order may need repair), and whether
     * everything must be redone.
     */
    static final class Journal {
        static final int FORWARD = 1;
        static final int BACKWARD = 2;

        final byte[] flags;
        int[] touched = new int[16];
        int touchedCount;
        int[] added = new int[4];
        int addedCount;
        boolean everything;

        Journal(int n) {
            flags = new byte[n];
        }

        void touch(int activity, int f) {
            if (flags[activity] == 0) {
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = activity;
            }
            flags[activity] |= (byte) f;
        }

        void addedLink(int link) {
            if (addedCount == added.length) {
                added = Arrays.copyOf(added, addedCount * 2);
            }
            added[addedCount++] = link;
        }

        boolean isEmpty() {
            return touchedCount == 0 && addedCount == 0 && !everything;
        }

        void clear() {
            for (int i = 0; i < touchedCount; i++) {
                flags[touched[i]] = 0;
            }
            touchedCount = 0;
            addedCount = 0;
            everything = false;
        }
    }

    /**
     * Collects activities and links in growable primitive arrays. Activities get the default calendar (index 0),
     * ASAP and no milestone flag until told otherwise.
     */
    public static final class Builder {
        private final long projectStart;
        private final WorkCalendar[] calendars;
        private int n;
        private int[] duration = new int[16];
        private int[] calendar = new int[16];
        private byte[] constraint = new byte[16];
        private long[] constraintDate = new long[16];
        private boolean[] milestone = new boolean[16];
        private String[] names;
        private int m;
        private int[] linkFrom = new int[16];
        private int[] linkTo = new int[16];
        private byte[] linkType = new byte[16];
        private int[] linkLag = new int[16];

        private Builder(long projectStart, WorkCalendar[] calendars) {
            if (calendars.length == 0) {
                throw new IllegalArgumentException("at least the default calendar is needed");
            }
            this.projectStart = projectStart;
            this.calendars = calendars.clone();
        }

        /** Pre-sizes the arrays for a known network size. */
        public Builder expect(int activities, int links) {
            if (activities > duration.length) {
                growActivities(activities);
            }
            if (links > linkFrom.length) {
                growLinks(links);
            }
            return this;
        }

        /** Adds an activity of {@code minutes} working minutes; returns its index. */
        public int addActivity(int minutes) {
            checkDuration(minutes);
            if (n == duration.length) {
                growActivities(n + (n >> 1) + 16);
            }
            duration[n] = minutes;
            constraintDate[n] = NO_DATE;
            return n++;
        }

        /** Adds a named activity; returns its index. */
        public int addActivity(String name, int minutes) {
            int a = addActivity(minutes);
            name(a, name);
            return a;
        }

        public Builder name(int activity, String name) {
            if (names == null) {
                names = new String[duration.length];
            }
            names[activity] = name;
            return this;
        }

        public Builder calendar(int activity, int calendarIndex) {
            Objects.checkIndex(calendarIndex, calendars.length);
            calendar[activity] = calendarIndex;
            return this;
        }

        public Builder constraint(int activity, ConstraintType type, long date) {
            checkConstraint(type, date);
            constraint[activity] = (byte) type.ordinal();
            constraintDate[activity] = type.hasDate() ? date : NO_DATE;
            return this;
        }

        public Builder milestone(int activity, boolean value) {
            milestone[activity] = value;
            return this;
        }

        /** Adds a link; returns its id. Cycles are found when scheduling. */
        public int addLink(int from, int to, LinkType type, int lagMinutes) {
            Objects.checkIndex(from, n);
            Objects.checkIndex(to, n);
            checkLag(lagMinutes);
            if (m == linkFrom.length) {
                growLinks(m + (m >> 1) + 16);
            }
            linkFrom[m] = from;
            linkTo[m] = to;
            linkType[m] = (byte) type.ordinal();
            linkLag[m] = lagMinutes;
            return m++;
        }

        public int activityCount() {
            return n;
        }

        public ScheduleNetwork build() {
            return new ScheduleNetwork(this);
        }

        private void growActivities(int capacity) {
            duration = Arrays.copyOf(duration, capacity);
            calendar = Arrays.copyOf(calendar, capacity);
            constraint = Arrays.copyOf(constraint, capacity);
            constraintDate = Arrays.copyOf(constraintDate, capacity);
            milestone = Arrays.copyOf(milestone, capacity);
            if (names != null) {
                names = Arrays.copyOf(names, capacity);
            }
        }

        private void growLinks(int capacity) {
            linkFrom = Arrays.copyOf(linkFrom, capacity);
            linkTo = Arrays.copyOf(linkTo, capacity);
            linkType = Arrays.copyOf(linkType, capacity);
            linkLag = Arrays.copyOf(linkLag, capacity);
        }
    }
}
