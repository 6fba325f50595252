package org.wbsmodeler.schedule.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;

import org.wbsmodeler.schedule.calendar.LocalMinutes;
import org.wbsmodeler.schedule.calendar.WorkCalendar;
import org.wbsmodeler.schedule.cpm.ConstraintType;
import org.wbsmodeler.schedule.cpm.CriticalPathScheduler;
import org.wbsmodeler.schedule.cpm.LinkType;
import org.wbsmodeler.schedule.cpm.ScheduleCycleException;
import org.wbsmodeler.schedule.cpm.ScheduleNetwork;
import org.wbsmodeler.schedule.cpm.ScheduleResult;

/**
 * Seeded random project networks for the benchmark, shaped like plans written top-down: activities in outline
 * order; each link from an activity up to {@value #WINDOW} places earlier (work depends on nearby work); closed logic
 * (every activity but the last has a successor); links listed per successor, as the metamodel stores them. Mixed
 * link types with lags and leads, two calendars with holidays in every year of the plan, a few constraints set near
 * the dates the logic gives, ALAP activities, milestones. The shape is the same at every size, so the work per
 * activity is too: the sizes can be compared.
 */
public final class BenchmarkNetworks {

    /** How far back (in activities) a predecessor may be. */
    public static final int WINDOW = 200;

    private BenchmarkNetworks() {
    }

    public static ScheduleNetwork generate(int activities, int links, long seed) {
        return generate(activities, links, seed, false);
    }

