package org.wbsmodeler.schedule.cpm;

import java.util.Objects;

import org.wbsmodeler.schedule.calendar.WorkCalendar;

/**
 * The scheduling problem as flat primitive arrays: activities {@code 0..n-1} and links {@code 0..m-1}, both plain
 * indexes so that millions of them cost a few arrays and no objects.
 * <p>
 * Per activity ({@link ActivityTable}): duration in working minutes of its calendar, calendar index, constraint type
 * and date, milestone flag and an optional name. Per link ({@link LinkTable}): predecessor, successor,
 * {@link LinkType} and lag in working minutes of the successor's calendar (negative = lead). Adjacency is kept as
 * two CSR indexes ({@link Adjacency}: links into and out of each activity) for the forward and backward passes.
 * <p>
 * The setters record what they touch in a {@link Journal}, so an {@link IncrementalScheduler} can recompute only what
 * an edit can reach, whoever made the edit (e.g. an EMF adapter reacting to notifications). Link ids are stable:
 * removing a link leaves a hole instead of renumbering.
 * <p>
 * Units: the metamodel holds durations and lags in working days of the project's default calendar; an adapter
 * multiplies by {@code defaultCalendar.minutesPerDay()} (hours per day × 60).
 */
public final class ScheduleNetwork {

    static final long NO_DATE = Long.MIN_VALUE;
    /** "No date" for {@link Builder#progress} and {@link #setProgress}: not finished. */
    public static final long NO_DATE_VALUE = NO_DATE;

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

    private long projectStart;
    final WorkCalendar[] calendars;
    final int n;
    final ActivityTable activities;
    /** Activities with an ALAP constraint: none means the engine can skip its second forward pass. */
    int alapCount;
    final LinkTable links;
    final Adjacency adjacency;
    final Journal journal;

    private ScheduleNetwork(Builder b) {
        projectStart = b.projectStart;
        calendars = b.calendars.clone();
        n = b.n;
        activities = b.activities.trimmed(n);
        for (int i = 0; i < n; i++) {
            if (activities.isAlap(i)) {
                alapCount++;
            }
        }
        links = b.links.copy(Math.max(4, b.links.count));
        journal = new Journal(n);
        adjacency = new Adjacency(n);
        adjacency.rebuild(links);
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
        return links.count;
    }

    /** Number of links not removed. */
    public int liveLinkCount() {
        return links.live;
    }

    public int calendarCount() {
        return calendars.length;
    }

    public WorkCalendar calendar(int index) {
        return calendars[index];
    }

    public int duration(int activity) {
        return activities.duration[activity];
    }

    public int calendarIndex(int activity) {
        return activities.calendar[activity];
    }

    public WorkCalendar calendarOf(int activity) {
        return calendars[activities.calendar[activity]];
    }

    /** The task's own calendar index: lags into the activity and its floats are measured on it. */
    public int taskCalendarIndex(int activity) {
        return activities.taskCalendar[activity];
    }

    public ConstraintType constraintType(int activity) {
        return ConstraintType.of(activities.constraint[activity]);
    }

    /** The constraint date, or {@link Long#MIN_VALUE} for ASAP/ALAP. */
    public long constraintDate(int activity) {
        return activities.constraintDate[activity];
    }

    public boolean isMilestone(int activity) {
        return activities.milestone[activity];
    }

    /** The flags of MS Project's own rules ({@link #MANUAL}, {@link #STARTED}, ...), 0 for a plain task. */
    public int mode(int activity) {
        return activities.mode[activity];
    }

    public boolean isManual(int activity) {
        return (activities.mode[activity] & MANUAL) != 0;
    }

    public boolean isStarted(int activity) {
        return (activities.mode[activity] & STARTED) != 0;
    }

    public boolean isFinished(int activity) {
        return (activities.mode[activity] & FINISHED) != 0;
    }

    public boolean isElapsed(int activity) {
        return (activities.mode[activity] & ELAPSED) != 0;
    }

    /** A manual task's start, or a started task's actual start; {@link Long#MIN_VALUE} otherwise. */
    public long fixedStart(int activity) {
        return (activities.mode[activity] & PINNED) != 0 ? activities.fixedStart[activity] : NO_DATE;
    }

    /** A manual task's finish, or a finished task's actual finish; {@link Long#MIN_VALUE} otherwise. */
    public long fixedFinish(int activity) {
        return (activities.mode[activity] & (MANUAL | FINISHED)) != 0 ? activities.fixedFinish[activity] : NO_DATE;
    }

    /** A started, unfinished task's remaining duration in minutes; its whole duration otherwise. */
    public int remainingDuration(int activity) {
        int m = activities.mode[activity];
        return (m & STARTED) != 0 && (m & FINISHED) == 0 ? activities.remaining[activity]
                : (m & FINISHED) != 0 ? 0 : activities.duration[activity];
    }

