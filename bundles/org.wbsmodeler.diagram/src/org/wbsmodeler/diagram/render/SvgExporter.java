package org.wbsmodeler.diagram.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.TextLine;

/** Writes a laid-out diagram as an SVG 1.1 document. */
public final class SvgExporter {

    private final TextMeasurer measurer;

    public SvgExporter(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** The SVG document as a string. */
    public String toSvg(Diagram diagram) {
        SvgCanvas canvas = new SvgCanvas(expectedChars(diagram));
        new DiagramPainter(measurer).paint(diagram, canvas);
        return canvas.getSvg();
    }

    /**
     * About how long the document will be, a little over rather than under (a network box with its nine cells and
     * rules writes about 1.8 KB, an arrow with its head and label 0.7 KB), so that the builder is sized once.
     */
    static int expectedChars(Diagram diagram) {
        long cells = 0;
        for (DiagramNode node : diagram.getNodes()) {
            for (TextLine line : node.getLines()) {
                cells += line.cells().size();
            }
        }
        long chars = 4096 + 144 * cells + 384L * diagram.getNodeCount() + 768L * diagram.getEdges().size();
        return (int) Math.min(chars, Integer.MAX_VALUE - 16);
    }

    /** Writes the SVG document, UTF-8 encoded; does not close the stream. */
    public void write(Diagram diagram, OutputStream out) throws IOException {
        out.write(toSvg(diagram).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