    /**
     * As {@link #generate(int, int, long)}; with {@code features} the same network (same activities, links,
     * durations and constraints) also uses MS Project's own rules, drawn from a separate random stream: 20 % of the
     * activities work on a resource calendar (four ten-hour days), 10 % of the links have elapsed lags, then, from
     * a first schedule, 10 % of the activities are manual (at a start near their early start) and 30 % started
     * (a third of those finished).
     */
    public static ScheduleNetwork generate(int activities, int links, long seed, boolean features) {
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom rules = new SplittableRandom(seed ^ 0x5EED_F00DL);
        LocalDate start = LocalDate.of(2025, 1, 6);
        // holidays every year of the plan (it spans about a year per thousand activities in this shape)
        int years = 10 + activities / 1000;
        WorkCalendar standard = withHolidays(WorkCalendar.builder("Standard"), start, years).build();
        WorkCalendar sixDays = withHolidays(WorkCalendar.builder("Six days")
                .workingDays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
                        DayOfWeek.SATURDAY)
                .periods(7 * 60, 12 * 60, 12 * 60 + 30, 15 * 60 + 30), start, years).build();
        WorkCalendar fourTens = withHolidays(WorkCalendar.builder("Four tens")
                .workingDays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)
                .periods(6 * 60, 11 * 60, 11 * 60 + 30, 16 * 60 + 30), start, years).build();
        long projectStart = LocalMinutes.of(start, 8 * 60);
        // the resource calendar is there in both variants, so the plain network is the same but for its use
        ScheduleNetwork.Builder b = ScheduleNetwork.builder(projectStart, standard, sixDays, fourTens).expect(activities, links);
        int day = standard.minutesPerDay();
        for (int i = 0; i < activities; i++) {
            int kind = random.nextInt(100);
            int duration = kind < 4 ? 0 : kind < 70 ? day * (1 + random.nextInt(10)) : 30 * (1 + random.nextInt(40));
            int a = b.addActivity(duration);
            if (duration == 0) {
                b.milestone(a, true);
            }
            boolean ownCalendar = random.nextInt(10) == 0;
            if (ownCalendar) {
                b.calendar(a, 1);
            }
            // with a calendar of its own a task would work in the time common to both (DIFFERENCES.md): not those
            if (features && duration > 0 && rules.nextInt(5) == 0 && !ownCalendar) {
                b.resourceCalendar(a, 2);
            }
        }
        if (activities > 1) {
            // closed logic (every activity but the last has a successor, as schedule checks such as DCMA's ask):
            // each activity first picks one successor nearby; the remaining links are spread over the successors
            int[] closingCount = new int[activities + 1];
            int[] closingTarget = new int[activities - 1];
            int closing = Math.min(links, activities - 1);
            for (int i = 0; i < closing; i++) {
                closingTarget[i] = i + 1 + random.nextInt(Math.min(WINDOW, activities - 1 - i));
                closingCount[closingTarget[i] + 1]++;
            }
            for (int j = 0; j < activities; j++) {
                closingCount[j + 1] += closingCount[j];
            }
            int[] closingFrom = new int[closing];
            int[] fill = closingCount.clone();
            for (int i = 0; i < closing; i++) {
                closingFrom[fill[closingTarget[i]]++] = i;
            }
            long extra = links - closing;
            long assigned = 0;
            for (int j = 1; j < activities; j++) {
                for (int k = closingCount[j]; k < closingCount[j + 1]; k++) {
                    elapsed(b, b.addLink(closingFrom[k], j, type(random), lag(random, day)), features, rules);
                }
                long target = extra * j / (activities - 1);
                for (; assigned < target; assigned++) {
                    int back = 1 + random.nextInt(Math.min(j, WINDOW));
                    elapsed(b, b.addLink(j - back, j, type(random), lag(random, day)), features, rules);
                }
            }
        }
        ScheduleNetwork network = b.build();
        constrain(network, random);
        if (features) {
            pinned(network, rules);
        }
        return network;
    }

    private static void elapsed(ScheduleNetwork.Builder b, int link, boolean features, SplittableRandom extra) {
        if (features && extra.nextInt(10) == 0) {
            b.linkElapsed(link, true);
        }
    }

    /** A first schedule of the generated network: the dates its logic gives, near which planners pin and constrain. */
    private static ScheduleResult logicDates(ScheduleNetwork network) {
        try {
            return new CriticalPathScheduler().schedule(network);
        } catch (ScheduleCycleException e) {
            throw new IllegalStateException("generated networks are acyclic", e);
        }
    }

    /** 10 % manual near the dates the logic gives, 30 % started at about their early start (a third finished). */
    private static void pinned(ScheduleNetwork network, SplittableRandom extra) {
        ScheduleResult first = logicDates(network);
        int day = network.calendar(0).minutesPerDay();
        for (int a = 0; a < network.activityCount(); a++) {
            int k = extra.nextInt(10);
            WorkCalendar cal = network.calendarOf(a);
            int d = network.duration(a);
            if (k == 0) {
                long s = cal.nextWorkStart(cal.add(first.earlyStart(a), extra.nextInt(-2 * day, 3 * day)));
                network.setManual(a, s, Math.max(s, cal.add(s, d)));
            } else if (k <= 3) {
                long s = cal.nextWorkStart(cal.add(first.earlyStart(a), extra.nextInt(-day, 2 * day)));
                if (extra.nextInt(3) == 0) {
                    network.setProgress(a, s, Math.max(s, cal.add(s, d)), 0);
                } else {
                    network.setProgress(a, s, Long.MIN_VALUE, d == 0 ? 0 : extra.nextInt(d + 1));
                }
            }
        }
    }

    /**
     * A planner sets constraints near the dates the logic gives: so do we, from a first schedule, which keeps the
     * share of binding and conflicting constraints the same whatever the network's size. 0.5 % SNET a few days
     * after the early start, 0.1 % FNLT around the early finish (some conflict), 0.2 % ALAP.
     */
    private static void constrain(ScheduleNetwork network, SplittableRandom random) {
        ScheduleResult first = logicDates(network);
        int day = network.calendar(0).minutesPerDay();
        for (int a = 0; a < network.activityCount(); a++) {
            int c = random.nextInt(1000);
            WorkCalendar cal = network.calendarOf(a);
            if (c < 5) {
                network.setConstraint(a, ConstraintType.SNET, notMidnight(cal.add(first.earlyStart(a), random.nextInt(5 * day))));
            } else if (c < 7) {
                network.setConstraint(a, ConstraintType.ALAP, 0);
            } else if (c < 8) {
                network.setConstraint(a, ConstraintType.FNLT, notMidnight(cal.add(first.earlyFinish(a), random.nextInt(-2 * day, 10 * day))));
            }
        }
    }

    /** MPXJ mis-subtracts work from an instant at exactly 00:00 (DIFFERENCES.md); keep the reference run meaningful. */
    private static long notMidnight(long t) {
        return LocalMinutes.minuteOfDay(t) == 0 ? t + 1 : t;
    }

    private static LinkType type(SplittableRandom random) {
        int t = random.nextInt(100);
        return t < 80 ? LinkType.FS : t < 90 ? LinkType.SS : t < 95 ? LinkType.FF : LinkType.SF;
    }

    private static int lag(SplittableRandom random, int day) {
        int k = random.nextInt(100);
        return k < 75 ? 0 : k < 90 ? day * random.nextInt(1, 4) : -60 * random.nextInt(1, 17);
    }

    /** New Year, a spring and a summer week, Christmas: for each of {@code years} years. */
    private static WorkCalendar.Builder withHolidays(WorkCalendar.Builder b, LocalDate from, int years) {
        for (int y = 0; y < years; y++) {
            int year = from.getYear() + y;
            b.exception(LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 1), false);
            b.exception(LocalDate.of(year, 4, 14), LocalDate.of(year, 4, 18), false);
            b.exception(LocalDate.of(year, 8, 4), LocalDate.of(year, 8, 15), false);
            b.exception(LocalDate.of(year, 12, 24), LocalDate.of(year, 12, 31), false);
        }
        return b;
    }
}
