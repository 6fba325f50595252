package org.wbsmodeler.risk.sampling;

/**
 * Latin hypercube sampling of one variable over {@code n} iterations without storing a permutation: iteration
 * {@code i} falls in stratum {@code π(i)} of {@code n} equal-probability strata, where π is a keyed pseudo-random
 * bijection of [0, n) (a three-round Feistel network on the next even power of two, cycle-walked into range), and
 * at a uniform place inside it. Each variable has its own key, so strata pair up at random between variables, as
 * LHS wants; any iteration can be drawn on its own, in any thread.
 */
public final class LatinHypercube {

	private final int n;
	private final int halfBits;
	private final long halfMask;
	private final long key;
	private final long[] keys = new long[3];

	/**
	 * @param n      iterations (strata), at least 1
	 * @param seed   the run's seed
	 * @param stream the variable
	 */
	public LatinHypercube(int n, long seed, long stream) {
		if (n < 1) {
			throw new IllegalArgumentException("iterations must be at least 1: " + n);
		}
		this.n = n;
		int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(n - 1L));
		halfBits = (bits + 1) / 2;
		halfMask = (1L << halfBits) - 1;
		key = Streams.key(seed, stream);
		for (int r = 0; r < keys.length; r++) {
			keys[r] = Streams.mix(key + r + 1);
		}
	}

	/** The stratum of iteration {@code i}: a bijection of [0, n). */
	public int stratum(int i) {
		long x = i;
		do {
			x = feistel(x);
		} while (x >= n); // cycle-walking keeps the bijection inside [0, n)
		return (int) x;
	}

	/** The variable's uniform value in iteration {@code i}, in [0, 1). */
	public double uniform(int i) {
		double jitter = Streams.uniform(key ^ 0x5DEECE66DL, i);
		return (stratum(i) + jitter) / n;
	}

	private long feistel(long x) {
		long left = x >>> halfBits;
		long right = x & halfMask;
		for (int round = 0; round < 3; round++) {
			// a multiply-xorshift round: enough to pair strata at random, a third of a full mix's cost
			long z = (right + keys[round]) * 0x9E3779B97F4A7C15L;
			long f = ((z ^ (z >>> 29)) * 0xBF58476D1CE4E5B9L) >>> (64 - halfBits);
			long next = left ^ f;
			left = right;
			right = next;
		}
		return (left << halfBits) | right;
	}
}
