package org.wbsmodeler.diagram.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.wbsmodeler.diagram.model.Diagram;

/** Writes a laid-out diagram as an SVG 1.1 document. */
public final class SvgExporter {

    private final TextMeasurer measurer;

    public SvgExporter(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** The SVG document as a string. */
    public String toSvg(Diagram diagram) {
        SvgCanvas canvas = new SvgCanvas();
        new DiagramPainter(measurer).paint(diagram, canvas);
        return canvas.getSvg();
    }

    /** Writes the SVG document, UTF-8 encoded; does not close the stream. */
    public void write(Diagram diagram, OutputStream out) throws IOException {
        out.write(toSvg(diagram).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
