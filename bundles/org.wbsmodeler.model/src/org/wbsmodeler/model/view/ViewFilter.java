package org.wbsmodeler.model.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.CrmComponent;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.ElementKind;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.Role;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.util.ElementKinds;

/**
 * Which elements a {@link View} keeps. An element <em>matches</em> when it passes every criterion the view sets
 * (critical only, kinds, outline level, resources, roles, CRM components, phases, text); the view <em>keeps</em> the
 * matching elements and every summary above one, so a kept task is always seen under its phase and deliverable.
 *
 * <p>A criterion naming only things no longer in the project (a deleted resource) matches nothing; names that still
 * exist keep working beside the stale ones. The validator reports stale names ({@code ViewRule}); here they are
 * skipped, never followed.
 */
public final class ViewFilter {

    /**
     * What a view keeps.
     *
     * @param kept    the kept elements in outline order
     * @param matched how many of them match the criteria themselves (the rest are summaries kept above them)
     * @param outline the outline the filter walked
     */
    public record Result(List<WbsElement> kept, int matched, OutlineIndex outline) {

        /** Whether an element is kept (constant time). */
        public boolean keeps(WbsElement element) {
            return keptSet().contains(element);
        }

        /** The kept elements as an identity set. */
        public Set<WbsElement> keptSet() {
            Set<WbsElement> set = Collections.newSetFromMap(new IdentityHashMap<>(kept.size() * 2));
            set.addAll(kept);
            return set;
        }

        /** Dependencies of the project with exactly one end kept: what a filtered plan must drop. */
        public List<Dependency> droppedLinks() {
            Set<WbsElement> set = keptSet();
            List<Dependency> dropped = new ArrayList<>();
            for (WbsElement e : outline.elements()) {
                for (Dependency d : e.getPredecessors()) {
                    if (set.contains(e) != set.contains(d.getPredecessor())) {
                        dropped.add(d);
                    }
                }
            }
            return dropped;
        }
    }

    private ViewFilter() {
    }

    /** The view on the project with the critical flags the last schedule stored on the elements. */
    public static Result apply(Project project, View view) {
        return apply(project, OutlineIndex.build(project), view, WbsElement::isCritical);
    }

