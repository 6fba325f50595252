package org.wbsmodeler.diagram.build;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.wbsmodeler.diagram.style.DiagramStyles;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramKind;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.Style;
import org.wbsmodeler.diagram.model.TextLine;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.util.ElementIds;
import org.wbsmodeler.schedule.rollup.RollUp;
import org.wbsmodeler.schedule.rollup.Totals;

/**
 * Builds the dependency network (activity on node), like MS Project's network diagram: one box per activity with
 * early start, duration and early finish on top, code and name in the middle, late start, total float and late
 * finish below; one arrow per dependency, labelled with its type and lag unless it is a plain finish-to-start link
 * (MS Project's network view labels none: the common case unlabelled, the others stand out); the critical path in red.
 *
 * <p>Dates come from a schedule passed in as a function (the editor's live schedule, the CLI's computed one) or,
 * with {@link #build(Project)}, from the attributes {@code ./wbs schedule --save} stores; an unscheduled model shows
 * dashes instead of dates and no critical path. Boxes are keyed by the element's id, not its position, so a box keeps
 * its place and selection across edits. Boxes are the leaves of the WBS (activities, milestones, childless summaries) plus
 * any summary that is itself the end of a dependency.
 *
 * <p>A dependency is drawn critical when both of its ends are critical. That is the usual reading of a network
 * diagram; a non-driving link between two critical activities (rare) is drawn red too.
 */
public final class NetworkBuilder {

    private boolean criticalOnly;
    private DateTimeFormatter dateFormat = DateTimeFormatter.ISO_LOCAL_DATE;

    /** Shows only critical activities and the links between them. */
    public NetworkBuilder criticalOnly(boolean only) {
        this.criticalOnly = only;
        return this;
    }

    /** Date pattern in boxes (default ISO, 2027-02-01). */
    public NetworkBuilder dateFormat(DateTimeFormatter format) {
        this.dateFormat = format;
        return this;
    }

    /** The network with the dates stored in the model ({@code schedule --save}). */
    public Diagram build(Project project) {
        return build(project, RollUp::stored);
    }

    /** The network with the dates of a schedule: {@code totals} gives each element's, null where there are none. */
    public Diagram build(Project project, Function<WbsElement, Totals> totals) {
        Diagram diagram = new Diagram(DiagramKind.NETWORK).setTitle("Network \u2014 "
                + WbsTreeBuilder.nameOf(project.getName()) + (criticalOnly ? " (critical path)" : ""));
        OutlineIndex outline = OutlineIndex.build(project);
        List<WbsElement> elements = outline.elements();
        Set<WbsElement> predecessors = Collections.newSetFromMap(new IdentityHashMap<>());
        for (WbsElement e : elements) {
            for (Dependency d : e.getPredecessors()) {
                predecessors.add(d.getPredecessor());
            }
        }
        List<WbsElement> shown = new ArrayList<>();
        for (WbsElement e : elements) {
            boolean leaf = !e.isSummary();
            boolean linked = !e.getPredecessors().isEmpty() || predecessors.contains(e);
            if ((leaf || linked) && (!criticalOnly || critical(totals.apply(e)))) {
                shown.add(e);
            }
        }
        Map<WbsElement, DiagramNode> boxes = new IdentityHashMap<>();
        Map<WbsElement, Totals> figures = new IdentityHashMap<>();
        int i = 0;
        for (WbsElement e : shown) {
            i++;
            Totals t = totals.apply(e);
            figures.put(e, t);
            boolean scheduled = t != null && t.start() != null;
            String floatText = scheduled ? Formats.days(t.totalFloatDays()) : Formats.NONE;
            String id = ElementIds.of(e);
            DiagramNode box = diagram.addNode("act-" + (id == null ? Integer.toString(i) : id), Boxes.activity(outline.code(e), WbsTreeBuilder.nameOf(e.getName()),
                    date(scheduled ? t.start() : null), Formats.days(e.getDuration()), date(scheduled ? t.finish() : null),
                    date(scheduled ? t.lateStart() : null), floatText, date(scheduled ? t.lateFinish() : null)));
            Style style = e instanceof Milestone ? Palette.MILESTONE : Palette.ACTIVITY;
            box.setStyle(critical(t) ? style.asCritical() : style).setSource(e);
            DiagramStyles.installed().apply(e, box);
            boxes.put(e, box);
        }
        for (WbsElement successor : shown) {
            for (Dependency d : successor.getPredecessors()) {
                DiagramNode from = boxes.get(d.getPredecessor());
                if (from == null || d.getPredecessor() == successor) {
                    continue; // hidden (critical-only) or broken reference
                }
                boolean critical = critical(figures.get(d.getPredecessor())) && critical(figures.get(successor));
                DiagramEdge edge = diagram.addEdge(from, boxes.get(successor)).setLabel(label(d)).setSourceObject(d);
                edge.setStyle(critical ? Palette.DEPENDENCY.asCritical() : Palette.DEPENDENCY);
            }
        }
        if (shown.isEmpty()) {
            diagram.addNode("empty", List.of(TextLine.text(criticalOnly
                    ? "No critical activities (is the plan scheduled?)" : "No activities in this model yet")))
                    .setStyle(Palette.COLLAPSED);
        }
        return diagram;
    }

    private static boolean critical(Totals totals) {
        return totals != null && totals.critical();
    }

    /**
     * "SS", "SS +2 d", "FS −1 d"; null (no label) for a finish-to-start link without lag. Besides reading better, a
     * label is an ELK end label to place: they cost a tenth of a 2,000-box network's layout.
     */
    static String label(Dependency d) {
        DependencyType type = d.getType() == null ? DependencyType.FS : d.getType();
        String lag = Formats.lag(d.getLag());
        if (lag.isEmpty()) {
            return type == DependencyType.FS ? null : type.getLiteral();
        }
        return type.getLiteral() + " " + lag;
    }

    private String date(LocalDateTime date) {
        return Formats.date(date, dateFormat);
    }

}
