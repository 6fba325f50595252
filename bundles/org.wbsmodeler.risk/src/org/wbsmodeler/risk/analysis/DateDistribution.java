package org.wbsmodeler.risk.analysis;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.wbsmodeler.schedule.calendar.LocalMinutes;

/**
 * The dates one event (the project finish, a milestone) took over all iterations: percentiles (nearest rank), mean,
 * the chance of making a date, a histogram and the S-curve (cumulative share by date).
 */
public final class DateDistribution {

	/** Minutes after the project start, sorted. */
	private final long[] sorted;
	private final long start;
	private final long deterministic;

	DateDistribution(long projectStart, long[] minutesAfterStart, long deterministicAfterStart) {
		this(projectStart, sort(minutesAfterStart.clone()), deterministicAfterStart, true);
	}

	private DateDistribution(long projectStart, long[] sorted, long deterministicAfterStart, boolean isSorted) {
		start = projectStart;
		this.sorted = sorted;
		deterministic = deterministicAfterStart;
	}

	static DateDistribution of(long projectStart, int[] minutesAfterStart, long deterministicAfterStart) {
		// sorted as ints, then widened: the same order, half the bytes to move
		int[] ints = minutesAfterStart.clone();
		Arrays.sort(ints);
		long[] sorted = new long[ints.length];
		for (int i = 0; i < ints.length; i++) {
			sorted[i] = ints[i];
		}
		return new DateDistribution(projectStart, sorted, deterministicAfterStart, true);
	}

	private static long[] sort(long[] minutes) {
		Arrays.sort(minutes);
		return minutes;
	}

	public int iterations() {
		return sorted.length;
	}

	/** The date by which a share {@code p} (0..1) of the iterations had finished: P80 is {@code percentile(0.8)}. */
	public LocalDateTime percentile(double p) {
		return date(percentileMinutes(p));
	}

	/** {@link #percentile} in minutes after the project start. */
	public long percentileMinutes(double p) {
		if (!(p >= 0 && p <= 1)) {
			throw new IllegalArgumentException("a percentile is between 0 and 1: " + p);
		}
		int rank = (int) Math.ceil(p * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	/** The date of the schedule with every duration as estimated (no range). */
	public LocalDateTime deterministic() {
		return date(deterministic);
	}

	/** Mean, in minutes after the project start (for tests and differences; dates as {@link #meanDate()}). */
	public double meanMinutes() {
		double sum = 0;
		for (long m : sorted) {
			sum += m;
		}
		return sum / sorted.length;
	}

	public LocalDateTime meanDate() {
		return date(Math.round(meanMinutes()));
	}

	public long minMinutes() {
		return sorted[0];
	}

	public long maxMinutes() {
		return sorted[sorted.length - 1];
	}

	/** The share of iterations finished by {@code date}. */
	public double probabilityBy(LocalDateTime date) {
		return shareBy(LocalMinutes.of(date) - start);
	}

	/** The share of iterations finished by the deterministic date: how likely the plan's own date is. */
	public double deterministicProbability() {
		return shareBy(deterministic);
	}

	private double shareBy(long minutes) {
		int lo = 0;
		int hi = sorted.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (sorted[mid] <= minutes) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return (double) lo / sorted.length;
	}

	/** A bar of the histogram: iterations finishing in [from, to). */
	public record Bin(LocalDateTime from, LocalDateTime to, int count) {
	}

	/** The histogram in {@code bins} equal bars from the earliest to the latest finish (one bar when they are equal). */
	public List<Bin> histogram(int bins) {
		long min = sorted[0];
		long max = sorted[sorted.length - 1];
		long width = Math.max(1, (max - min + bins) / bins);
		int count = max == min ? 1 : bins;
		int[] counts = new int[count];
		for (long m : sorted) {
			counts[(int) Math.min(count - 1, (m - min) / width)]++;
		}
		List<Bin> result = new ArrayList<>();
		for (int b = 0; b < count; b++) {
			result.add(new Bin(date(min + b * width), date(min + (b + 1) * width), counts[b]));
		}
		return result;
	}

	/** A point of the S-curve: the share of iterations finished by a date. */
	public record Point(LocalDateTime date, double share) {
	}

	/** The S-curve: one point per distinct date (at most {@code points}, evenly by rank). */
	public List<Point> sCurve(int points) {
		List<Point> result = new ArrayList<>();
		int step = Math.max(1, sorted.length / Math.max(1, points));
		for (int k = step - 1; k < sorted.length; k += step) {
			long m = sorted[k];
			while (k + 1 < sorted.length && sorted[k + 1] == m) {
				k++;
			}
			result.add(new Point(date(m), (k + 1.0) / sorted.length));
		}
		if (result.isEmpty() || result.get(result.size() - 1).share() < 1) {
			result.add(new Point(date(sorted[sorted.length - 1]), 1));
		}
		return result;
	}

	private LocalDateTime date(long minutesAfterStart) {
		return LocalMinutes.toLocalDateTime(start + minutesAfterStart);
	}
}
