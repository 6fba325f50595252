package org.wbsmodeler.exchange.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

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
 * (schedule → model → MPXJ project → MSPDI) next to MPXJ writing the same MPXJ project, our import (DOCTYPE gate →
 * MPXJ reader → model) next to MPXJ reading the same file. Both sides write through the same buffered file stream,
 * so the difference is our conversion.
 *
 * <p>Fair to both sides: two warm-up rounds on a smaller plan run every step once in each order, so neither side
 * meets a cold JIT; the timed rounds then alternate which side goes first, and
 * each figure is the median of its rounds (single runs of seconds vary by a third on a busy machine), with a
 * garbage collection before each step. The heap of a read is the peak the heap pools reached during it above what
 * was in use when it began (the benchmark's own model), garbage not yet collected included: ours next to MPXJ's
 * read of the same file, and the size of that file.
 */
public final class ExchangeBenchmark {

	/** One measurement; {@link #toString()} is the line {@code ./wbs bench exchange} prints. */
	public record Result(int tasks, long exportMs, long mpxjWriteMs, long importMs, long mpxjReadMs, long fileBytes, long importHeapBytes, long mpxjReadHeapBytes) {

		public double exportRatio() {
			return (double) exportMs / Math.max(1, mpxjWriteMs);
		}

		public double importRatio() {
			return (double) importMs / Math.max(1, mpxjReadMs);
		}

		@Override
		public String toString() {
			return "tasks=" + tasks + " export_ms=" + exportMs + " mpxj_write_ms=" + mpxjWriteMs + " import_ms=" + importMs + " mpxj_read_ms=" + mpxjReadMs
					+ String.format(Locale.ROOT, " export_ratio=%.2f import_ratio=%.2f", exportRatio(), importRatio())
					+ " file_mb=" + fileBytes / (1 << 20) + " import_heap_mb=" + importHeapBytes / (1 << 20) + " mpxj_read_heap_mb=" + mpxjReadHeapBytes / (1 << 20);
		}
	}

	private static final int WARM_UP_TASKS = 20_000;

	private ExchangeBenchmark() {
	}

	/**
	 * @param rounds how many timed rounds; each figure is the median of theirs
	 * @param work   a directory for the files written (deleted again)
	 */
	public static Result run(int tasks, long seed, int rounds, Path work) throws IOException, ExchangeException {
		Files.createDirectories(work);
		Project warmUp = RandomProjects.generate(Math.min(tasks, WARM_UP_TASKS), seed + 1);
		round(warmUp, work, true);
		round(warmUp, work, false);
		warmUp = null;
		Project project = RandomProjects.generate(tasks, seed);
		int count = Math.max(1, rounds);
		long[][] times = new long[7][count];
		for (int i = 0; i < count; i++) {
			long[] round = round(project, work, i % 2 == 0);
			for (int k = 0; k < round.length; k++) {
				times[k][i] = round[k];
			}
		}
		return new Result(tasks, median(times[0]), median(times[1]), median(times[2]), median(times[3]), times[4][0], median(times[5]), median(times[6]));
	}

	/** Export, MPXJ write, import, MPXJ read in milliseconds, then the file's size and the heap of both reads in bytes. */
	private static long[] round(Project project, Path work, boolean oursFirst) throws IOException, ExchangeException {
		Path ours = work.resolve("wbs-bench-export.xml");
		Path theirs = work.resolve("wbs-bench-mpxj.xml");
		try {
			long[] times = new long[7];
			Step export = () -> {
				try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(ours))) {
					// as ./wbs export does it: the loaded plan scheduled where it is, not copied
					new MspdiExporter().write(ScheduledCopy.inPlace(project), out, ExchangeWarnings.NONE);
				}
			};
			// MPXJ's side writes the project our export hands it, built in the same step but outside its time: built
			// before the collection that precedes a step, it would sit in the old generation while MPXJ fills in its
			// calculated fields, a heap our export never meets (likely why
			// the bare write measured slower than our whole export, 96 s against 52 s at 100,000 tasks on a loaded machine)
			ScheduledCopy copy = ScheduledCopy.of(project);
			long[] writeTime = new long[1];
			Step write = () -> {
				ProjectFile file = ProjectFileBuilder.build(copy, true, ExchangeWarnings.NONE);
				long start = System.nanoTime();
				try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(theirs))) {
					new MSPDIWriter().write(file, out);
				}
				writeTime[0] = (System.nanoTime() - start) / 1_000_000;
			};
			if (oursFirst) {
				times[0] = timed(export);
				timed(write);
			} else {
				timed(write);
				times[0] = timed(export);
			}
			times[1] = writeTime[0];
			long[] heap = new long[2];
			Step read = () -> heap[1] = heapOf(() -> {
				try {
					new MSPDIReader().read(ours.toFile());
				} catch (MPXJException e) {
					throw new IOException(e);
				}
			});
			Step importing = () -> heap[0] = heapOf(() -> new MspdiImporter().read(ours, ExchangeWarnings.NONE));
			if (oursFirst) {
				times[2] = timed(importing);
				times[3] = timed(read);
			} else {
				times[3] = timed(read);
				times[2] = timed(importing);
			}
			times[4] = Files.size(ours);
			times[5] = heap[0];
			times[6] = heap[1];
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

	/** The peak heap the step took above what was in use when it began (the caller's collection just ran). */
	private static long heapOf(Step step) throws IOException, ExchangeException {
		long before = HeapPools.resetPeaks();
		step.run();
		return Math.max(0, HeapPools.peaks() - before);
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}
}
