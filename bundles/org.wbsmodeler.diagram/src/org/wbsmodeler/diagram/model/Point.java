package org.wbsmodeler.diagram.model;

/** A point in diagram coordinates (pixels at scale 1, y grows downwards, origin at the diagram's top left). */
public record Point(double x, double y) {
}
