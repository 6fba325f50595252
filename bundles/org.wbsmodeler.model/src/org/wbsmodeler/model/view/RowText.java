package org.wbsmodeler.model.view;

import java.util.Locale;

import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.WbsElement;

/**
 * What Find and the filter bar's text look in, as MS Project's Find does on a task sheet: the name, the WBS code,
 * the names of the assigned resources and the notes (the element's description, MS Project's Notes on exchange).
 * Case is ignored; the text is found anywhere in a field.
 */
public final class RowText {

    private RowText() {
    }

    /**
     * Whether an element holds the text.
     *
     * @param code the element's WBS code as the pages show it (derived, so the caller knows it), or null
     * @param text what the user typed; blank matches nothing
     */
    public static boolean contains(WbsElement element, String code, String text) {
        String needle = normal(text);
        if (needle.isEmpty()) {
            return false;
        }
        if (normal(element.getName()).contains(needle) || normal(code).contains(needle) || normal(element.getDescription()).contains(needle)) {
            return true;
        }
        for (Assignment a : element.getAssignments()) {
            if (a.getResource() != null && normal(a.getResource().getName()).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String s) {
        return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    }
}
