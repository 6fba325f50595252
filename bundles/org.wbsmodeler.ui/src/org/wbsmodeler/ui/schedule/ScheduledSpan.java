package org.wbsmodeler.ui.schedule;

import java.time.LocalDateTime;

/**
 * What the live schedule says about one element: planned start and finish, total float in working days, and
 * whether it is on the critical path. Summaries get the span of their leaves, the smallest float, and critical when
 * one of their leaves is, as {@code ProjectSchedule.writeToModel} rolls them up.
 */
public record ScheduledSpan(LocalDateTime start, LocalDateTime finish, double totalFloat, double durationDays, boolean critical) {
}
