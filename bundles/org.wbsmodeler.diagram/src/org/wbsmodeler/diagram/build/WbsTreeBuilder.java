package org.wbsmodeler.diagram.build;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.diagram.style.DiagramStyles;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramKind;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.Style;
import org.wbsmodeler.model.ElementKind;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.util.ElementIds;
import org.wbsmodeler.model.util.ElementKinds;

/**
 * Builds the WBS chart: the project on top, each element a box with its code, name, duration and cost, children
 * below their parent. This is the view the case study asks for to show scope to a team: who sees the chart sees
 * all the work (the 100% rule) at a glance.
 *
 * <p>Options: a depth limit (levels below the project) and collapsed subtrees. A box whose children are hidden,
 * either way, carries a "+n" badge with the number of hidden elements and a dashed border, so nothing disappears
 * silently from a picture that claims to show the whole scope.
 */
public final class WbsTreeBuilder {

    private int depth = Integer.MAX_VALUE;
    private Predicate<WbsElement> collapsed = e -> false;
    private WbsFigures figures = WbsFigures.standard();
    private boolean showFigures = true;

    /** Shows at most {@code levels} levels below the project (1 = phases only); must be at least 1. */
    public WbsTreeBuilder depth(int levels) {
        if (levels < 1) {
            throw new IllegalArgumentException("depth must be at least 1: " + levels);
        }
        this.depth = levels;
        return this;
    }

    /** Hides the children of these elements. */
    public WbsTreeBuilder collapse(Collection<? extends WbsElement> elements) {
        Set<WbsElement> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(elements);
        this.collapsed = set::contains;
        return this;
    }

    /** Hides the children of the elements the predicate accepts (for a UI that keeps its own expansion state). */
    public WbsTreeBuilder collapse(Predicate<WbsElement> predicate) {
        this.collapsed = predicate;
        return this;
    }

    /** Where durations and costs come from (default {@link WbsFigures#standard()}). */
    public WbsTreeBuilder figures(WbsFigures newFigures) {
        this.figures = newFigures;
        return this;
    }

    /** Whether boxes show duration and cost (default) or only code and name. */
    public WbsTreeBuilder showFigures(boolean show) {
        this.showFigures = show;
        return this;
    }

    /** The chart of the whole project. */
    public Diagram build(Project project) {
        Diagram diagram = new Diagram(DiagramKind.TREE).setTitle("WBS \u2014 " + nameOf(project.getName()));
        Context ctx = new Context(diagram, project.getCurrency());
        double total = 0;
        for (WbsElement child : project.getChildren()) {
            total += figures.cost(child);
        }
        DiagramNode root = diagram.addNode("project",
                Boxes.wbs(null, nameOf(project.getName()), null, showFigures ? Formats.money(total, ctx.currency) : null))
                .setStyle(Palette.PROJECT).setSource(project);
        addChildren(ctx, project, root, 1);
        return diagram;
    }

    /** The chart of one element's subtree, that element on top (to show one deliverable to its team). */
    public Diagram build(WbsElement top) {
        Project project = projectOf(top);
        String currency = project == null ? null : project.getCurrency();
        Diagram diagram = new Diagram(DiagramKind.TREE)
                .setTitle("WBS \u2014 " + top.getCode() + " " + nameOf(top.getName()));
        Context ctx = new Context(diagram, currency);
        DiagramNode root = addElement(ctx, top, 0);
        if (top instanceof WbsContainer container) {
            addChildren(ctx, container, root, 1);
        }
        return diagram;
    }

    private void addChildren(Context ctx, WbsContainer container, DiagramNode parentBox, int level) {
        for (WbsElement child : container.getChildren()) {
            DiagramNode box = addElement(ctx, child, level);
            ctx.diagram.addEdge(parentBox, box).setStyle(Palette.TREE_LINE).setArrowHead(false);
            if (child.isSummary() && child instanceof WbsContainer sub) {
                if (level >= depth || collapsed.test(child)) {
                    box.setBadge("+" + OutlineIndex.build(sub).size());
                    box.setStyle(box.getStyle().withDashed(true));
                } else {
                    addChildren(ctx, sub, box, level + 1);
                }
            }
        }
    }

    private DiagramNode addElement(Context ctx, WbsElement element, int level) {
        String code = element.getCode();
        String codeRow = element instanceof Milestone ? code + " \u00b7 milestone" : code;
        String duration = showFigures ? Formats.days(figures.durationDays(element)) : null;
        String cost = showFigures ? Formats.money(figures.cost(element), ctx.currency) : null;
        String id = ElementIds.of(element);
        return DiagramStyles.installed().apply(element, ctx.diagram.addNode(id != null ? "wbs-" + id : ctx.uniqueId(code), Boxes.wbs(codeRow, nameOf(element.getName()), duration, cost))
                .setStyle(styleOf(element, level)).setSource(element));
    }

    /** Style by element type; an element type the metamodel may add later falls back to its level. */
    static Style styleOf(WbsElement element, int level) {
        ElementKind kind = ElementKinds.of(element);
        if (kind == null) {
            return level <= 1 ? Palette.PHASE : Palette.ACTIVITY;
        }
        return switch (kind) {
            case PHASE -> Palette.PHASE;
            case DELIVERABLE -> Palette.DELIVERABLE;
            case WORK_PACKAGE -> Palette.WORK_PACKAGE;
            case MILESTONE -> Palette.MILESTONE;
            case ACTIVITY -> Palette.ACTIVITY;
        };
    }

    private static Project projectOf(WbsElement element) {
        for (EObject o = element; o != null; o = o.eContainer()) {
            if (o instanceof Project p) {
                return p;
            }
        }
        return null;
    }

    static String nameOf(String name) {
        return name == null || name.isBlank() ? "(unnamed)" : name;
    }

    /** Per-build state: node ids must be unique even when custom codes repeat. */
    private static final class Context {
        final Diagram diagram;
        final String currency;
        private final Set<String> ids = new HashSet<>();
        private final Map<String, Integer> repeats = new HashMap<>();

        Context(Diagram diagram, String currency) {
            this.diagram = diagram;
            this.currency = currency;
            ids.add("project");
        }

        String uniqueId(String code) {
            String base = "wbs-" + (code == null || code.isBlank() ? "element" : code);
            String id = base;
            while (!ids.add(id)) {
                id = base + "~" + repeats.merge(base, 1, Integer::sum);
            }
            return id;
        }
    }
}
