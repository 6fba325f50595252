package org.wbsmodeler.risk.sampling;

/**
 * Counter-based random numbers: the value for (seed, stream, index) is a hash of the three, so any thread can draw
 * any iteration's number without sharing a generator, and the answer does not depend on how iterations are spread
 * over threads. The mixer is SplitMix64's finalizer (Steele, Lea, Flood 2014), which passes BigCrush on a counter.
 */
public final class Streams {

	private static final long GOLDEN = 0x9E3779B97F4A7C15L;

	private Streams() {
	}

	public static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** A 64-bit key for one stream of one seed. */
	public static long key(long seed, long stream) {
		return mix(mix(seed + GOLDEN) ^ (stream * GOLDEN + 0x632BE59BD9B4E019L));
	}

	public static long bits(long key, long index) {
		return mix(key + (index + 1) * GOLDEN);
	}

	/** A uniform number in [0, 1) with 53 random bits. */
	public static double uniform(long key, long index) {
		return (bits(key, index) >>> 11) * 0x1.0p-53;
	}
}
