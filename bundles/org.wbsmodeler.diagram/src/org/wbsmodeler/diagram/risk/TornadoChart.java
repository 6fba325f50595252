package org.wbsmodeler.diagram.risk;

import java.util.List;

/**
 * A tornado chart: one horizontal bar per driver, longest first, its length the driver's pull on the finish.
 *
 * @param title  the heading
 * @param labels one per bar
 * @param values signed lengths (negative bars go left)
 * @param unit   what a value counts, for the value labels ("d")
 */
public record TornadoChart(String title, List<String> labels, double[] values, String unit) {

	public TornadoChart {
		if (labels.size() != values.length) {
			throw new IllegalArgumentException("one label per value");
		}
		labels = List.copyOf(labels);
	}
}
