package org.wbsmodeler.schedule.earnedvalue;

/**
 * Earned-value figures of a project (or element) at a status date against a baseline.
 *
 * @param plannedValue budgeted cost of the work the baseline scheduled up to the status date (PV, BCWS)
 * @param earnedValue  budgeted cost of the work actually done: baseline cost × % complete (EV, BCWP)
 * @param actualCost   what the work done cost (AC, ACWP)
 */
public record EarnedValue(double plannedValue, double earnedValue, double actualCost) {

	/** Schedule variance EV − PV: negative means behind schedule. */
	public double scheduleVariance() {
		return earnedValue - plannedValue;
	}

	/** Cost variance EV − AC: negative means over budget. */
	public double costVariance() {
		return earnedValue - actualCost;
	}

	/** Schedule performance index EV / PV (NaN before anything was planned). */
	public double spi() {
		return plannedValue == 0 ? Double.NaN : earnedValue / plannedValue;
	}

	/** Cost performance index EV / AC (NaN before anything was spent). */
	public double cpi() {
		return actualCost == 0 ? Double.NaN : earnedValue / actualCost;
	}

	EarnedValue plus(EarnedValue other) {
		return new EarnedValue(plannedValue + other.plannedValue, earnedValue + other.earnedValue, actualCost + other.actualCost);
	}
}
