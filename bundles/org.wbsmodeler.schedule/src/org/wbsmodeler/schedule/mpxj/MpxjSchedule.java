package org.wbsmodeler.schedule.mpxj;

import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicReference;

import org.mpxj.ConstraintType;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TaskType;
import org.mpxj.TimeUnit;
import org.mpxj.cpm.CpmException;
import org.mpxj.cpm.MicrosoftScheduler;
import org.wbsmodeler.schedule.calendar.LocalMinutes;
import org.wbsmodeler.schedule.cpm.ScheduleNetwork;

/**
 * The reference: a {@link ScheduleNetwork} rebuilt as an MPXJ {@link ProjectFile} (one fixed-duration task per
 * activity, durations and lags in minutes; manual tasks with their Start and Finish, started ones with their actual
 * dates and remaining duration, elapsed durations and lags in elapsed minutes; an activity on its resources'
 * calendar becomes a fixed-units task with one 100 % work resource on that calendar) and scheduled by MPXJ's
 * {@link MicrosoftScheduler}, which reproduces MS Project. Used by the comparison tests and the benchmark.
 * <p>
 * MicrosoftScheduler sorts the tasks with a recursive depth-first search, one stack frame per task on the longest
 * chain, so {@link #schedule()} runs it on a thread with a large stack.
 */
public final class MpxjSchedule {

    private static final long STACK_BYTES = 2L << 30;

    private final ScheduleNetwork network;
    private final ProjectFile file;
    private final Task[] tasks;

    private MpxjSchedule(ScheduleNetwork network) {
        this.network = network;
        file = new ProjectFile();
        ProjectCalendar[] calendars = new ProjectCalendar[network.calendarCount()];
        for (int c = 0; c < calendars.length; c++) {
            calendars[c] = MpxjCalendars.toMpxj(file, network.calendar(c));
        }
        file.setDefaultCalendar(calendars[0]);
        int n = network.activityCount();
        tasks = new Task[n];
        Resource[] resources = new Resource[calendars.length];
        for (int i = 0; i < n; i++) {
            Task task = file.addTask();
            task.setName(network.label(i));
            task.setTaskMode(network.isManual(i) ? TaskMode.MANUALLY_SCHEDULED : TaskMode.AUTO_SCHEDULED);
            task.setType(TaskType.FIXED_DURATION);
            task.setActive(true);
            TimeUnit unit = network.isElapsed(i) ? TimeUnit.ELAPSED_MINUTES : TimeUnit.MINUTES;
            int d = network.duration(i);
            int remaining = network.remainingDuration(i);
            task.setDuration(Duration.getInstance(d, unit));
            task.setRemainingDuration(Duration.getInstance(remaining, unit));
            task.setActualDuration(Duration.getInstance(d - remaining, unit));
            task.setMilestone(network.isMilestone(i));
            task.setCalendar(calendars[network.taskCalendarIndex(i)]);
            if (network.isManual(i)) {
                task.setStart(LocalMinutes.toLocalDateTime(network.fixedStart(i)));
                task.setFinish(LocalMinutes.toLocalDateTime(network.fixedFinish(i)));
            }
            if (network.isStarted(i)) {
                task.setActualStart(LocalMinutes.toLocalDateTime(network.fixedStart(i)));
                task.setPercentageComplete(d == 0 ? 100 : 100.0 * (d - remaining) / d);
                if (network.isFinished(i)) {
                    task.setActualFinish(LocalMinutes.toLocalDateTime(network.fixedFinish(i)));
                }
            }
            if ((network.mode(i) & ScheduleNetwork.RESOURCE_CALENDAR) != 0) {
                int c = network.calendarIndex(i);
                if (resources[c] == null) {
                    resources[c] = file.addResource();
                    resources[c].setName("works on " + network.calendar(c).name());
                    resources[c].setType(ResourceType.WORK);
                    resources[c].setCalendar(calendars[c]);
                }
                task.setType(TaskType.FIXED_UNITS);
                if (network.taskCalendarIndex(i) == 0) {
                    task.setCalendar(null); // the project's: MPXJ intersects a task calendar with the resource's
                }
                ResourceAssignment assignment = task.addResourceAssignment(resources[c]);
                assignment.setUnits(100);
                assignment.setWork(Duration.getInstance(d, unit));
                assignment.setRemainingWork(Duration.getInstance(remaining, unit));
                assignment.setActualWork(Duration.getInstance(d - remaining, unit));
            }
            task.setConstraintType(constraint(network.constraintType(i)));
            if (network.constraintType(i).hasDate()) {
                task.setConstraintDate(LocalMinutes.toLocalDateTime(network.constraintDate(i)));
            }
            tasks[i] = task;
        }
        for (int l = 0; l < network.linkCount(); l++) {
            if (network.isRemoved(l)) {
                continue;
            }
            tasks[network.linkTo(l)].addPredecessor(new Relation.Builder()
                    .predecessorTask(tasks[network.linkFrom(l)])
                    .type(relation(network.linkType(l)))
                    .lag(Duration.getInstance(network.linkLag(l), network.isLinkElapsed(l) ? TimeUnit.ELAPSED_MINUTES : TimeUnit.MINUTES)));
        }
    }

