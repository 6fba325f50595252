package org.wbsmodeler.schedule.cpm;

import java.time.LocalDate;
import java.util.Random;

import org.wbsmodeler.schedule.calendar.LocalMinutes;
import org.wbsmodeler.schedule.calendar.RandomCalendars;
import org.wbsmodeler.schedule.calendar.WorkCalendar;
import org.wbsmodeler.schedule.calendar.WorkingDay;

/**
 * Small random networks that exercise every rule: all link types with lags and leads (also ones landing exactly on
 * period boundaries), several calendars with holidays and working exceptions, every constraint type with dates
 * both arbitrary and on period boundaries, zero-duration milestones and flagged milestones with a duration.
 * Links follow a random permutation, so the networks are acyclic but not in index order.
 */
public final class RandomNetworks {

    private RandomNetworks() {
    }

    public static ScheduleNetwork generate(Random random, int maxActivities) {
        return generate(random, maxActivities, false);
    }

    /**
     * As {@link #generate(Random, int)}; with {@code features} also MS Project's own rules: manually scheduled tasks
     * (at their own dates, or a finish that disagrees with the duration), elapsed durations and lags, tasks on their
     * resources' calendar, and progress (started with remaining work, or finished, at actual dates anywhere around
     * the project start).
     */
    public static ScheduleNetwork generate(Random random, int maxActivities, boolean features) {
        LocalDate base = LocalDate.of(2025, 1, 6).plusDays(random.nextInt(60));
        int calendarCount = 1 + random.nextInt(3);
        WorkCalendar[] calendars = new WorkCalendar[calendarCount];
        for (int c = 0; c < calendarCount; c++) {
            calendars[c] = RandomCalendars.calendar(random, "Cal" + c, base.minusDays(30), 300);
        }
        long projectStart = switch (random.nextInt(4)) {
            case 0 -> LocalMinutes.of(base); // midnight: snapped to the first working minute
            case 1 -> LocalMinutes.of(base, 8 * 60);
            default -> LocalMinutes.of(base) + random.nextInt(1440);
        };
        int n = 1 + random.nextInt(maxActivities);
        ScheduleNetwork.Builder b = ScheduleNetwork.builder(projectStart, calendars);
        for (int i = 0; i < n; i++) {
            int dayMinutes = calendars[0].minutesPerDay();
            int duration = switch (random.nextInt(6)) {
                case 0 -> 0;
                case 1 -> dayMinutes * (1 + random.nextInt(5));
                case 2 -> 60 * (1 + random.nextInt(16));
                default -> 1 + random.nextInt(3 * dayMinutes);
            };
            int a = b.addActivity("A" + i, duration);
            int cal = random.nextInt(calendarCount);
            b.calendar(a, cal);
            if (duration == 0 ? random.nextInt(10) < 8 : random.nextInt(25) == 0) {
                b.milestone(a, true);
            }
            if (random.nextInt(10) < 3) {
                ConstraintType type = ConstraintType.of(1 + random.nextInt(7));
                b.constraint(a, type, type.hasDate() ? constraintDate(random, calendars[cal], projectStart) : 0);
            }
            if (features) {
                features(random, b, a, duration, calendars, cal, projectStart);
            }
        }
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        if (n > 1) {
            int links = random.nextInt(2 * n + 1);
            for (int k = 0; k < links; k++) {
                int x = random.nextInt(n - 1);
                int y = x + 1 + random.nextInt(Math.min(n - 1 - x, 1 + random.nextInt(6)));
                LinkType type = random.nextInt(3) == 0 ? LinkType.of(random.nextInt(4)) : LinkType.FS;
                int l = b.addLink(perm[x], perm[y], type, lag(random, calendars[0].minutesPerDay()));
                if (features && random.nextInt(10) == 0) {
                    b.linkElapsed(l, true);
                }
            }
        }
        return b.build();
    }

    private static void features(Random random, ScheduleNetwork.Builder b, int a, int duration, WorkCalendar[] calendars, int cal,
            long projectStart) {
        WorkCalendar own = calendars[cal];
        if (duration > 0 && random.nextInt(20) == 0) {
            b.elapsed(a, true);
        }
        // only tasks without a calendar of their own: with one, MS Project works in the time common to both (DIFFERENCES.md)
        if (duration > 0 && cal == 0 && random.nextInt(3) == 0) {
            int resources = random.nextInt(calendars.length);
            b.resourceCalendar(a, resources);
            own = calendars[resources];
        }
        int roll = random.nextInt(10);
        if (roll == 0) {
            long start = own.nextWorkStart(projectStart + random.nextInt(30 * 1440) - 5 * 1440);
            // a finish that disagrees with the duration too, but at working time as MS Project's task dialog snaps it
            long finish = own.add(start, random.nextInt(4) == 0 ? random.nextInt(5 * own.minutesPerDay()) : duration);
            b.manual(a, start, finish);
        } else if (roll <= 3) {
            long start = projectStart + random.nextInt(20 * 1440) - 5 * 1440;
            if (random.nextBoolean()) {
                start = own.nextWorkStart(start);
            }
            if (random.nextInt(3) == 0) {
                long finish = own.add(start, random.nextBoolean() ? duration : random.nextInt(4 * own.minutesPerDay()));
                b.progress(a, start, finish, 0);
            } else {
                b.progress(a, start, Long.MIN_VALUE, duration == 0 ? 0 : random.nextInt(duration + 1));
            }
        }
    }

    private static int lag(Random random, int dayMinutes) {
        return switch (random.nextInt(8)) {
            case 0, 1, 2, 3 -> 0;
            case 4 -> dayMinutes * (random.nextInt(5) - 2);
            case 5 -> 60 * (random.nextInt(13) - 6);
            default -> random.nextInt(4 * dayMinutes) - 2 * dayMinutes;
        };
    }

    /** Anywhere in the first two months, or exactly on a working period's start or end; never 00:00 (DIFFERENCES.md). */
    private static long constraintDate(Random random, WorkCalendar calendar, long projectStart) {
        long day = LocalMinutes.epochDay(projectStart) - 5 + random.nextInt(65);
        long t;
        if (random.nextBoolean()) {
            WorkingDay wd = calendar.workingDay();
            int p = random.nextInt(wd.periodCount());
            t = day * 1440 + (random.nextBoolean() ? wd.periodStart(p) : wd.periodEnd(p));
        } else {
            t = day * 1440 + random.nextInt(1440);
        }
        if (LocalMinutes.minuteOfDay(t) == 0) {
            t++;
        }
        return t;
    }
}
