package org.wbsmodeler.cli.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.wbsmodeler.cli.CommandLine;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.internal.CommandRegistry;
import org.wbsmodeler.exchange.bench.HeapPools;
import org.wbsmodeler.exchange.bench.RandomProjects;
import org.wbsmodeler.model.io.ModelFiles;

/**
 * {@code ./wbs bench cli}: the command line's cost curve. For each size it writes a generated plan of N activities
 * ({@link RandomProjects}: summaries, milestones, links of all four types with lags, resources, baselines) as a
 * {@code .wbs} file and runs, in this JVM and through the same {@link CommandLine} as {@code ./wbs}, export to MSPDI,
 * import of that file, validate and schedule --json, printing one line per command with its time and the peak heap
 * it took: {@code cli activities=N command=schedule ms=… heap_mb=… exit=…}. Start-up is not in these figures (it is
 * the same for every size, and every command runs once on a plan of 5,000 activities (or the smallest size asked) first, unprinted, so that the first
 * size does not pay for loading and compiling the code); what they show is how each command grows with the plan.
 */
public final class CliBenchmark {

	private static final long SEED = 22;
	private static final int WARM_UP_ACTIVITIES = 5_000;

	private final PrintStream out;
	private final Path work;

	private CliBenchmark(PrintStream out, Path work) {
		this.out = out;
		this.work = work;
	}

	/** Runs every size in {@code work} (whose files are left for the caller to keep or delete). */
	public static void run(List<Integer> sizes, Path work, PrintStream out) throws IOException {
		// every command once on a small plan first, unprinted: otherwise the first size pays for loading and compiling
		// the code of all commands, and the curve shows the warm-up, not the growth
		Path warmUp = Files.createTempDirectory(work, "warm-up");
		try {
			new CliBenchmark(new PrintStream(OutputStream.nullOutputStream()), warmUp).size(Math.min(WARM_UP_ACTIVITIES, sizes.stream().mapToInt(Integer::intValue).min().orElse(1)));
		} finally {
			try (var files = Files.list(warmUp)) {
				for (Path file : (Iterable<Path>) files::iterator) {
					Files.deleteIfExists(file);
				}
			}
			Files.deleteIfExists(warmUp);
		}
		CliBenchmark benchmark = new CliBenchmark(out, work);
		for (int size : sizes) {
			benchmark.size(size);
		}
	}

	private void size(int activities) throws IOException {
		Path plan = work.resolve("plan-" + activities + ".wbs");
		Path mspdi = work.resolve("plan-" + activities + ".xml");
		Path imported = work.resolve("imported-" + activities + ".wbs");
		long start = System.nanoTime();
		ModelFiles.save(RandomProjects.withActivities(activities, SEED), plan);
		out.println("cli activities=" + activities + " command=generate ms=" + (System.nanoTime() - start) / 1_000_000 + " file_mb=" + Files.size(plan) / (1 << 20));
		command(activities, "export", plan.toString(), "--format", "mspdi", "-o", mspdi.toString());
		command(activities, "import", mspdi.toString(), "-o", imported.toString());
		command(activities, "validate", plan.toString());
		command(activities, "schedule", plan.toString(), "--json");
		command(activities, "save", plan.toString(), "--save");
	}

	/** One command as {@code ./wbs} runs it; "save" is {@code schedule FILE --save}. Its output is dropped. */
	private void command(int activities, String name, String... args) {
		String[] words = new String[args.length + 1];
		words[0] = name.equals("save") ? "schedule" : name;
		System.arraycopy(args, 0, words, 1, args.length);
		PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false);
		Console console = new Console(sink, sink, work);
		System.gc();
		HeapPools.resetPeaks();
		long start = System.nanoTime();
		int exit = new CommandLine(CommandRegistry.commands(sink)).run(words, console);
		long ms = (System.nanoTime() - start) / 1_000_000;
		long peak = HeapPools.peaks();
		out.println("cli activities=" + activities + " command=" + name + " ms=" + ms + " heap_mb=" + peak / (1 << 20) + " exit=" + exit);
	}
}
