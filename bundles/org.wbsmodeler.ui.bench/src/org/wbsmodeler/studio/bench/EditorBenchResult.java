package org.wbsmodeler.studio.bench;

/**
 * The figures of one editor benchmark run: opening the large model until its page is painted, one duration edit
 * until the editor repainted (on a model a tenth the size and on the large one), and the heap with the large model
 * open.
 */
public record EditorBenchResult(int activities, long openMs, int smallActivities, long editSmallMs, long editLargeMs, long heapMb) {

	/** {@code editor activities=100000 open_ms=… edit_ms_10k=… edit_ms_100k=… heap_mb=…}. */
	public String line() {
		return "editor activities=" + activities + " open_ms=" + openMs + " edit_ms_" + size(smallActivities) + "=" + editSmallMs
				+ " edit_ms_" + size(activities) + "=" + editLargeMs + " heap_mb=" + heapMb;
	}

	/** 10000 as "10k", as the issue names the sizes; other sizes as they are. */
	static String size(int activities) {
		return activities % 1000 == 0 ? activities / 1000 + "k" : Integer.toString(activities);
	}
}
