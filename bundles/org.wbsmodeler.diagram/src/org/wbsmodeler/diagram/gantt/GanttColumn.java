package org.wbsmodeler.diagram.gantt;

/**
 * A column of the table left of the bars in an exported chart (SVG, PNG, the report). A view names the columns its
 * audience reads; the editor's Gantt page shows the Plan table instead and asks for none. Widths are in diagram
 * pixels at the chart's font size; the name column is as wide as its longest name, within limits.
 */
public enum GanttColumn {
    CODE("Code", 44, false),
    NAME("Name", 0, false),
    START("Start", 70, false),
    FINISH("Finish", 70, false),
    DURATION("Duration", 56, true),
    TOTAL_FLOAT("Float", 46, true),
    PERCENT_COMPLETE("% done", 48, true),
    RESOURCES("People", 0, false);

    private final String title;
    private final double width;
    private final boolean numeric;

    GanttColumn(String title, double width, boolean numeric) {
        this.title = title;
        this.width = width;
        this.numeric = numeric;
    }

    /** The heading. */
    public String title() {
        return title;
    }

    /** Fixed width, or 0 for a column sized by its content (name, people). */
    public double fixedWidth() {
        return width;
    }

    /** Whether the values are right-aligned numbers. */
    public boolean numeric() {
        return numeric;
    }

    /** The column named {@code text} ("float", "total_float", "people", "resources", any case), or {@code null}. */
    public static GanttColumn parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().toUpperCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
        return switch (t) {
            case "FLOAT" -> TOTAL_FLOAT;
            case "PEOPLE", "RESOURCE", "RESOURCE_NAMES" -> RESOURCES;
            case "PERCENT", "%", "COMPLETE", "%_COMPLETE" -> PERCENT_COMPLETE;
            default -> {
                for (GanttColumn c : values()) {
                    if (c.name().equals(t)) {
                        yield c;
                    }
                }
                yield null;
            }
        };
    }
}
