package org.wbsmodeler.schedule.rollup;

import java.time.LocalDateTime;

/**
 * An element's figures after roll-up: for a leaf its own, for a summary those of everything under it.
 *
 * @param start           earliest scheduled start under the element (null when nothing is scheduled)
 * @param finish          latest scheduled finish
 * @param durationDays    working days from start to finish (for a leaf: its duration)
 * @param effortHours     sum of effort
 * @param cost            sum of planned cost
 * @param actualCost      sum of actual cost
 * @param percentComplete weighted by duration, as MS Project does: Σ(duration × % complete) / Σ duration over the children (a summary child weighs its span)
 *                        (a plain average when every leaf is a milestone)
 * @param lateStart       earliest late start under the element
 * @param lateFinish      latest late finish
 * @param totalFloatDays  the smallest total float under the element
 * @param freeFloatDays   the smallest free float under the element
 * @param critical        whether anything under the element is critical
 */
public record Totals(LocalDateTime start, LocalDateTime finish, double durationDays, double effortHours, double cost, double actualCost, double percentComplete,
		LocalDateTime lateStart, LocalDateTime lateFinish, double totalFloatDays, double freeFloatDays, boolean critical) {
}