    /**
     * The view on the project.
     *
     * @param critical whether a leaf is critical (the editor passes its live schedule's flags)
     */
    public static Result apply(Project project, OutlineIndex outline, View view, Predicate<WbsElement> critical) {
        Criteria criteria = new Criteria(project, view, critical);
        List<OutlineIndex.Line> lines = outline.lines();
        boolean[] keep = new boolean[lines.size()];
        int matched = 0;
        // walk in outline order with the path of ancestors: a match keeps every summary above it
        int[] path = new int[64];
        boolean[] underMatch = new boolean[64];
        for (int i = 0; i < lines.size(); i++) {
            OutlineIndex.Line line = lines.get(i);
            int level = line.level();
            if (level >= path.length) {
                path = java.util.Arrays.copyOf(path, level * 2);
                underMatch = java.util.Arrays.copyOf(underMatch, level * 2);
            }
            path[level] = i;
            boolean inherited = level > 1 && underMatch[level - 1];
            boolean subtree = criteria.subtreeMatch(line.element(), inherited);
            underMatch[level] = subtree;
            if (subtree && criteria.matches(line.element(), line)) {
                matched++;
                for (int l = level; l >= 1 && !keep[path[l]]; l--) {
                    keep[path[l]] = true;
                }
            }
        }
        List<WbsElement> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (keep[i]) {
                kept.add(lines.get(i).element());
            }
        }
        return new Result(kept, matched, outline);
    }

    /** The view of a project with that name (exact, then ignoring case), or {@code null}. */
    public static View find(Project project, String name) {
        for (View v : project.getViews()) {
            if (name.equals(v.getName())) {
                return v;
            }
        }
        for (View v : project.getViews()) {
            if (v.getName() != null && name.equalsIgnoreCase(v.getName().trim())) {
                return v;
            }
        }
        return null;
    }

    /** Whether a referenced object is still part of the project (not deleted, not an unresolved proxy). */
    public static boolean exists(Project project, EObject target) {
        return target != null && !target.eIsProxy() && EcoreUtil.isAncestor(project, target);
    }

    /** The view's criteria, with stale references dropped once. */
    private static final class Criteria {
        private final View view;
        private final Predicate<WbsElement> critical;
        private final Set<Resource> resources = identitySet();
        private final Set<Role> roles = identitySet();
        private final Set<WbsElement> delivering = identitySet();
        private final Set<WbsElement> phases = identitySet();
        private final String[] words;

        Criteria(Project project, View view, Predicate<WbsElement> critical) {
            this.view = view;
            this.critical = critical;
            view.getResources().stream().filter(r -> exists(project, r)).forEach(resources::add);
            view.getRoles().stream().filter(r -> exists(project, r)).forEach(roles::add);
            for (CrmComponent c : view.getComponents()) {
                if (exists(project, c)) {
                    c.getDeliveredBy().stream().filter(e -> exists(project, e)).forEach(delivering::add);
                }
            }
            view.getPhases().stream().filter(e -> exists(project, e)).forEach(phases::add);
            words = words(view.getTextMatch());
        }

        /**
         * The criteria that hold for a whole subtree once they hold for a summary: the phases, the components, the
         * text (which also matches the names of summaries above). {@code inherited}: the parent passed them.
         */
        boolean subtreeMatch(WbsElement e, boolean inherited) {
            if (inherited) {
                return true;
            }
            if (!view.getPhases().isEmpty() && !phases.contains(e)) {
                if (!hasAncestorIn(e, phases)) {
                    return false;
                }
            }
            if (!view.getComponents().isEmpty() && !delivering.contains(e) && !hasAncestorIn(e, delivering)) {
                return false;
            }
            return words.length == 0 || textMatches(e) || hasTextAncestor(e);
        }

        /** The criteria that concern the element itself. */
        boolean matches(WbsElement e, OutlineIndex.Line line) {
            if (view.isCriticalOnly() && (line.summary() || !critical.test(e))) {
                return false;
            }
            if (!view.getKinds().isEmpty() && !view.getKinds().contains(kind(e))) {
                return false;
            }
            if (view.getMaxLevel() > 0 && line.level() > view.getMaxLevel()) {
                return false;
            }
            if (!view.getResources().isEmpty() && !assigned(e, a -> resources.contains(a.getResource()))) {
                return false;
            }
            return view.getRoles().isEmpty()
                    || assigned(e, a -> a.getResource() != null && roles.contains(a.getResource().getRole()));
        }

        private boolean hasAncestorIn(WbsElement e, Set<WbsElement> set) {
            for (EObject c = e.eContainer(); c instanceof WbsElement parent; c = parent.eContainer()) {
                if (set.contains(parent)) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasTextAncestor(WbsElement e) {
            for (EObject c = e.eContainer(); c instanceof WbsElement parent; c = parent.eContainer()) {
                if (textMatches(parent)) {
                    return true;
                }
            }
            return false;
        }

        private boolean textMatches(WbsElement e) {
            String name = e.getName() == null ? "" : e.getName().toLowerCase(Locale.ROOT);
            String code = e.getCode() == null ? "" : e.getCode().toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (name.contains(w) || code.equals(w)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean assigned(WbsElement e, Predicate<Assignment> test) {
            for (Assignment a : e.getAssignments()) {
                if (test.test(a)) {
                    return true;
                }
            }
            return false;
        }

        private static String[] words(String text) {
            if (text == null || text.isBlank()) {
                return new String[0];
            }
            return java.util.Arrays.stream(text.split("\\|")).map(w -> w.trim().toLowerCase(Locale.ROOT))
                    .filter(w -> !w.isEmpty()).toArray(String[]::new);
        }

        private static <T> Set<T> identitySet() {
            return Collections.newSetFromMap(new IdentityHashMap<>());
        }
    }

    /** The kind of an element, as views name kinds. */
    public static ElementKind kind(WbsElement e) {
        return ElementKinds.of(e);
    }
}
