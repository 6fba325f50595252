package org.wbsmodeler.testing;

import static org.junit.Assert.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.Callable;

/**
 * Runs test code under several default time zones of the JVM. A plan has no zone, so whatever the code computes
 * must be the same in each; a date converted through the machine's zone anywhere shows up as a difference.
 */
public final class TimeZones {

	/**
	 * UTC; a half-hour offset with clock changes (St John's, Newfoundland); +14, the furthest from UTC
	 * (Kiritimati); and central Europe, whose clocks skip 02:00–03:00 on 2027-03-28 and repeat it on 2027-10-31.
	 */
	public static final List<String> ZONES = List.of("UTC", "America/St_Johns", "Pacific/Kiritimati", "Europe/Berlin");

	private TimeZones() {
	}

	/** The block's result under each of {@link #ZONES} as the default zone; the previous default is restored. */
	public static <T> Map<String, T> runInEach(Callable<T> block) throws Exception {
		TimeZone previous = TimeZone.getDefault();
		Map<String, T> results = new LinkedHashMap<>();
		try {
			for (String zone : ZONES) {
				TimeZone.setDefault(TimeZone.getTimeZone(zone));
				results.put(zone, block.call());
			}
		} finally {
			TimeZone.setDefault(previous);
		}
		return results;
	}

	/** Runs the block in every zone, fails unless all results equal the first one, and returns it. */
	public static <T> T sameInEveryZone(Callable<T> block) throws Exception {
		Map<String, T> results = runInEach(block);
		T first = results.get(ZONES.get(0));
		results.forEach((zone, result) -> assertEquals("the result in " + zone + " differs from the one in " + ZONES.get(0), first, result));
		return first;
	}
}
