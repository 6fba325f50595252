package org.wbsmodeler.risk.sampling;

/**
 * Latin hypercube sampling of one or many variables over {@code n} iterations without storing a permutation:
 * iteration {@code i} of a variable falls in stratum {@code π(i)} of {@code n} equal-probability strata, where π is
 * a keyed pseudo-random bijection of [0, n) (a three-round Feistel network on the next even power of two,
 * cycle-walked into range), and at a uniform place inside it. Each variable (stream) has its own key, so strata
 * pair up at random between variables, as LHS wants; any iteration can be drawn on its own, in any thread.
 * <p>
 * The keys of all the streams sit in one flat array, four per stream: a sampler that draws ten thousand variables
 * per iteration reads them in order instead of chasing an object per variable.
 */
public final class LatinHypercube {

	private static final int KEYS = 4;

	private final int n;
	private final int halfBits;
	private final long halfMask;
	/** per stream: the jitter's key, then the three rounds' keys */
	private final long[] keys;

	/**
	 * @param n      iterations (strata), at least 1
	 * @param seed   the run's seed
	 * @param stream the variable
	 */
	public LatinHypercube(int n, long seed, long stream) {
		this(n, seed, new long[] { stream });
	}

	/**
	 * Many variables at once: stream {@code s} here draws what {@code new LatinHypercube(n, seed, streams[s])} draws.
	 *
	 * @param n       iterations (strata), at least 1
	 * @param seed    the run's seed
	 * @param streams the variables
	 */
	public LatinHypercube(int n, long seed, long[] streams) {
		if (n < 1) {
			throw new IllegalArgumentException("iterations must be at least 1: " + n);
		}
		this.n = n;
		int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(n - 1L));
		halfBits = (bits + 1) / 2;
		halfMask = (1L << halfBits) - 1;
		keys = new long[KEYS * streams.length];
		for (int s = 0; s < streams.length; s++) {
			long key = Streams.key(seed, streams[s]);
			keys[KEYS * s] = key ^ 0x5DEECE66DL;
			for (int r = 1; r < KEYS; r++) {
				keys[KEYS * s + r] = Streams.mix(key + r);
			}
		}
	}

	/** The stratum of iteration {@code i}: a bijection of [0, n). */
	public int stratum(int i) {
		return stratum(0, i);
	}

	/** The variable's uniform value in iteration {@code i}, in [0, 1). */
	public double uniform(int i) {
		return uniform(0, i);
	}

	/** The stratum of iteration {@code i} of stream {@code s}. */
	public int stratum(int s, int i) {
		int at = KEYS * s;
		long k0 = keys[at + 1];
		long k1 = keys[at + 2];
		long k2 = keys[at + 3];
		long x = i;
		do {
			// three multiply-xorshift rounds: enough to pair strata at random, a third of a full mix's cost each
			long left = x >>> halfBits;
			long right = x & halfMask;
			long next = left ^ round(right, k0);
			left = right;
			right = next;
			next = left ^ round(right, k1);
			left = right;
			right = next;
			next = left ^ round(right, k2);
			x = (right << halfBits) | next;
		} while (x >= n); // cycle-walking keeps the bijection inside [0, n)
		return (int) x;
	}

	/** Stream {@code s}'s uniform value in iteration {@code i}, in [0, 1). */
	public double uniform(int s, int i) {
		double jitter = Streams.uniform(keys[KEYS * s], i);
		return (stratum(s, i) + jitter) / n;
	}

	private long round(long right, long key) {
		long z = (right + key) * 0x9E3779B97F4A7C15L;
		return ((z ^ (z >>> 29)) * 0xBF58476D1CE4E5B9L) >>> (64 - halfBits);
	}
}
