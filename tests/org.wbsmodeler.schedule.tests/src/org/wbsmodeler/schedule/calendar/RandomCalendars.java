package org.wbsmodeler.schedule.calendar;

import java.time.LocalDate;
import java.util.Random;

/**
 * Random calendars for the comparison tests: any non-empty weekday mask, one to three periods, holidays and working
 * exceptions, sometimes overlapping.
 * <p>
 * Periods stay inside 00:01–23:59: MPXJ reads a period ending at 24:00, or an instant at 00:00 it must subtract from,
 * differently from MS Project (see DIFFERENCES.md), and the comparison is about the rules, not about that quirk.
 */
public final class RandomCalendars {

    private RandomCalendars() {
    }

    public static WorkCalendar calendar(Random random, String name, LocalDate base, int spanDays) {
        WorkCalendar.Builder b = WorkCalendar.builder(name);
        int mask = 0;
        while (mask == 0) {
            mask = random.nextInt(3) == 0 ? random.nextInt(128) : 0b0011111;
        }
        b.weekMask(mask);
        switch (random.nextInt(4)) {
            case 0 -> b.periods(8 * 60, 12 * 60, 13 * 60, 17 * 60);
            case 1 -> {
                int s = 1 + random.nextInt(700);
                b.periods(s, s + 1 + random.nextInt(1438 - s));
            }
            default -> {
                // 2n distinct boundaries in 00:01..23:59, sorted and paired
                int n = 1 + random.nextInt(3);
                java.util.TreeSet<Integer> points = new java.util.TreeSet<>();
                while (points.size() < 2 * n) {
                    points.add(1 + random.nextInt(1439));
                }
                b.periods(points.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        int exceptions = random.nextInt(8);
        for (int i = 0; i < exceptions; i++) {
            LocalDate from = base.plusDays(random.nextInt(spanDays));
            LocalDate to = from.plusDays(random.nextInt(10) == 0 ? random.nextInt(30) : random.nextInt(3));
            b.exception(from, to, random.nextInt(4) == 0);
        }
        return b.build();
    }
}
