package org.wbsmodeler.schedule.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.wbsmodeler.schedule.cpm.CriticalPathScheduler;
import org.wbsmodeler.schedule.cpm.IncrementalScheduler;
import org.wbsmodeler.schedule.cpm.ScheduleCycleException;
import org.wbsmodeler.schedule.cpm.ScheduleNetwork;
import org.wbsmodeler.schedule.cpm.ScheduleResult;

/**
 * {@code wbs bench schedule --activities N[,N...] [--links K[,K...]] [--no-mpxj] [--seed S] [--mpxj-max N] [--edits E]
 * [--verify] [--features]}: schedules seeded random networks ({@link BenchmarkNetworks}) with our engine and with MPXJ's
 * MicrosoftScheduler in the same JVM and prints, per size,
 *
 * <pre>
 * activities=N links=L ours_ms=X mpxj_ms=Y ratio=R heap_mb=H
 * </pre>
 *
 * then {@code activities=100000 edit_ms=X}: the median time of single-duration edits followed by an incremental
 * reschedule.
 * <p>
 * What is timed: ours, {@code CriticalPathScheduler.schedule} (cycle check, both passes, floats, critical flags;
 * median of several runs after a warm-up); MPXJ, {@code MicrosoftScheduler.schedule} plus reading every task's
 * critical flag, which is when MPXJ computes total slack (building its ProjectFile is not timed). {@code heap_mb}
 * is the heap in use after a GC with our network and result alive. MPXJ is skipped above {@code --mpxj-max}
 * (default 100,000 activities), where it takes minutes. {@code --links} defaults to three per activity.
 * <p>
 * {@code --features}: the same networks with MS Project's own rules in them (manual, started and finished tasks,
 * resource calendars, elapsed lags: see {@link BenchmarkNetworks#generate(int, int, long, boolean)}); the line ends
 * in {@code features=on}.
 * <p>
 * MPXJ is only touched through {@link MpxjRun}, so {@code --no-mpxj} also works without MPXJ on the class path.
 */
public final class ScheduleBenchmark {

    private static final int EDIT_ACTIVITIES = 100_000;

