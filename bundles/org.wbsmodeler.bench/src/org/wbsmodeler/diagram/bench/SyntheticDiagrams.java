package org.wbsmodeler.diagram.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.wbsmodeler.diagram.build.Boxes;
import org.wbsmodeler.diagram.build.Palette;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramKind;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.TextLine;

/**
 * Diagrams of any size without an EMF model, for tests and the benchmark. They look like real ones: a WBS with
 * phases, deliverables, work packages and activities; a network of activities with realistic fan-in and fan-out
 * whose dates come from a small critical path computation, so the critical path is a real path.
 */
public final class SyntheticDiagrams {

    private static final String[] WORDS = { "Configure", "Migrate", "Design", "Test", "Train", "Review", "Deploy",
            "Integrate", "Document", "Approve", "customer", "sales", "pipeline", "data", "service", "tickets",
            "marketing", "campaign", "reports", "users", "interfaces", "accounting", "forecast", "module" };
    private static final String[] LEVELS = { "Phase", "Deliverable", "Work package", "Activity" };

    private SyntheticDiagrams() {
    }

    /** A WBS tree of exactly {@code nodes} boxes: project, then levels with about {@code fanOut} children each. */
    public static Diagram wbsTree(int nodes, int fanOut, long seed) {
        if (nodes < 1) {
            throw new IllegalArgumentException("nodes must be >= 1");
        }
        Random random = new Random(seed);
        Diagram d = new Diagram(DiagramKind.TREE).setTitle("WBS — synthetic project (" + nodes + " elements)");
        DiagramNode root = d.addNode("0", Boxes.wbs(null, "CRM implementation", null, money(random, 1_000_000)))
                .setStyle(Palette.PROJECT);
        List<DiagramNode> frontier = new ArrayList<>(List.of(root));
        List<String> codes = new ArrayList<>(List.of(""));
        int count = 1;
        int level = 0;
        while (count < nodes) {
            List<DiagramNode> next = new ArrayList<>();
            List<String> nextCodes = new ArrayList<>();
            for (int p = 0; p < frontier.size() && count < nodes; p++) {
                int kids = level == 0 ? Math.max(3, fanOut + 1) : fanOut - 1 + random.nextInt(3);
                for (int k = 1; k <= kids && count < nodes; k++) {
                    String code = codes.get(p).isEmpty() ? Integer.toString(k) : codes.get(p) + "." + k;
                    String kind = LEVELS[Math.min(level, LEVELS.length - 1)];
                    DiagramNode n = d.addNode(code, Boxes.wbs(code, kind + ": " + phrase(random, 2 + random.nextInt(4)),
                            (1 + random.nextInt(20)) + " d", money(random, 50_000)));
                    n.setStyle(switch (Math.min(level, 3)) {
                        case 0 -> Palette.PHASE;
                        case 1 -> Palette.DELIVERABLE;
                        case 2 -> Palette.WORK_PACKAGE;
                        default -> Palette.ACTIVITY;
                    });
                    d.addEdge(frontier.get(p), n).setStyle(Palette.TREE_LINE).setArrowHead(false);
                    next.add(n);
                    nextCodes.add(code);
                    count++;
                }
            }
            frontier = next;
            codes = nextCodes;
            level++;
        }
        return d;
    }

