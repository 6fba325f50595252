package org.wbsmodeler.schedule.mpxj;

import org.wbsmodeler.schedule.calendar.LocalMinutes;
import org.wbsmodeler.schedule.calendar.WorkCalendar;
import org.wbsmodeler.schedule.cpm.ScheduleNetwork;

/** A network in words, for failure messages. */
public final class NetworkDump {

    private NetworkDump() {
    }

    public static String describe(ScheduleNetwork network) {
        StringBuilder sb = new StringBuilder();
        sb.append("project start ").append(LocalMinutes.format(network.projectStart())).append('\n');
        for (int c = 0; c < network.calendarCount(); c++) {
            WorkCalendar cal = network.calendar(c);
            sb.append("calendar ").append(c).append(": ").append(cal).append(' ').append(cal.exceptionRuns()).append('\n');
        }
        for (int i = 0; i < network.activityCount(); i++) {
            sb.append(network.label(i)).append(" dur=").append(network.duration(i)).append(" cal=").append(network.calendarIndex(i));
            if (network.isMilestone(i)) {
                sb.append(" milestone");
            }
            if (network.constraintType(i).hasDate()) {
                sb.append(' ').append(network.constraintType(i)).append(' ').append(LocalMinutes.format(network.constraintDate(i)));
            } else if (network.constraintType(i).ordinal() != 0) {
                sb.append(' ').append(network.constraintType(i));
            }
            if (network.taskCalendarIndex(i) != network.calendarIndex(i)) {
                sb.append(" taskCal=").append(network.taskCalendarIndex(i));
            }
            if (network.isElapsed(i)) {
                sb.append(" elapsed");
            }
            if (network.isManual(i)) {
                sb.append(" manual ").append(LocalMinutes.format(network.fixedStart(i))).append("..").append(LocalMinutes.format(network.fixedFinish(i)));
            }
            if (network.isStarted(i)) {
                sb.append(" started ").append(LocalMinutes.format(network.fixedStart(i)));
                if (network.isFinished(i)) {
                    sb.append(" finished ").append(LocalMinutes.format(network.fixedFinish(i)));
                } else {
                    sb.append(" remaining=").append(network.remainingDuration(i));
                }
            }
            sb.append('\n');
        }
        for (int l = 0; l < network.linkCount(); l++) {
            if (!network.isRemoved(l)) {
                sb.append(network.label(network.linkFrom(l))).append(" -").append(network.linkType(l)).append(' ')
                        .append(network.linkLag(l)).append(network.isLinkElapsed(l) ? "e" : "").append("-> ").append(network.label(network.linkTo(l))).append('\n');
            }
        }
        return sb.toString();
    }
}
