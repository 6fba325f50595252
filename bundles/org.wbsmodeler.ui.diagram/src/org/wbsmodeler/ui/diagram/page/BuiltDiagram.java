package org.wbsmodeler.ui.diagram.page;

import org.wbsmodeler.diagram.model.Diagram;

/**
 * One build of a page's diagram, laid out, its boxes and arrows pointing at the live model objects (so selection
 * and hit tests speak the editor's objects); the dates in it are the live schedule's of that moment.
 *
 * @param generation   which refresh made it; an older one than the page's latest is thrown away
 * @param layoutReused whether the previous layout was kept (the edit changed no box's size or place in the structure)
 */
public record BuiltDiagram(long generation, Diagram diagram, long buildNanos, boolean layoutReused) {
}