    /**
     * An activity network of {@code nodes} activities shaped like a real schedule: work packages are chains of
     * four to nine activities; the first activity of a chain waits for the end of one or two of the eight chains
     * before it, and now and then an activity also waits for one in a neighbouring chain. Dates are day numbers
     * from a forward and a backward pass; zero-float activities and the links between them are critical.
     */
    public static Diagram network(int nodes, long seed) {
        Random random = new Random(seed);
        int[] duration = new int[nodes];
        List<List<Integer>> preds = new ArrayList<>();
        List<int[]> chains = new ArrayList<>(); // {first, last}
        int chainStart = 0;
        int chainLength = 4 + random.nextInt(6);
        for (int i = 0; i < nodes; i++) {
            duration[i] = 1 + random.nextInt(10);
            List<Integer> p = new ArrayList<>();
            if (i == chainStart) {
                int links = chains.isEmpty() ? 0 : 1 + random.nextInt(2);
                for (int k = 0; k < links; k++) {
                    int[] chain = chains.get(Math.max(0, chains.size() - 1 - random.nextInt(8)));
                    if (!p.contains(chain[1])) {
                        p.add(chain[1]);
                    }
                }
            } else {
                p.add(i - 1);
                if (random.nextInt(10) == 0 && !chains.isEmpty()) {
                    int[] chain = chains.get(Math.max(0, chains.size() - 1 - random.nextInt(3)));
                    int other = chain[0] + random.nextInt(chain[1] - chain[0] + 1);
                    if (!p.contains(other)) {
                        p.add(other);
                    }
                }
            }
            preds.add(p);
            if (i == chainStart + chainLength - 1 || i == nodes - 1) {
                chains.add(new int[] { chainStart, i });
                chainStart = i + 1;
                chainLength = 4 + random.nextInt(6);
            }
        }
        int[] es = new int[nodes];
        int[] ef = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            for (int p : preds.get(i)) {
                es[i] = Math.max(es[i], ef[p]);
            }
            ef[i] = es[i] + duration[i];
        }
        int finish = 0;
        for (int v : ef) {
            finish = Math.max(finish, v);
        }
        int[] lf = new int[nodes];
        int[] ls = new int[nodes];
        Arrays.fill(lf, finish);
        for (int i = nodes - 1; i >= 0; i--) {
            ls[i] = lf[i] - duration[i];
            for (int p : preds.get(i)) {
                lf[p] = Math.min(lf[p], ls[i]);
            }
        }
        Diagram d = new Diagram(DiagramKind.NETWORK).setTitle("Network — synthetic schedule (" + nodes + " activities)");
        DiagramNode[] boxes = new DiagramNode[nodes];
        for (int i = 0; i < nodes; i++) {
            int tf = ls[i] - es[i];
            boxes[i] = d.addNode("a" + i, Boxes.activity("A" + (i + 1), phrase(random, 2 + random.nextInt(3)),
                    "day " + es[i], duration[i] + " d", "day " + ef[i], "day " + ls[i], tf + " d", "day " + lf[i]));
            boxes[i].setStyle(tf == 0 ? Palette.ACTIVITY.asCritical() : Palette.ACTIVITY);
        }
        for (int i = 0; i < nodes; i++) {
            for (int p : preds.get(i)) {
                boolean critical = ls[p] == es[p] && ls[i] == es[i] && ef[p] == es[i];
                // plain finish-to-start links, which NetworkBuilder draws unlabelled
                DiagramEdge e = d.addEdge(boxes[p], boxes[i]);
                e.setStyle(critical ? Palette.DEPENDENCY.asCritical() : Palette.DEPENDENCY);
            }
        }
        return d;
    }

    /** Processes with steps in a row, owner badges, and dashed links from some steps to shared WBS boxes. */
    public static Diagram process(int processes, int steps, long seed) {
        Random random = new Random(seed);
        Diagram d = new Diagram(DiagramKind.PROCESS).setTitle("PBS — synthetic processes");
        List<DiagramNode> wbs = new ArrayList<>();
        List<DiagramNode[]> all = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            DiagramNode proc = d.addNode("p" + p, List.of(TextLine.bold("Process " + (p + 1) + ": " + phrase(random, 2)))).setStyle(Palette.PROCESS);
            proc.setBadge("Owner " + (char) ('A' + p));
            DiagramNode[] row = new DiagramNode[steps];
            for (int s = 0; s < steps; s++) {
                row[s] = d.addNode("p" + p + "s" + s, Boxes.step(phrase(random, 2 + random.nextInt(3)),
                        "within " + (1 + random.nextInt(48)) + " h", "Resources: " + phrase(random, 2), null), proc)
                        .setStyle(Palette.STEP).setBadge("Role " + (char) ('K' + random.nextInt(5)));
                if (s > 0) {
                    d.addEdge(row[s - 1], row[s]).setStyle(Palette.FLOW);
                }
            }
            all.add(row);
        }
        for (int w = 0; w < Math.max(1, processes); w++) {
            wbs.add(d.addNode("w" + w, Boxes.wbs("2." + (w + 1), phrase(random, 3), null, null))
                    .setStyle(Palette.WBS_REF));
        }
        for (DiagramNode[] row : all) {
            for (DiagramNode step : row) {
                if (random.nextInt(3) == 0) {
                    d.addEdge(step, wbs.get(random.nextInt(wbs.size()))).setStyle(Palette.TRACE);
                }
            }
        }
        return d;
    }

    private static String phrase(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static String money(Random random, int max) {
        return String.format(Locale.ROOT, "%,d USD", 1000 * (1 + random.nextInt(Math.max(1, max / 1000))));
    }
}