    /** Converts the network (not yet scheduled). */
    public static MpxjSchedule of(ScheduleNetwork network) {
        return new MpxjSchedule(network);
    }

    /** Runs MicrosoftScheduler from the network's project start. */
    public void schedule() throws CpmException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        LocalDateTime start = LocalMinutes.toLocalDateTime(network.projectStart());
        Thread thread = new Thread(null, () -> {
            try {
                new MicrosoftScheduler().schedule(file, start);
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "mpxj-scheduler", STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CpmException("interrupted");
        }
        Throwable t = failure.get();
        if (t instanceof CpmException cpm) {
            throw cpm;
        }
        if (t instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (t instanceof Error error) {
            throw error;
        }
    }

    public ProjectFile file() {
        return file;
    }

    public Task task(int activity) {
        return tasks[activity];
    }

    public long earlyStart(int activity) {
        return LocalMinutes.of(tasks[activity].getEarlyStart());
    }

    public long earlyFinish(int activity) {
        return LocalMinutes.of(tasks[activity].getEarlyFinish());
    }

    public long lateStart(int activity) {
        return LocalMinutes.of(tasks[activity].getLateStart());
    }

    public long lateFinish(int activity) {
        return LocalMinutes.of(tasks[activity].getLateFinish());
    }

    public long start(int activity) {
        return LocalMinutes.of(tasks[activity].getStart());
    }

    public long finish(int activity) {
        return LocalMinutes.of(tasks[activity].getFinish());
    }

    /** MPXJ's total slack (smallest of start and finish slack), in minutes. */
    public long totalSlack(int activity) {
        return Math.round(tasks[activity].getTotalSlack().convertUnits(TimeUnit.MINUTES, file.getProjectProperties()).getDuration());
    }

    public boolean isCritical(int activity) {
        return tasks[activity].getCritical();
    }

    static ConstraintType constraint(org.wbsmodeler.schedule.cpm.ConstraintType type) {
        return switch (type) {
            case ASAP -> ConstraintType.AS_SOON_AS_POSSIBLE;
            case ALAP -> ConstraintType.AS_LATE_AS_POSSIBLE;
            case SNET -> ConstraintType.START_NO_EARLIER_THAN;
            case SNLT -> ConstraintType.START_NO_LATER_THAN;
            case FNET -> ConstraintType.FINISH_NO_EARLIER_THAN;
            case FNLT -> ConstraintType.FINISH_NO_LATER_THAN;
            case MSO -> ConstraintType.MUST_START_ON;
            case MFO -> ConstraintType.MUST_FINISH_ON;
        };
    }

    static RelationType relation(org.wbsmodeler.schedule.cpm.LinkType type) {
        return switch (type) {
            case FS -> RelationType.FINISH_START;
            case SS -> RelationType.START_START;
            case FF -> RelationType.FINISH_FINISH;
            case SF -> RelationType.START_FINISH;
        };
    }
}
