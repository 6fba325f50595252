package org.wbsmodeler.risk.analysis;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;
import org.wbsmodeler.model.DurationDistribution;
import org.wbsmodeler.model.Project;

/**
 * A run asked to stop (the Risk page's Cancel, the progress view's stop) stops at the next block of iterations on
 * every worker and returns nothing, rather than a result of the iterations done so far.
 */
public class CancelTest {

	private static Project chain() {
		Project p = Plans.project();
		Plans.chain(p, 20, 5, 3, 5, 9, DurationDistribution.TRIANGULAR);
		return p;
	}

	@Test
	public void aCancelledRunStopsAtTheNextBlockOnEveryWorker() throws Exception {
		AtomicInteger asked = new AtomicInteger();
		int threads = 2;
		try {
			// a million iterations would take many seconds; the answer comes after the third block
			RiskAnalysis.run(chain(), List.of(), RiskOptions.defaults().withIterations(1_000_000).withThreads(threads), () -> asked.incrementAndGet() > 3);
			fail("a cancelled run returns no result");
		} catch (CancellationException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("cancelled"));
		}
		// each worker asks once per block and stops at the first yes: three no's, then one yes per worker at most
		assertTrue("asked " + asked.get() + " times", asked.get() <= 3 + threads);
	}

	@Test
	public void aRunNobodyCancelsIsTheRunWithoutTheQuestion() throws Exception {
		Project p = chain();
		RiskOptions options = RiskOptions.defaults().withIterations(500).withSeed(9);
		AtomicInteger asked = new AtomicInteger();
		RiskResult asking = RiskAnalysis.run(p, List.of(), options, () -> asked.incrementAndGet() < 0);
		RiskResult plain = RiskAnalysis.run(p, List.of(), options);
		assertTrue("asked once per block of iterations at least", asked.get() >= 500 / 32);
		assertEquals(plain.finish().percentileMinutes(0.8), asking.finish().percentileMinutes(0.8));
		assertEquals(plain.finish().meanMinutes(), asking.finish().meanMinutes(), 0);
	}
}
