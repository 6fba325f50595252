package org.wbsmodeler.risk.sampling;

/**
 * The quantile functions of many three-point estimates in flat arrays, for a sampler that draws every one of them
 * in every iteration: a switch on the shape instead of a call through a function object per estimate (which the
 * JIT cannot inline when the three shapes are mixed). Entry {@code k} gives exactly what {@link ThreePoint#quantile}
 * of its estimate gives.
 */
public final class Quantiles {

	private static final byte FIXED = 0;
	private static final byte UNIFORM = 1;
	private static final byte TRIANGULAR = 2;
	private static final byte BETA_PERT = 3;

	private final byte[] shape;
	private final double[] optimistic;
	private final double[] width;
	/** the mode's share of the width (triangular), or the value itself (zero width) */
	private final double[] mode;
	private final BetaPert[] table;
	/** the entries of each shape, for {@link #quantiles(double[])} */
	private final int[][] byShape = new int[4][];

	/** @param estimates the estimates; a null one has no quantile (see {@link #has}) */
	public Quantiles(ThreePoint[] estimates) {
		int k = estimates.length;
		shape = new byte[k];
		optimistic = new double[k];
		width = new double[k];
		mode = new double[k];
		table = new BetaPert[k];
		for (int i = 0; i < k; i++) {
			ThreePoint e = estimates[i];
			if (e == null) {
				shape[i] = -1;
				continue;
			}
			double w = e.width();
			optimistic[i] = e.optimistic();
			width[i] = w;
			if (w == 0) {
				shape[i] = FIXED;
				mode[i] = e.mostLikely();
				continue;
			}
			switch (e.shape()) {
			case UNIFORM -> shape[i] = UNIFORM;
			case TRIANGULAR -> {
				shape[i] = TRIANGULAR;
				mode[i] = (e.mostLikely() - e.optimistic()) / w;
			}
			case BETA_PERT -> {
				shape[i] = BETA_PERT;
				table[i] = BetaPert.forMode((e.mostLikely() - e.optimistic()) / w);
			}
			}
		}
		for (byte s = 0; s < byShape.length; s++) {
			int count = 0;
			for (int i = 0; i < k; i++) {
				count += shape[i] == s ? 1 : 0;
			}
			byShape[s] = new int[count];
			for (int i = 0, j = 0; i < k; i++) {
				if (shape[i] == s) {
					byShape[s][j++] = i;
				}
			}
		}
	}

	/**
	 * {@link #quantile} of every entry with an estimate at once: {@code values[k]} holds entry {@code k}'s share on
	 * the way in and its quantile on the way out (entries without an estimate are left alone). The same numbers as
	 * one call per entry, one shape after the other: a plan mixes the shapes at random, and a switch per entry is a
	 * branch the CPU mispredicts every other time.
	 */
	public void quantiles(double[] values) {
		for (int k : byShape[UNIFORM]) {
			values[k] = ThreePoint.uniform(optimistic[k], width[k], values[k]);
		}
		for (int k : byShape[TRIANGULAR]) {
			values[k] = ThreePoint.triangular(optimistic[k], width[k], mode[k], values[k]);
		}
		for (int k : byShape[BETA_PERT]) {
			values[k] = optimistic[k] + width[k] * table[k].quantile(values[k]);
		}
		for (int k : byShape[FIXED]) {
			values[k] = mode[k];
		}
	}

	/** Whether entry {@code k} has an estimate. */
	public boolean has(int k) {
		return shape[k] >= 0;
	}

	/** The value below which a share {@code u} of entry {@code k}'s distribution lies. */
	public double quantile(int k, double u) {
		return switch (shape[k]) {
		case UNIFORM -> ThreePoint.uniform(optimistic[k], width[k], u);
		case TRIANGULAR -> ThreePoint.triangular(optimistic[k], width[k], mode[k], u);
		case BETA_PERT -> optimistic[k] + width[k] * table[k].quantile(u);
		case FIXED -> mode[k];
		default -> throw new IllegalArgumentException("entry " + k + " has no estimate");
		};
	}
}
