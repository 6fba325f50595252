package org.wbsmodeler.exchange.mpxj;

import org.mpxj.Duration;
import org.mpxj.ProjectProperties;
import org.mpxj.TimeUnit;

/**
 * The model counts durations, lags and floats in working days; MS Project counts minutes and shows days with its
 * "hours per day" option. One working day is the model's default calendar's hours per day, so both sides agree on
 * the working time itself: minutes = days × hours per day × 60.
 *
 * <p>MSPDI keeps durations to the second, lags and floats in whole tenths of a minute. MPXJ truncates the tenths
 * instead of rounding them, so lags and floats are handed over half a tenth away from zero: the truncation then
 * lands on the intended tenth.
 */
public final class WorkingTime {

	/** Resolution of values read back: a tenth of a second, finer than anything MSPDI stores. */
	private static final double STEPS_PER_MINUTE = 600;
	private static final double ELAPSED_MINUTES_PER_DAY = 24 * 60;

	private final double minutesPerDay;

	public WorkingTime(double hoursPerDay) {
		this.minutesPerDay = hoursPerDay > 0 ? hoursPerDay * 60 : 480;
	}

	public double minutesPerDay() {
		return minutesPerDay;
	}

	/** A duration for MPXJ, in days: MS Project shows days, and MPXJ converts them with our minutes per day. */
	public Duration duration(double days) {
		return Duration.getInstance(days, TimeUnit.DAYS);
	}

	/** A lag for MPXJ, in days (MS Project shows the lag in days), adjusted for MPXJ's truncation to tenths. */
	public Duration lag(double days) {
		long tenths = Math.round(days * minutesPerDay * 10);
		if (tenths == 0) {
			return Duration.getInstance(0, TimeUnit.DAYS);
		}
		return Duration.getInstance((tenths + Math.signum(tenths) * 0.5) / (10 * minutesPerDay), TimeUnit.DAYS);
	}

	/**
	 * A float for MPXJ, in minutes: MSPDI writes floats as tenths of minutes, and MPXJ converts days there with a
	 * fixed 8-hour day, so it gets minutes.
	 */
	public Duration slack(double days) {
		long tenths = Math.round(days * minutesPerDay * 10);
		return Duration.getInstance(tenths == 0 ? 0 : (tenths + Math.signum(tenths) * 0.5) / 10, TimeUnit.MINUTES);
	}

	/** An elapsed duration for MPXJ: calendar days of 24 hours (MSPDI writes them as "ed", DurationFormat 8). */
	public static Duration elapsed(double days) {
		return Duration.getInstance(days, TimeUnit.ELAPSED_DAYS);
	}

	/** An elapsed lag for MPXJ (LagFormat 8), adjusted for MPXJ's truncation to tenths of a minute as {@link #lag}. */
	public static Duration elapsedLag(double days) {
		long tenths = Math.round(days * ELAPSED_MINUTES_PER_DAY * 10);
		if (tenths == 0) {
			return Duration.getInstance(0, TimeUnit.ELAPSED_DAYS);
		}
		return Duration.getInstance((tenths + Math.signum(tenths) * 0.5) / (10 * ELAPSED_MINUTES_PER_DAY), TimeUnit.ELAPSED_DAYS);
	}

	/** Whether a duration read from a file is elapsed time ("1 eday", "2 ew", "1 emo"; MSPDI formats 4, 6, 8, ...). */
	public static boolean isElapsed(Duration duration) {
		return duration != null && duration.getUnits() != null && duration.getUnits().isElapsed() && !isPercent(duration.getUnits());
	}

	/**
	 * An elapsed duration read from a file, in elapsed days of 24 hours: MPXJ turns elapsed units into calendar
	 * minutes (an elapsed month is 30 days), which must not be divided by a working day.
	 */
	public static double toElapsedDays(Duration duration, ProjectProperties file) {
		return toMinutes(duration, file) / ELAPSED_MINUTES_PER_DAY;
	}

	/** Hours of work for MPXJ. */
	public static Duration work(double hours) {
		return Duration.getInstance(hours, TimeUnit.HOURS);
	}

	/**
	 * A duration read from a file, in the model's working days. The file's own units (days of its "hours per day",
	 * weeks, elapsed days) are first turned into minutes with the file's properties.
	 */
	public double toDays(Duration duration, ProjectProperties file) {
		return toMinutes(duration, file) / minutesPerDay;
	}

	/** Hours of work read from a file. */
	public static double toHours(Duration duration, ProjectProperties file) {
		return toMinutes(duration, file) / 60;
	}

	/** Minutes of a duration read from a file, rounded to a tenth of a second; 0 for none or a percentage. */
	static double toMinutes(Duration duration, ProjectProperties file) {
		if (duration == null || duration.getUnits() == null || isPercent(duration.getUnits())) {
			// a percentage has no length by itself: a percent lag is resolved with its predecessor's duration
			return 0;
		}
		double minutes = Duration.convertUnits(duration.getDuration(), duration.getUnits(), TimeUnit.MINUTES, file).getDuration();
		if (!Double.isFinite(minutes)) {
			return 0;
		}
		return Math.round(minutes * STEPS_PER_MINUTE) / STEPS_PER_MINUTE;
	}

	static boolean isPercent(TimeUnit units) {
		return units == TimeUnit.PERCENT || units == TimeUnit.ELAPSED_PERCENT;
	}
}
