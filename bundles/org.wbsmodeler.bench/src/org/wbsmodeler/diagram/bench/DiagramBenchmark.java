package org.wbsmodeler.diagram.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.function.Supplier;

import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.model.Diagram;

/**
 * Times the headless pipeline (size boxes, ELK layout, SVG text) on synthetic diagrams of the sizes we promise:
 * a 2000-activity network within 2 s and a 500-element WBS within 0.5 s.
 *
 * <p>Each diagram is built fresh for every run (layout works in place) and building is not timed. Untimed warm-up
 * runs (5, as JMH does by default) let the JIT compile ELK first: after one, the compiler threads still burned more
 * CPU than the layout itself, so the figure mixed compiling in. {@code ms} is the median of the timed runs, what a
 * studio session that has laid out a few diagrams sees; {@code first_ms} is the first, cold run, what one
 * {@code ./wbs render} call pays. Options: {@code --runs N} (default 3), {@code --warmup N} (default 5),
 * {@code --network N}, {@code --wbs N} (node counts), {@code --no-warmup} (same as {@code --warmup 0}).
 */
public final class DiagramBenchmark {

    private DiagramBenchmark() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs the benchmark and prints one line per diagram; returns 0, or 2 on bad arguments. */
    public static int run(String[] args, PrintStream out) {
        int runs = 3;
        int networkNodes = 2000;
        int wbsNodes = 500;
        int warmups = 5;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    case "--network" -> networkNodes = Integer.parseInt(args[++i]);
                    case "--wbs" -> wbsNodes = Integer.parseInt(args[++i]);
                    case "--no-warmup" -> warmups = 0;
                    case "--warmup" -> warmups = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (runs < 1 || networkNodes < 1 || wbsNodes < 1 || warmups < 0) {
                throw new IllegalArgumentException("counts must be positive");
            }
        } catch (RuntimeException e) {
            out.println("usage: DiagramBenchmark [--runs N] [--warmup N] [--network N] [--wbs N] [--no-warmup]: " + e.getMessage());
            return 2;
        }
        DiagramExporter exporter = new DiagramExporter();
        final int nn = networkNodes;
        final int wn = wbsNodes;
        long[] network = time(exporter, () -> SyntheticDiagrams.network(nn, 42), runs, warmups);
        out.println("diagram=network nodes=" + networkNodes + " ms=" + network[0] + " first_ms=" + network[1]);
        long[] wbs = time(exporter, () -> SyntheticDiagrams.wbsTree(wn, 4, 42), runs, warmups);
        out.println("diagram=wbs nodes=" + wbsNodes + " ms=" + wbs[0] + " first_ms=" + wbs[1]);
        return 0;
    }

    /** The median of the timed runs after the warm-ups, and the first run of all (timed too). */
    private static long[] time(DiagramExporter exporter, Supplier<Diagram> factory, int runs, int warmups) {
        long first = -1;
        for (int w = 0; w < warmups; w++) {
            long ms = timeOnce(exporter, factory.get());
            first = first < 0 ? ms : first;
        }
        long[] times = new long[runs];
        for (int r = 0; r < runs; r++) {
            times[r] = timeOnce(exporter, factory.get());
            first = first < 0 ? times[r] : first;
        }
        Arrays.sort(times);
        return new long[] { times[runs / 2], first };
    }

    private static long timeOnce(DiagramExporter exporter, Diagram diagram) {
        long start = System.nanoTime();
        once(exporter, diagram);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void once(DiagramExporter exporter, Diagram diagram) {
        exporter.prepare(diagram);
        String svg = exporter.toSvg(diagram);
        if (svg.isEmpty()) {
            throw new IllegalStateException("empty SVG");
        }
    }
}
