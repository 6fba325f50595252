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
 * <p>Each diagram is built fresh for every run (layout works in place) and building is not timed. One untimed
 * warm-up run lets the JIT compile ELK first; the figure printed is the median of the timed runs, which is what a
 * user of the editor sees on the second and later renders. Options: {@code --runs N} (default 3),
 * {@code --network N}, {@code --wbs N} (node counts), {@code --no-warmup} (cold figures, as one CLI call sees).
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
        boolean warmup = true;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    case "--network" -> networkNodes = Integer.parseInt(args[++i]);
                    case "--wbs" -> wbsNodes = Integer.parseInt(args[++i]);
                    case "--no-warmup" -> warmup = false;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (runs < 1 || networkNodes < 1 || wbsNodes < 1) {
                throw new IllegalArgumentException("counts must be positive");
            }
        } catch (RuntimeException e) {
            out.println("usage: DiagramBenchmark [--runs N] [--network N] [--wbs N] [--no-warmup]: " + e.getMessage());
            return 2;
        }
        DiagramExporter exporter = new DiagramExporter();
        final int nn = networkNodes;
        final int wn = wbsNodes;
        long network = time(exporter, () -> SyntheticDiagrams.network(nn, 42), runs, warmup);
        out.println("diagram=network nodes=" + networkNodes + " ms=" + network);
        long wbs = time(exporter, () -> SyntheticDiagrams.wbsTree(wn, 4, 42), runs, warmup);
        out.println("diagram=wbs nodes=" + wbsNodes + " ms=" + wbs);
        return 0;
    }

    private static long time(DiagramExporter exporter, Supplier<Diagram> factory, int runs,
            boolean warmup) {
        if (warmup) {
            once(exporter, factory.get());
        }
        long[] times = new long[runs];
        for (int r = 0; r < runs; r++) {
            Diagram d = factory.get();
            long start = System.nanoTime();
            once(exporter, d);
            times[r] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    private static void once(DiagramExporter exporter, Diagram diagram) {
        exporter.prepare(diagram);
        String svg = exporter.toSvg(diagram);
        if (svg.isEmpty()) {
            throw new IllegalStateException("empty SVG");
        }
    }
}
