package org.wbsmodeler.diagram.print;

import java.util.function.Consumer;

import org.wbsmodeler.diagram.render.DiagramCanvas;

/**
 * Something to put on paper: a drawing of {@code width} × {@code height} diagram units that its painter draws on any
 * {@link DiagramCanvas} — a PDF page, a printer's page, the screen — so a printout is what the page shows.
 *
 * @param title what the header line names (the plan's name)
 */
public record Drawing(String title, double width, double height, Consumer<DiagramCanvas> painter) {
}
