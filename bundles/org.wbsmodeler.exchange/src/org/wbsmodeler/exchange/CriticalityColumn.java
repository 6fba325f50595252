package org.wbsmodeler.exchange;

import java.util.function.Function;

import org.wbsmodeler.model.WbsElement;

/**
 * An exporter that can add a schedule risk run's Criticality column (the CSV one). The index is not part of the
 * model: the caller that ran the analysis hands it over, keyed by the elements of the model it exports.
 */
public interface CriticalityColumn {

	/**
	 * This exporter with a trailing Criticality column: each element's index (0..1) as the Plan shows it, empty
	 * where {@code index} gives null (a summary, or no run).
	 *
	 * @param index the index of an element of the exported model (not of the scheduled copy: see
	 *              {@link ScheduledCopy#original})
	 */
	ModelExporter withCriticality(Function<WbsElement, Double> index);
}
