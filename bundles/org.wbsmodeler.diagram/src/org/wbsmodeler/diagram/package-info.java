/**
 * Headless diagrams of a WBS model: the WBS chart, the process breakdown and the dependency network.
 *
 * <p>The pipeline is build &rarr; size &rarr; lay out &rarr; paint: a builder ({@code build}) turns the EMF model
 * into a small toolkit-free {@code model.Diagram}; {@code render.NodeSizer} sizes boxes from their text;
 * {@code layout.ElkDiagramLayout} positions them with ELK; {@code render.DiagramPainter} draws the result on a
 * {@code render.DiagramCanvas} (SVG or PNG here, SWT in the UI). {@link org.wbsmodeler.diagram.DiagramExporter}
 * runs the headless part in one call. Nothing here uses SWT, and everything also runs on a flat class path.
 */
package org.wbsmodeler.diagram;