    /** The activity's name, or {@code #index} when none was given. */
    public String label(int activity) {
        String name = activities.name(activity);
        return name != null ? name : "#" + activity;
    }

    public boolean isLinkElapsed(int link) {
        return links.elapsed[link];
    }

    public boolean isRemoved(int link) {
        return links.isRemoved(link);
    }

    public int linkFrom(int link) {
        return links.from[link];
    }

    public int linkTo(int link) {
        return links.to[link];
    }

    public LinkType linkType(int link) {
        return LinkType.of(links.type[link]);
    }

    public int linkLag(int link) {
        return links.lag[link];
    }

    /** Link ids into {@code activity} (from its predecessors). */
    public int[] predecessorLinks(int activity) {
        return adjacency.linksInto(activity);
    }

    /** Link ids out of {@code activity} (to its successors). */
    public int[] successorLinks(int activity) {
        return adjacency.linksOutOf(activity);
    }

    /** The in-slot (index into the CSR of links into its successor) of a live link. */
    int inSlot(int link) {
        return adjacency.inSlot(links, link);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Editing (journaled for incremental rescheduling)

    public void setDuration(int activity, int minutes) {
        ActivityTable.checkDuration(minutes);
        activities.duration[activity] = minutes;
        journal.touch(activity, Journal.BOTH);
        if (isStarted(activity)) {
            journal.touchPredecessors(adjacency, activity); // they read its actual duration (SS) through their links
        }
    }

    public void setMilestone(int activity, boolean value) {
        activities.milestone[activity] = value;
        // backward too: a started milestone's late finish is its actual start
        journal.touch(activity, Journal.BOTH);
    }

    public void setConstraint(int activity, ConstraintType type, long date) {
        boolean wasAlap = activities.isAlap(activity);
        activities.constraint(activity, type, date);
        if (wasAlap != (type == ConstraintType.ALAP)) {
            alapCount += wasAlap ? -1 : 1;
            // an ALAP predecessor hands its late dates to its successors, so they must look again
            journal.touchSuccessors(adjacency, activity, Journal.FORWARD);
        }
        journal.touch(activity, Journal.BOTH);
    }

    /** Makes the activity manually scheduled at {@code start}..{@code finish} (LocalMinutes, finish >= start). */
    public void setManual(int activity, long start, long finish) {
        activities.manual(activity, start, finish);
        modeChanged(activity);
    }

    /** Makes the activity auto scheduled again (progress is cleared too). */
    public void setAuto(int activity) {
        activities.auto(activity);
        modeChanged(activity);
    }

    /**
     * Records progress on an auto-scheduled activity: its actual start, and either its actual finish or (finish =
     * {@link Long#MIN_VALUE}) the remaining duration in minutes. Completed work stays where it happened.
     */
    public void setProgress(int activity, long actualStart, long actualFinish, int remainingMinutes) {
        activities.progress(activity, actualStart, actualFinish, remainingMinutes);
        modeChanged(activity);
    }

    public void setElapsed(int activity, boolean elapsed) {
        activities.elapsed(activity, elapsed);
        modeChanged(activity);
    }

    /**
     * The mode decides which links an activity reads and which of its dates its predecessors read (a finished
     * successor no longer holds them back, a started one holds them by its remaining part): so both sides look again.
     */
    private void modeChanged(int activity) {
        journal.touch(activity, Journal.BOTH);
        journal.touchPredecessors(adjacency, activity);
        journal.touchSuccessors(adjacency, activity, Journal.FORWARD);
    }

    /**
     * Sets the task's own calendar; it is also the calendar the activity works on unless it has its resources' (see
     * {@link #setResourceCalendar}).
     */
    public void setCalendar(int activity, int calendarIndex) {
        Objects.checkIndex(calendarIndex, calendars.length);
        activities.taskCalendar(activity, calendarIndex);
        calendarChanged(activity);
    }

    /** Makes the activity work on its resources' calendar {@code calendarIndex}, or (-1) on its own again. */
    public void setResourceCalendar(int activity, int calendarIndex) {
        if (calendarIndex >= 0) {
            Objects.checkIndex(calendarIndex, calendars.length);
        }
        activities.resourceCalendar(activity, calendarIndex);
        calendarChanged(activity);
    }

    private void calendarChanged(int activity) {
        journal.touch(activity, Journal.BOTH);
        // links into the activity take their lag on its calendar, also when its predecessors compute late dates
        journal.touchPredecessors(adjacency, activity);
    }

    public void setProjectStart(long start) {
        projectStart = start;
        journal.everything = true;
    }

    public void setLinkLag(int link, int lagMinutes) {
        links.checkLive(link);
        LinkTable.checkLag(lagMinutes);
        links.lag[link] = lagMinutes;
        linkChanged(link);
    }

    public void setLinkType(int link, LinkType type) {
        links.checkLive(link);
        links.type[link] = (byte) type.ordinal();
        linkChanged(link);
    }

    public void setLinkElapsed(int link, boolean elapsed) {
        links.checkLive(link);
        links.elapsed[link] = elapsed;
        linkChanged(link);
    }

    private void linkChanged(int link) {
        adjacency.recode(links, link);
        journal.touchLink(links, link);
    }

    /**
     * Adds a link and returns its id. This does not check for cycles (the network does not know an order); use
     * {@link IncrementalScheduler#addLink} to be refused before the network changes.
     */
    public int addLink(int from, int to, LinkType type, int lagMinutes) {
        int id = links.add(n, from, to, type, lagMinutes);
        adjacency.rebuild(links);
        journal.addedLink(id);
        journal.touchLink(links, id);
        journal.touchPredecessors(adjacency, from);
        return id;
    }

    public void removeLink(int link) {
        links.checkLive(link);
        journal.touchLink(links, link);
        links.remove(link);
        adjacency.rebuild(links);
        journal.touchPredecessors(adjacency, links.from[link]);
    }

    /**
     * Collects activities and links in growable primitive arrays. Activities get the default calendar (index 0),
     * ASAP and no milestone flag until told otherwise.
     */
    public static final class Builder {
        private final long projectStart;
        private final WorkCalendar[] calendars;
        private int n;
        private final ActivityTable activities = new ActivityTable(16);
        private final LinkTable links = new LinkTable(16);

        private Builder(long projectStart, WorkCalendar[] calendars) {
            if (calendars.length == 0) {
                throw new IllegalArgumentException("at least the default calendar is needed");
            }
            this.projectStart = projectStart;
            this.calendars = calendars.clone();
        }

        /** Pre-sizes the arrays for a known network size. */
        public Builder expect(int activityCount, int linkCount) {
            if (activityCount > activities.capacity()) {
                activities.grow(activityCount);
            }
            if (linkCount > links.capacity()) {
                links.grow(linkCount);
            }
            return this;
        }

        /** Adds an activity of {@code minutes} working minutes; returns its index. */
        public int addActivity(int minutes) {
            ActivityTable.checkDuration(minutes);
            if (n == activities.capacity()) {
                activities.grow(n + (n >> 1) + 16);
            }
            activities.init(n, minutes);
            return n++;
        }

        /** Adds a named activity; returns its index. */
        public int addActivity(String name, int minutes) {
            int a = addActivity(minutes);
            name(a, name);
            return a;
        }

        public Builder name(int activity, String name) {
            activities.name(activity, name);
            return this;
        }

        /** The task's own calendar (and the one it works on, unless {@link #resourceCalendar} says otherwise). */
        public Builder calendar(int activity, int calendarIndex) {
            Objects.checkIndex(calendarIndex, calendars.length);
            activities.taskCalendar(activity, calendarIndex);
            return this;
        }

        public Builder constraint(int activity, ConstraintType type, long date) {
            activities.constraint(activity, type, date);
            return this;
        }

        public Builder milestone(int activity, boolean value) {
            activities.milestone[activity] = value;
            return this;
        }

        /** Manually scheduled at {@code start}..{@code finish}: its links are kept but do not move it. */
        public Builder manual(int activity, long start, long finish) {
            activities.manual(activity, start, finish);
            return this;
        }

        /** Started at {@code actualStart}; finished at {@code actualFinish}, or ({@link Long#MIN_VALUE}) with {@code remainingMinutes} to go. */
        public Builder progress(int activity, long actualStart, long actualFinish, int remainingMinutes) {
            activities.progress(activity, actualStart, actualFinish, remainingMinutes);
            return this;
        }

        /** The duration is elapsed (calendar) time. */
        public Builder elapsed(int activity, boolean value) {
            activities.elapsed(activity, value);
            return this;
        }

        /**
         * The activity works on its work resources' calendar {@code calendarIndex} (MS Project: a task with work
         * resources works when they work); lags into it and its floats stay on its own calendar.
         */
        public Builder resourceCalendar(int activity, int calendarIndex) {
            Objects.checkIndex(calendarIndex, calendars.length);
            activities.resourceCalendar(activity, calendarIndex);
            return this;
        }

        /** Makes a link's lag elapsed (calendar) time. */
        public Builder linkElapsed(int link, boolean value) {
            links.elapsed[link] = value;
            return this;
        }

        /** Adds a link; returns its id. Cycles are found when scheduling. */
        public int addLink(int from, int to, LinkType type, int lagMinutes) {
            return links.add(n, from, to, type, lagMinutes);
        }

        public int activityCount() {
            return n;
        }

        public ScheduleNetwork build() {
            return new ScheduleNetwork(this);
        }
    }
}
