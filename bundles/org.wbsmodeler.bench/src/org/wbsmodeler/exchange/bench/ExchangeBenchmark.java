package org.wbsmodeler.exchange.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.mspdi.MSPDIReader;
import org.mpxj.mspdi.MSPDIWriter;
import org.wbsmodeler.exchange.ExchangeException;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.exchange.ScheduledCopy;
import org.wbsmodeler.exchange.mpxj.ProjectFileBuilder;
import org.wbsmodeler.exchange.mspdi.MspdiExporter;
import org.wbsmodeler.exchange.mspdi.MspdiImporter;
import org.wbsmodeler.model.Project;

/**
 * Times MS Project exchange of an N-task model against MPXJ alone, in one JVM and on the same data: our export
 * (model → MPXJ project → MSPDI) next to MPXJ writing the same MPXJ project, our import (DOCTYPE gate → MPXJ
 * reader → model) next to MPXJ reading the same file. Both sides write through the same buffered file stream, so
 * the difference is our conversion. A smaller round first warms the JIT; each time is the best of several rounds,
 * with a garbage collection before each, because single runs of seconds vary by a third on a busy machine.
 */
public final class ExchangeBenchmark {

	/** One measurement; {@link #toString()} is the line {@code ./wbs bench exchange} prints. */
	public record Result(int tasks, long exportMs, long mpxjWriteMs, long importMs, long mpxjReadMs) {

		public double exportRatio() {
			return (double) exportMs / Math.max(1, mpxjWriteMs);
		}

		public double importRatio() {
			return (double) importMs / Math.max(1, mpxjReadMs);
		}

		@Override
		public String toString() {
			return "tasks=" + tasks + " export_ms=" + exportMs + " mpxj_write_ms=" + mpxjWriteMs + " import_ms=" + importMs + " mpxj_read_ms=" + mpxjReadMs;
		}
	}

	private static final int WARM_UP_TASKS = 3_000;

	private ExchangeBenchmark() {
	}

	/**
	 * @param rounds how many times each step runs; the best time counts
	 * @param work   a directory for the files written (deleted again)
	 */
	public static Result run(int tasks, long seed, int rounds, Path work) throws IOException, ExchangeException {
		round(RandomProjects.generate(Math.min(tasks, WARM_UP_TASKS), seed + 1), work);
		Project project = RandomProjects.generate(tasks, seed);
		long[] best = { Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE };
		for (int i = 0; i < Math.max(1, rounds); i++) {
			long[] times = round(project, work);
			for (int k = 0; k < best.length; k++) {
				best[k] = Math.min(best[k], times[k]);
			}
		}
		return new Result(tasks, best[0], best[1], best[2], best[3]);
	}

	/** Export, MPXJ write, import, MPXJ read, in milliseconds. */
	private static long[] round(Project project, Path work) throws IOException, ExchangeException {
		Path ours = work.resolve("wbs-bench-export.xml");
		Path theirs = work.resolve("wbs-bench-mpxj.xml");
		try {
			long[] times = new long[4];
			MspdiExporter exporter = new MspdiExporter();
			times[0] = timed(() -> {
				try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(ours))) {
					// as ./wbs export does it: the loaded plan scheduled where it is, not copied
					exporter.write(ScheduledCopy.inPlace(project), out, ExchangeWarnings.NONE);
				}
			});
			ProjectFile file = ProjectFileBuilder.build(ScheduledCopy.of(project), true, ExchangeWarnings.NONE);
			times[1] = timed(() -> {
				try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(theirs))) {
					new MSPDIWriter().write(file, out);
				}
			});
			times[2] = timed(() -> new MspdiImporter().read(ours, ExchangeWarnings.NONE));
			times[3] = timed(() -> {
				try {
					new MSPDIReader().read(ours.toFile());
				} catch (MPXJException e) {
					throw new IOException(e);
				}
			});
			return times;
		} finally {
			Files.deleteIfExists(ours);
			Files.deleteIfExists(theirs);
		}
	}

	private interface Step {
		void run() throws IOException, ExchangeException;
	}

	private static long timed(Step step) throws IOException, ExchangeException {
		System.gc();
		long start = System.nanoTime();
		step.run();
		return (System.nanoTime() - start) / 1_000_000;
	}
}
