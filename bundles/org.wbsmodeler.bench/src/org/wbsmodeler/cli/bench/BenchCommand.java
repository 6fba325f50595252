package org.wbsmodeler.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Command;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.exchange.ExchangeException;
import org.wbsmodeler.exchange.bench.ExchangeBenchmark;

/**
 * {@code wbs bench WHAT ...}: performance measurements, one sub-word per engine. Each prints one line of
 * {@code key=value} pairs so runs can be compared by script. A benchmark is registered with one
 * {@code BENCHMARKS.put} line below (its code in a {@code .bench} package of this bundle). The command itself is
 * contributed to {@code org.wbsmodeler.cli.commands} by this bundle (org.wbsmodeler.bench), which the product
 * installs and nothing in the product requires: without it, {@code ./wbs} has no {@code bench}.
 */
public final class BenchCommand implements Command {

	/** One benchmark, run with the arguments after its sub-word. */
	@FunctionalInterface
	public interface Benchmark {
		int run(Arguments arguments, Console console) throws CliException;
	}

	/** A benchmark with the options it takes and how --help shows them. */
	public record Entry(String synopsis, Set<String> valueOptions, Set<String> flags, Benchmark benchmark) {
	}

	private static final Map<String, Entry> BENCHMARKS = new LinkedHashMap<>();
	static {
		BENCHMARKS.put("exchange", new Entry("--tasks N [--rounds R] [--seed S]", Set.of("--tasks", "--rounds", "--seed"), Set.of(), BenchCommand::exchange));
		BENCHMARKS.put("schedule", new Entry("--activities N[,N…] [--links K[,K…]] [--no-mpxj] [--seed S] [--mpxj-max N] [--edits E] [--verify] [--features] [--verbose]",
				Set.of("--activities", "--links", "--seed", "--mpxj-max", "--edits"), Set.of("--no-mpxj", "--verify", "--verbose", "--features"), BenchCommand::schedule));
		BENCHMARKS.put("diagram", new Entry("[--network N] [--wbs N] [--runs R] [--no-warmup]", Set.of("--network", "--wbs", "--runs"), Set.of("--no-warmup"),
				BenchCommand::diagram));
		BENCHMARKS.put("cli", new Entry("--activities N[,N…] [--keep DIR]", Set.of("--activities", "--keep"), Set.of(), BenchCommand::cli));
		BENCHMARKS.put("gantt", new Entry("[--rows N] [--runs R]", Set.of("--rows", "--runs"), Set.of(), BenchCommand::gantt));
		BENCHMARKS.put("risk", new Entry("[--activities N] [--iterations I] [--threads T] [--runs R] [--seed S]",
				Set.of("--activities", "--iterations", "--threads", "--runs", "--seed"), Set.of(), BenchCommand::risk));
		BENCHMARKS.put("server", org.wbsmodeler.server.bench.ServerBenchmark.ENTRY);
		BENCHMARKS.put("merge", new Entry("--activities N [--edits E] [--seed S] [--runs R] [--write DIR]", Set.of("--activities", "--edits", "--seed", "--runs", "--write"),
				Set.of(), BenchCommand::merge));
	}

	/** Adds the benchmark of a bundle this one does not depend on (the plan server's); its command calls this when created. */
	public static synchronized void register(String word, Entry entry) {
		BENCHMARKS.putIfAbsent(word, entry);
	}

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String synopsis() {
		StringBuilder synopsis = new StringBuilder();
		BENCHMARKS.forEach((word, entry) -> synopsis.append(synopsis.isEmpty() ? "" : " | ").append(word).append(' ').append(entry.synopsis()));
		return synopsis.toString();
	}

	@Override
	public String summary() {
		return "measure an engine: " + String.join(", ", BENCHMARKS.keySet());
	}

	@Override
	public Set<String> valueOptions() {
		Set<String> options = new TreeSet<>();
		BENCHMARKS.values().forEach(entry -> options.addAll(entry.valueOptions()));
		return Collections.unmodifiableSet(options);
	}

	@Override
	public Set<String> flags() {
		Set<String> flags = new TreeSet<>();
		BENCHMARKS.values().forEach(entry -> flags.addAll(entry.flags()));
		return Collections.unmodifiableSet(flags);
	}

	@Override
	public int run(Arguments arguments, Console console) throws CliException {
		String word = arguments.required(0, "WHAT: one of " + String.join(", ", BENCHMARKS.keySet()));
		Entry entry = BENCHMARKS.get(word);
		if (entry == null) {
			throw new CliException("no benchmark '" + word + "'; known: " + String.join(", ", BENCHMARKS.keySet()));
		}
		return entry.benchmark().run(arguments, console);
	}

	/** MS Project exchange of an N-task model against MPXJ alone. */
	private static int exchange(Arguments arguments, Console console) throws CliException {
		int tasks = arguments.intValue("--tasks", 10_000);
		int rounds = arguments.intValue("--rounds", 3);
		long seed = arguments.intValue("--seed", 1);
		if (tasks < 1 || rounds < 1) {
			throw new CliException("--tasks and --rounds must be at least 1");
		}
		Path work = null;
		try {
			work = Files.createTempDirectory("wbs-bench");
			console.out().println(ExchangeBenchmark.run(tasks, seed, rounds, work));
			return ExitCodes.OK;
		} catch (IOException | ExchangeException e) {
			throw new CliException("benchmark failed: " + e.getMessage(), ExitCodes.INTERNAL_ERROR, e);
		} finally {
			if (work != null) {
				work.toFile().delete();
			}
		}
	}