    private ScheduleBenchmark() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs the benchmark; returns a process exit code (0 ok, 2 bad arguments, 1 failure). */
    public static int run(String[] args, PrintStream out) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            out.println("bench schedule: " + e.getMessage());
            out.println("usage: bench schedule --activities N[,N...] [--links K[,K...]] [--no-mpxj] [--seed S] [--mpxj-max N] "
                    + "[--edits E] [--verify] [--features]");
            return 2;
        }
        try {
            warmUp(options);
            for (int i = 0; i < options.activities.length; i++) {
                measure(options.activities[i], options.links[i], options, out);
            }
            if (options.edits > 0) {
                measureEdits(options, out);
            }
            return 0;
        } catch (ScheduleCycleException e) {
            out.println("bench schedule: generated network has a cycle: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            out.println("bench schedule: " + e);
            return 1;
        }
    }

    /** MPXJ first (its garbage is collected before we measure), then our engine until the JIT has settled. */
    private static void warmUp(Options options) throws Exception {
        if (options.mpxj) {
            ScheduleNetwork small = BenchmarkNetworks.generate(2_000, 6_000, options.seed + 3);
            for (int i = 0; i < 3; i++) {
                MpxjRun.timeMillis(small);
            }
        }
        usedHeapMb();
        ScheduleNetwork network = BenchmarkNetworks.generate(50_000, 150_000, options.seed + 1, options.features);
        for (int i = 0; i < 15; i++) {
            new CriticalPathScheduler().schedule(network);
        }
        IncrementalScheduler scheduler = new IncrementalScheduler(network);
        SplittableRandom random = new SplittableRandom(options.seed + 2);
        for (int i = 0; i < 300; i++) {
            edit(network, random);
            scheduler.reschedule();
        }
    }

    private static void measure(int activities, int links, Options options, PrintStream out) throws Exception {
        ScheduleNetwork network = BenchmarkNetworks.generate(activities, links, options.seed, options.features);
        usedHeapMb(); // collect the previous size's garbage outside the timed runs
        int repeats = activities <= 100_000 ? 15 : 5;
        double[] times = new double[repeats];
        ScheduleResult result = null;
        for (int r = 0; r < repeats; r++) {
            result = null;
            long t0 = System.nanoTime();
            result = new CriticalPathScheduler().schedule(network);
            times[r] = (System.nanoTime() - t0) / 1e6;
        }
        double ours = median(times);
        if (options.verbose) {
            out.println("ours_runs_ms=" + Arrays.toString(times));
        }
        long heapMb = usedHeapMb();
        String mpxjText = "skipped";
        String ratioText = "skipped";
        if (options.mpxj && activities <= options.mpxjMax) {
            int mpxjRepeats = activities <= 10_000 ? 3 : 1;
            double[] mpxjTimes = new double[mpxjRepeats];
            for (int r = 0; r < mpxjRepeats; r++) {
                mpxjTimes[r] = MpxjRun.timeMillis(network);
            }
            double mpxj = median(mpxjTimes);
            mpxjText = format(mpxj);
            ratioText = format(mpxj / ours);
            if (options.verify) {
                out.println("verify activities=" + activities + " differences=" + MpxjRun.differences(network, result));
            }
        }
        out.println("activities=" + activities + " links=" + network.liveLinkCount() + " ours_ms=" + format(ours) + " mpxj_ms=" + mpxjText
                + " ratio=" + ratioText + " heap_mb=" + heapMb + (options.features ? " features=on" : ""));
        out.flush();
        if (result.projectFinish() == Long.MIN_VALUE) {
            throw new IllegalStateException("no result"); // keeps the result reachable for the heap figure above
        }
    }

    private static void measureEdits(Options options, PrintStream out) throws Exception {
        int links = EDIT_ACTIVITIES * 3;
        for (int i = 0; i < options.activities.length; i++) {
            if (options.activities[i] == EDIT_ACTIVITIES) {
                links = options.links[i];
            }
        }
        ScheduleNetwork network = BenchmarkNetworks.generate(EDIT_ACTIVITIES, links, options.seed, options.features);
        IncrementalScheduler scheduler = new IncrementalScheduler(network);
        SplittableRandom random = new SplittableRandom(options.seed + 4);
        for (int i = 0; i < 20; i++) {
            edit(network, random);
            scheduler.reschedule();
        }
        double[] times = new double[options.edits];
        for (int i = 0; i < options.edits; i++) {
            long t0 = System.nanoTime();
            edit(network, random);
            scheduler.reschedule();
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        out.println("activities=" + EDIT_ACTIVITIES + " edit_ms=" + format(median(times)));
        if (options.verbose) {
            double[] sorted = times.clone();
            Arrays.sort(sorted);
            out.println("edit_ms_sorted=" + Arrays.toString(sorted));
        }
        out.flush();
    }

    /** One planner-like edit: a random activity's duration changes by one to three days either way. */
    private static void edit(ScheduleNetwork network, SplittableRandom random) {
        int a = random.nextInt(network.activityCount());
        int day = network.calendar(0).minutesPerDay();
        int change = day * random.nextInt(1, 4) * (random.nextBoolean() ? 1 : -1);
        network.setDuration(a, Math.max(0, network.duration(a) + change));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private static long usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 1 ? "%.1f" : "%.3f", value);
    }

    private static final class Options {
        int[] activities;
        int[] links;
        boolean mpxj = true;
        boolean verify;
        boolean verbose;
        boolean features;
        long seed = 42;
        int mpxjMax = 100_000;
        int edits = 50;

        static Options parse(String[] args) {
            Options o = new Options();
            int[] links = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--activities" -> o.activities = ints(value(args, ++i, arg));
                    case "--links" -> links = ints(value(args, ++i, arg));
                    case "--no-mpxj" -> o.mpxj = false;
                    case "--verify" -> o.verify = true;
                    case "--verbose" -> o.verbose = true;
                    case "--features" -> o.features = true;
                    case "--seed" -> o.seed = Long.parseLong(value(args, ++i, arg));
                    case "--mpxj-max" -> o.mpxjMax = Integer.parseInt(value(args, ++i, arg));
                    case "--edits" -> o.edits = Integer.parseInt(value(args, ++i, arg));
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if (o.activities == null) {
                o.activities = new int[] {10_000, 100_000, 1_000_000};
            }
            for (int a : o.activities) {
                if (a < 1) {
                    throw new IllegalArgumentException("--activities must be positive");
                }
            }
            o.links = new int[o.activities.length];
            for (int i = 0; i < o.activities.length; i++) {
                if (links == null) {
                    o.links[i] = (int) Math.min(Integer.MAX_VALUE, 3L * o.activities[i]);
                } else if (links.length == o.activities.length) {
                    o.links[i] = links[i];
                } else if (links.length == 1) {
                    o.links[i] = links[0];
                } else {
                    throw new IllegalArgumentException("--links needs one value or one per --activities value");
                }
                if (o.links[i] < 0) {
                    throw new IllegalArgumentException("--links must not be negative");
                }
            }
            return o;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int[] ints(String list) {
            List<Integer> values = new ArrayList<>();
            for (String part : list.split(",")) {
                String p = part.trim().replace("_", "");
                if (!p.isEmpty()) {
                    values.add(Integer.parseInt(p));
                }
            }
            if (values.isEmpty()) {
                throw new IllegalArgumentException("empty list: " + list);
            }
            return values.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
