package org.wbsmodeler.diagram.model;

/**
 * What a diagram shows, which decides how it is laid out. The kind is about shape rather than about the source
 * model, so a future diagram (say a requirement trace tree) can reuse a layout by choosing the matching kind.
 */
public enum DiagramKind {
    /** A hierarchy drawn as an org chart: root on top, children below (the WBS chart). Edges go parent to child. */
    TREE,
    /** Processes drawn as boxes that contain their steps, flowing left to right (the PBS). */
    PROCESS,
    /** A dependency network, left to right with orthogonal edges (the activity-on-node network view). */
    NETWORK
}