	/** Every command of the command line on generated plans of the given sizes: one line per size and command. */
	private static int cli(Arguments arguments, Console console) throws CliException {
		java.util.List<Integer> sizes = new java.util.ArrayList<>();
		for (String size : arguments.value("--activities", "10000,100000").split(",")) {
			try {
				sizes.add(Integer.parseInt(size.trim()));
			} catch (NumberFormatException e) {
				throw new CliException("--activities needs numbers like 10000,100000, not '" + size + "'");
			}
		}
		if (sizes.stream().anyMatch(size -> size < 1)) {
			throw new CliException("--activities must be at least 1");
		}
		String keep = arguments.value("--keep");
		Path work = null;
		try {
			work = keep != null ? Files.createDirectories(console.resolve(keep)) : Files.createTempDirectory("wbs-bench-cli");
			org.wbsmodeler.cli.bench.CliBenchmark.run(sizes, work, console.out());
			return ExitCodes.OK;
		} catch (IOException e) {
			throw new CliException("benchmark failed: " + e.getMessage(), ExitCodes.INTERNAL_ERROR, e);
		} finally {
			if (work != null && keep == null) {
				try (var files = Files.list(work)) {
					files.forEach(file -> file.toFile().delete());
				} catch (IOException e) {
					// a temporary directory: the system cleans it
				}
				work.toFile().delete();
			}
		}
	}

	/** Layout and SVG rendering of synthetic diagrams: a 2000-activity network and a 500-element WBS by default. */
	private static int diagram(Arguments arguments, Console console) throws CliException {
		java.util.List<String> args = new java.util.ArrayList<>();
		for (String option : new String[] { "--network", "--wbs", "--runs" }) {
			if (arguments.value(option) != null) {
				args.add(option);
				args.add(String.valueOf(arguments.intValue(option, 0)));
			}
		}
		if (arguments.has("--no-warmup")) {
			args.add("--no-warmup");
		}
		return org.wbsmodeler.diagram.bench.DiagramBenchmark.run(args.toArray(String[]::new), console.out()) == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
	}

	/** Gantt chart layout and SVG of a generated plan of 10,000 rows by default: {@code gantt rows=N svg_ms=X}. */
	private static int gantt(Arguments arguments, Console console) throws CliException {
		java.util.List<String> args = new java.util.ArrayList<>();
		for (String option : new String[] { "--rows", "--runs" }) {
			if (arguments.value(option) != null) {
				args.add(option);
				args.add(String.valueOf(arguments.intValue(option, 0)));
			}
		}
		return org.wbsmodeler.diagram.bench.GanttBenchmark.run(args.toArray(String[]::new), console.out()) == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
	}

	/** Diff and three-way merge of two edited branches of a generated plan: {@code merge activities=N edits=E diff_ms=… merge_ms=…}. */
	private static int merge(Arguments arguments, Console console) throws CliException {
		int activities = arguments.intValue("--activities", 100_000);
		int edits = arguments.intValue("--edits", 1000);
		int runs = arguments.intValue("--runs", 5);
		if (activities < 1 || edits < 0 || runs < 1) {
			throw new CliException("--activities and --runs must be at least 1, --edits at least 0");
		}
		String write = arguments.value("--write");
		try {
			return org.wbsmodeler.merge.bench.MergeBenchmark.run(activities, edits, arguments.intValue("--seed", 1), runs,
					write == null ? null : console.resolve(write), console.out());
		} catch (IOException | org.wbsmodeler.merge.MergeException e) {
			throw new CliException("benchmark failed: " + e.getMessage(), ExitCodes.INTERNAL_ERROR, e);
		}
	}

	/** Our critical-path scheduler against MPXJ's MicrosoftScheduler on random networks of the given sizes. */
	private static int schedule(Arguments arguments, Console console) throws CliException {
		java.util.List<String> args = new java.util.ArrayList<>();
		for (String option : new String[] { "--activities", "--links", "--seed", "--mpxj-max", "--edits" }) {
			if (arguments.value(option) != null) {
				args.add(option);
				args.add(arguments.value(option));
			}
		}
		for (String flag : new String[] { "--no-mpxj", "--verify", "--verbose", "--features" }) {
			if (arguments.has(flag)) {
				args.add(flag);
			}
		}
		int code = org.wbsmodeler.schedule.bench.ScheduleBenchmark.run(args.toArray(String[]::new), console.out());
		return code == 0 ? ExitCodes.OK : code == 2 ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL_ERROR;
	}

	/** {@code wbs bench risk}: the whole analysis on a generated plan (see {@link RiskBenchmark}). */
	private static int risk(Arguments arguments, Console console) throws CliException {
		int activities = arguments.intValue("--activities", 10_000);
		int iterations = arguments.intValue("--iterations", org.wbsmodeler.risk.analysis.RiskOptions.DEFAULT_ITERATIONS);
		int threads = arguments.intValue("--threads", Runtime.getRuntime().availableProcessors());
		int runs = arguments.intValue("--runs", 3);
		if (activities < 1 || iterations < 1 || threads < 1 || runs < 1) {
			throw new CliException("--activities, --iterations, --threads and --runs must be at least 1");
		}
		try {
			console.out().println(org.wbsmodeler.risk.bench.RiskBenchmark.run(activities, iterations, threads, runs, arguments.intValue("--seed", 1)));
			return ExitCodes.OK;
		} catch (org.wbsmodeler.risk.analysis.RiskInputException e) {
			throw new CliException("benchmark failed: " + e.getMessage(), ExitCodes.INTERNAL_ERROR, e);
		}
	}
}
