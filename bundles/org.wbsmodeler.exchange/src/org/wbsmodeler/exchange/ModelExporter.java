package org.wbsmodeler.exchange;

import java.io.IOException;
import java.io.OutputStream;

import org.wbsmodeler.model.Project;

/**
 * Writes a model in another tool's format. Contributed through the extension point
 * {@code org.wbsmodeler.exchange.exporters} (on a flat classpath: {@code META-INF/services}); the built-in formats
 * register the same way.
 */
public interface ModelExporter {

	/** The word users pick the format with, e.g. {@code mspdi} in {@code ./wbs export --format mspdi}. */
	String id();

	/** What the format is, for help texts: {@code MS Project XML (MSPDI)}. */
	String label();

	/** The usual file name extension, without the dot. */
	String fileExtension();

	/**
	 * Writes the project as scheduled now. The caller owns the stream and makes the file appear atomically, so an
	 * exporter may fail half-way without leaving a damaged file behind.
	 *
	 * @param plan     a scheduled copy of the model: dates, floats, critical flags and roll-ups as the scheduler
	 *                 computes them, whatever the model file stored
	 * @param warnings told about what the format cannot carry (one line each)
	 * @throws ExchangeException when the model cannot be written in this format at all
	 */
	void write(ScheduledCopy plan, OutputStream out, ExchangeWarnings warnings) throws ExchangeException, IOException;

	/**
	 * Schedules a copy of the model and writes it.
	 *
	 * @throws ExchangeException also when the model cannot be scheduled (a dependency cycle)
	 */
	default void write(Project project, OutputStream out, ExchangeWarnings warnings) throws ExchangeException, IOException {
		write(ScheduledCopy.of(project), out, warnings);
	}
}
