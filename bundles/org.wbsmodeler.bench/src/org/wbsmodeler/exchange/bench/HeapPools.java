package org.wbsmodeler.exchange.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The heap a benchmark step takes, read from the JVM's heap pools: their peaks are reset before the step and summed
 * after it (garbage not yet collected included, as the pools count it).
 */
public final class HeapPools {

	private HeapPools() {
	}

	/** Resets every heap pool's peak to what it holds now; returns the sum of what they hold. */
	public static long resetPeaks() {
		long used = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
				used += pool.getUsage().getUsed();
			}
		}
		return used;
	}

	/** The sum of the heap pools' peaks since the last {@link #resetPeaks}. */
	public static long peaks() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}
}
