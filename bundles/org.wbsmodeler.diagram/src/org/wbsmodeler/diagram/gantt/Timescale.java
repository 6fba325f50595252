package org.wbsmodeler.diagram.gantt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The unit of the timescale's lower tier, as MS Project's zoom levels: days under weeks, weeks under months, months
 * under quarters, quarters under years. The upper tier is always the next larger unit, so two tiers are one choice.
 * Each unit has a default zoom (pixels per calendar day) at which its lower-tier labels fit.
 */
public enum Timescale {
    DAY(26), WEEK(7), MONTH(2.2), QUARTER(0.8);

    /** The units a tier can be made of: the four above plus the year of the quarters' upper tier. */
    public enum Unit {
        DAY, WEEK, MONTH, QUARTER, YEAR;

        /** The first day of the unit containing {@code date} (weeks start on Monday, as ISO-8601). */
        public LocalDate floor(LocalDate date) {
            return switch (this) {
                case DAY -> date;
                case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> date.withDayOfMonth(1);
                case QUARTER -> date.withDayOfMonth(1).withMonth((date.getMonthValue() - 1) / 3 * 3 + 1);
                case YEAR -> date.withDayOfYear(1);
            };
        }

        /** The first day of the next unit after the one starting on {@code start}. */
        public LocalDate next(LocalDate start) {
            return switch (this) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
                case QUARTER -> start.plusMonths(3);
                case YEAR -> start.plusYears(1);
            };
        }

        /**
         * The label of the unit starting on {@code start}: long when the tier is wide enough ({@code roomy}). Fixed
         * English names, as the rest of the diagrams: a chart looks the same on every machine.
         */
        public String label(LocalDate start, boolean roomy) {
            return switch (this) {
                case DAY -> roomy ? start.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 2)
                        + " " + start.getDayOfMonth() : Integer.toString(start.getDayOfMonth());
                case WEEK -> roomy ? start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                        + start.getDayOfMonth() : Integer.toString(start.getDayOfMonth());
                case MONTH -> roomy ? start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + start.getYear()
                        : start.getMonth().getDisplayName(TextStyle.NARROW, Locale.ENGLISH);
                case QUARTER -> "Q" + ((start.getMonthValue() - 1) / 3 + 1) + (roomy ? " " + start.getYear() : "");
                case YEAR -> Integer.toString(start.getYear());
            };
        }
    }

    private final double defaultPixelsPerDay;

    Timescale(double defaultPixelsPerDay) {
        this.defaultPixelsPerDay = defaultPixelsPerDay;
    }

    /** Pixels per calendar day at 100% for this scale. */
    public double defaultPixelsPerDay() {
        return defaultPixelsPerDay;
    }

    /** The unit of the lower tier. */
    public Unit lower() {
        return Unit.values()[ordinal()];
    }

    /** The unit of the upper tier: the next larger one. */
    public Unit upper() {
        return Unit.values()[ordinal() + 1];
    }

    /** The scale whose name is {@code text} in any case ("week"), or {@code null}. */
    public static Timescale parse(String text) {
        if (text == null) {
            return null;
        }
        for (Timescale t : values()) {
            if (t.name().equalsIgnoreCase(text.trim())) {
                return t;
            }
        }
        return null;
    }
}
