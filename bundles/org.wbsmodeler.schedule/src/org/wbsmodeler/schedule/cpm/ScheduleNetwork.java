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
    /** "No date" for {@link Builder#progress} and {@link #setProgress}: not finished. */
    public static final long NO_DATE_VALUE = NO_DATE;

    private long projectStart;
    final WorkCalendar[] calendars;
    final int n;
    final int[] duration;
    final int[] calendar;
    /**
     * The task's own calendar (the project's default if none): lags into the activity and its floats are measured on
     * it. The same as {@link #calendar} unless the activity works on its resources' calendar.
     */
    final int[] taskCalendar;
    final byte[] constraint;
    final long[] constraintDate;
    final boolean[] milestone;
    private final String[] names;
    int alapCount;

    // MS Project's own rules, per activity: a bit set of the flags below, and the dates they pin
    /** Manually scheduled: stays at {@link #fixedStart}..{@link #fixedFinish}; links kept but do not move it. */
    public static final byte MANUAL = 1;
    /** Started: {@link #fixedStart} is the actual start; the predecessors no longer move it. */
    public static final byte STARTED = 2;
    /** Finished: {@link #fixedFinish} is the actual finish. */
    public static final byte FINISHED = 4;
    /** The duration is elapsed time (calendar minutes, every day and hour), not working time. */
    public static final byte ELAPSED = 8;
    /** The calendar is its work resources' (information for warnings and the MPXJ reference, no rule of its own). */
    public static final byte RESOURCE_CALENDAR = 16;
    static final byte PINNED = MANUAL | STARTED;
    final byte[] mode;
    final long[] fixedStart;
    final long[] fixedFinish;
    /** Started and not finished: the remaining duration (minutes of its kind: working or elapsed). */
    final int[] remaining;

    int linkCount;
    int liveLinks;
    int[] linkFrom;
    int[] linkTo;
    byte[] linkType;
    int[] linkLag;
    /** The lag is elapsed time (calendar minutes), not working time of the successor's calendar. */
    boolean[] linkElapsed;

    int[] inStart;
    int[] inLink;
    int[] outStart;
    int[] outLink;
    // the links again, per CSR slot, so the passes stream through them instead of chasing link ids:
    // the other end, and lag << 3 | elapsed << 2 | type
    int[] inFrom;
    int[] inCode;
    int[] outTo;
    int[] outCode;

    /** Lags are packed with the link type and elapsed flag into one int, which leaves them 29 bits (±2^28 minutes: ~186,000 days). */
    static final int MAX_LAG = (1 << 28) - 1;

    final Journal journal;
    /** Every live link goes from a lower to a higher index: the index order is topological (kept by rebuildAdjacency). */
    boolean forwardOnly;

    private ScheduleNetwork(Builder b) {
        projectStart = b.projectStart;
        calendars = b.calendars.clone();
        n = b.n;
        duration = Arrays.copyOf(b.duration, n);
        calendar = Arrays.copyOf(b.calendar, n);
        taskCalendar = Arrays.copyOf(b.taskCalendar, n);
        constraint = Arrays.copyOf(b.constraint, n);
        constraintDate = Arrays.copyOf(b.constraintDate, n);
        milestone = Arrays.copyOf(b.milestone, n);
        names = b.names == null ? null : Arrays.copyOf(b.names, n);
        mode = Arrays.copyOf(b.mode, n);
        fixedStart = Arrays.copyOf(b.fixedStart, n);
        fixedFinish = Arrays.copyOf(b.fixedFinish, n);
        remaining = Arrays.copyOf(b.remaining, n);
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
        linkElapsed = Arrays.copyOf(b.linkElapsed, Math.max(4, b.m));
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

    /** The task's own calendar index: see {@link #taskCalendar}. */
    public int taskCalendarIndex(int activity) {
        return taskCalendar[activity];
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

    /** The flags of MS Project's own rules ({@link #MANUAL}, {@link #STARTED}, ...), 0 for a plain task. */
    public int mode(int activity) {
        return mode[activity];
    }

    public boolean isManual(int activity) {
        return (mode[activity] & MANUAL) != 0;
    }

    public boolean isStarted(int activity) {
        return (mode[activity] & STARTED) != 0;
    }

    public boolean isFinished(int activity) {
        return (mode[activity] & FINISHED) != 0;
    }

    public boolean isElapsed(int activity) {
        return (mode[activity] & ELAPSED) != 0;
    }

    /** A manual task's start, or a started task's actual start; {@link Long#MIN_VALUE} otherwise. */
    public long fixedStart(int activity) {
        return (mode[activity] & PINNED) != 0 ? fixedStart[activity] : NO_DATE;
    }

    /** A manual task's finish, or a finished task's actual finish; {@link Long#MIN_VALUE} otherwise. */
    public long fixedFinish(int activity) {
        return (mode[activity] & (MANUAL | FINISHED)) != 0 ? fixedFinish[activity] : NO_DATE;
    }

    /** A started, unfinished task's remaining duration in minutes; its whole duration otherwise. */
    public int remainingDuration(int activity) {
        int m = mode[activity];
        return (m & STARTED) != 0 && (m & FINISHED) == 0 ? remaining[activity] : (m & FINISHED) != 0 ? 0 : duration[activity];
    }

    public boolean isLinkElapsed(int link) {
        return linkElapsed[link];
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
        if ((mode[activity] & STARTED) != 0) {
            touchPredecessors(activity); // they read its actual duration (SS) through their links
        }
    }

    public void setMilestone(int activity, boolean value) {
        milestone[activity] = value;
        // backward too: a started milestone's late finish is its actual start
        journal.touch(activity, Journal.FORWARD | Journal.BACKWARD);
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

    /** Makes the activity manually scheduled at {@code start}..{@code finish} (LocalMinutes, finish >= start). */
    public void setManual(int activity, long start, long finish) {
        checkSpan(start, finish);
        fixedStart[activity] = start;
        fixedFinish[activity] = finish;
        setMode(activity, (byte) (mode[activity] & ~(STARTED | FINISHED) | MANUAL));
    }

    /** Makes the activity auto scheduled again (progress is cleared too). */
    public void setAuto(int activity) {
        setMode(activity, (byte) (mode[activity] & (ELAPSED | RESOURCE_CALENDAR)));
    }

    /**
     * Records progress on an auto-scheduled activity: its actual start, and either its actual finish or (finish =
     * {@link Long#MIN_VALUE}) the remaining duration in minutes. Completed work stays where it happened.
     */
    public void setProgress(int activity, long actualStart, long actualFinish, int remainingMinutes) {
        if (actualFinish != NO_DATE) {
            checkSpan(actualStart, actualFinish);
        }
        checkDuration(remainingMinutes);
        fixedStart[activity] = actualStart;
        fixedFinish[activity] = actualFinish;
        remaining[activity] = actualFinish == NO_DATE ? remainingMinutes : 0;
        setMode(activity, (byte) (mode[activity] & (ELAPSED | RESOURCE_CALENDAR) | STARTED | (actualFinish == NO_DATE ? 0 : FINISHED)));
    }

    public void setElapsed(int activity, boolean elapsed) {
        setMode(activity, (byte) (elapsed ? mode[activity] | ELAPSED : mode[activity] & ~ELAPSED));
    }

    public void setLinkElapsed(int link, boolean elapsed) {
        checkLive(link);
        linkElapsed[link] = elapsed;
        recode(link);
        touchLink(link);
    }

    /**
     * The mode decides which links an activity reads and which of its dates its predecessors read (a finished
     * successor no longer holds them back, a started one holds them by its remaining part): so both sides look again.
     */
    private void setMode(int activity, byte value) {
        mode[activity] = value;
        journal.touch(activity, Journal.FORWARD | Journal.BACKWARD);
        for (int k = inStart[activity]; k < inStart[activity + 1]; k++) {
            journal.touch(inFrom[k], Journal.BACKWARD);
        }
        touchSuccessors(activity, Journal.FORWARD);
    }

    static void checkSpan(long start, long finish) {
        if (start == NO_DATE || finish < start) {
            throw new IllegalArgumentException("finish before start");
        }
    }

    /**
     * Sets the task's own calendar; it is also the calendar the activity works on unless it has its resources' (see
     * {@link #setResourceCalendar}).
     */
    public void setCalendar(int activity, int calendarIndex) {
        Objects.checkIndex(calendarIndex, calendars.length);
        taskCalendar[activity] = calendarIndex;
        if ((mode[activity] & RESOURCE_CALENDAR) == 0) {
            calendar[activity] = calendarIndex;
        }
        touchCalendar(activity);
    }

    /** Makes the activity work on its resources' calendar {@code calendarIndex}, or (-1) on its own again. */
    public void setResourceCalendar(int activity, int calendarIndex) {
        if (calendarIndex < 0) {
            mode[activity] &= ~RESOURCE_CALENDAR;
            calendar[activity] = taskCalendar[activity];
        } else {
            Objects.checkIndex(calendarIndex, calendars.length);
            mode[activity] |= RESOURCE_CALENDAR;
            calendar[activity] = calendarIndex;
        }
        touchCalendar(activity);
    }

    private void touchCalendar(int activity) {
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
        return linkLag[link] << 3 | (linkElapsed[link] ? 4 : 0) | linkType[link];
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
            linkElapsed = Arrays.copyOf(linkElapsed, capacity);
        }
        int id = linkCount++;
        linkFrom[id] = from;
        linkTo[id] = to;
        linkType[id] = (byte) type.ordinal();
        linkLag[id] = lagMinutes;
        linkElapsed[id] = false;
        liveLinks++;
        rebuildAdjacency();
        journal.addedLink(id);
        touchLink(id);
        touchPredecessors(from);
        return id;
    }

    public void removeLink(int link) {
        checkLive(link);
        touchLink(link);
        linkType[link] = REMOVED;
        liveLinks--;
        rebuildAdjacency();
        touchPredecessors(linkFrom[link]);
    }

    /**
     * Asks an activity's predecessors to look at their late dates again: whether it ends a chain (has no successor)
     * and, when started, its actual duration decide how its SS links hold them (MPXJ's rules).
     */
    private void touchPredecessors(int activity) {
        for (int k = inStart[activity]; k < inStart[activity + 1]; k++) {
            journal.touch(inFrom[k], Journal.BACKWARD);
        }
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
        private int[] taskCalendar = new int[16];
        private byte[] constraint = new byte[16];
        private long[] constraintDate = new long[16];
        private boolean[] milestone = new boolean[16];
        private byte[] mode = new byte[16];
        private long[] fixedStart = new long[16];
        private long[] fixedFinish = new long[16];
        private int[] remaining = new int[16];
        private String[] names;
        private int m;
        private int[] linkFrom = new int[16];
        private int[] linkTo = new int[16];
        private byte[] linkType = new byte[16];
        private int[] linkLag = new int[16];
        private boolean[] linkElapsed = new boolean[16];

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

        /** The task's own calendar (and the one it works on, unless {@link #resourceCalendar} says otherwise). */
        public Builder calendar(int activity, int calendarIndex) {
            Objects.checkIndex(calendarIndex, calendars.length);
            if ((mode[activity] & RESOURCE_CALENDAR) == 0) {
                calendar[activity] = calendarIndex;
            }
            taskCalendar[activity] = calendarIndex;
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

        /** Manually scheduled at {@code start}..{@code finish}: its links are kept but do not move it. */
        public Builder manual(int activity, long start, long finish) {
            checkSpan(start, finish);
            mode[activity] = (byte) (mode[activity] & ~(STARTED | FINISHED) | MANUAL);
            fixedStart[activity] = start;
            fixedFinish[activity] = finish;
            return this;
        }

        /** Started at {@code actualStart}; finished at {@code actualFinish}, or ({@link Long#MIN_VALUE}) with {@code remainingMinutes} to go. */
        public Builder progress(int activity, long actualStart, long actualFinish, int remainingMinutes) {
            if (actualFinish != NO_DATE) {
                checkSpan(actualStart, actualFinish);
            }
            checkDuration(remainingMinutes);
            mode[activity] = (byte) (mode[activity] & (ELAPSED | RESOURCE_CALENDAR) | STARTED | (actualFinish == NO_DATE ? 0 : FINISHED));
            fixedStart[activity] = actualStart;
            fixedFinish[activity] = actualFinish;
            remaining[activity] = actualFinish == NO_DATE ? remainingMinutes : 0;
            return this;
        }

        /** The duration is elapsed (calendar) time. */
        public Builder elapsed(int activity, boolean value) {
            mode[activity] = (byte) (value ? mode[activity] | ELAPSED : mode[activity] & ~ELAPSED);
            return this;
        }

        /**
         * The activity works on its work resources' calendar {@code calendarIndex} (MS Project: a task with work
         * resources works when they work); lags into it and its floats stay on its own calendar.
         */
        public Builder resourceCalendar(int activity, int calendarIndex) {
            Objects.checkIndex(calendarIndex, calendars.length);
            mode[activity] |= RESOURCE_CALENDAR;
            calendar[activity] = calendarIndex;
            return this;
        }

        /** Makes a link's lag elapsed (calendar) time. */
        public Builder linkElapsed(int link, boolean value) {
            linkElapsed[link] = value;
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
            linkElapsed[m] = false;
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
            taskCalendar = Arrays.copyOf(taskCalendar, capacity);
            constraint = Arrays.copyOf(constraint, capacity);
            constraintDate = Arrays.copyOf(constraintDate, capacity);
            milestone = Arrays.copyOf(milestone, capacity);
            mode = Arrays.copyOf(mode, capacity);
            fixedStart = Arrays.copyOf(fixedStart, capacity);
            fixedFinish = Arrays.copyOf(fixedFinish, capacity);
            remaining = Arrays.copyOf(remaining, capacity);
            if (names != null) {
                names = Arrays.copyOf(names, capacity);
            }
        }

        private void growLinks(int capacity) {
            linkFrom = Arrays.copyOf(linkFrom, capacity);
            linkTo = Arrays.copyOf(linkTo, capacity);
            linkType = Arrays.copyOf(linkType, capacity);
            linkLag = Arrays.copyOf(linkLag, capacity);
            linkElapsed = Arrays.copyOf(linkElapsed, capacity);
        }
    }
}
