package org.wbsmodeler.diagram.build;

import java.util.ArrayList;
import java.util.List;

import org.wbsmodeler.diagram.model.TextLine;

/**
 * The text layout of each kind of box, shared by the model builders and the synthetic diagrams of tests and
 * benchmarks so that both measure the same thing.
 */
public final class Boxes {

    private Boxes() {
    }

    /** WBS chart box: code, name, and a figures row (duration | cost) when there are figures. */
    public static List<TextLine> wbs(String code, String name, String duration, String cost) {
        List<TextLine> lines = new ArrayList<>();
        if (code != null && !code.isBlank()) {
            lines.add(TextLine.cells(false, code).withFontSize(TextLine.SMALL));
        }
        lines.add(TextLine.bold(name == null || name.isBlank() ? "(unnamed)" : name));
        List<String> figures = new ArrayList<>();
        if (duration != null) {
            figures.add(duration);
        }
        if (cost != null) {
            figures.add(cost);
        }
        if (!figures.isEmpty()) {
            lines.add(TextLine.cells(true, figures.toArray(String[]::new)));
        }
        return lines;
    }

    /**
     * Activity-on-node box as in the textbook network diagram and MS Project's network view:
     *
     * <pre>
     * | ES 2025-03-03 | 5 d      | EF 2025-03-07 |
     * |        1.2.3  Configure sales module      |
     * | LS 2025-03-05 | Float 2 d| LF 2025-03-11 |
     * </pre>
     */
    public static List<TextLine> activity(String code, String name, String earlyStart, String duration,
            String earlyFinish, String lateStart, String totalFloat, String lateFinish) {
        List<TextLine> lines = new ArrayList<>();
        lines.add(TextLine.cells(false, "ES " + earlyStart, duration, "EF " + earlyFinish));
        String title = (code == null || code.isBlank() ? "" : code + "  ") + (name == null ? "" : name);
        lines.add(TextLine.bold(title).withRuleAbove(true));
        lines.add(TextLine.cells(true, "LS " + lateStart, "Float " + totalFloat, "LF " + lateFinish));
        return lines;
    }

    /** Process step box: name, then timing and cycle time, then resources, then linked WBS codes. */
    public static List<TextLine> step(String name, String timing, String resources, String wbsCodes) {
        List<TextLine> lines = new ArrayList<>();
        lines.add(TextLine.bold(name == null || name.isBlank() ? "(unnamed step)" : name));
        if (timing != null && !timing.isBlank()) {
            lines.add(TextLine.text(timing).withFontSize(TextLine.SMALL).withRuleAbove(true));
        }
        if (resources != null && !resources.isBlank()) {
            lines.add(TextLine.text(resources).withFontSize(TextLine.SMALL));
        }
        if (wbsCodes != null && !wbsCodes.isBlank()) {
            lines.add(TextLine.text(wbsCodes).withFontSize(TextLine.SMALL));
        }
        return lines;
    }
}
