package org.wbsmodeler.diagram;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;

import org.wbsmodeler.diagram.layout.ElkDiagramLayout;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.print.PdfDocument;
import org.wbsmodeler.diagram.render.AwtTextMeasurer;
import org.wbsmodeler.diagram.render.DiagramPainter;
import org.wbsmodeler.diagram.render.NodeSizer;
import org.wbsmodeler.diagram.render.PngExporter;
import org.wbsmodeler.diagram.render.SvgExporter;
import org.wbsmodeler.diagram.render.TextMeasurer;
import org.wbsmodeler.model.io.AtomicFiles;

/**
 * The whole headless pipeline in one place, for the CLI and for tests: size the boxes, lay the diagram out, write
 * it as SVG, PNG or a paged vector PDF. A UI uses the pieces instead (its own measurer and canvas).
 */
public final class DiagramExporter {

    /** Output formats, chosen from the file name. */
    public enum Format {
        SVG, PNG, PDF;

        /** The format for a file name's extension ({@code .svg}, {@code .png} or {@code .pdf}, any case). */
        public static Format fromFileName(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".svg")) {
                return SVG;
            }
            if (lower.endsWith(".png")) {
                return PNG;
            }
            if (lower.endsWith(".pdf")) {
                return PDF;
            }
            throw new IllegalArgumentException("cannot tell the image format of '" + fileName
                    + "': use a file name ending in .svg, .png or .pdf");
        }
    }

    private final TextMeasurer measurer;
    private final ElkDiagramLayout layout = new ElkDiagramLayout();
    private double pngScale = PngExporter.DEFAULT_SCALE;
    private PdfDocument.Options pdfOptions = PdfDocument.defaults(null);

    /** Exporter measuring with AWT (the font SVG and PNG are drawn with). */
    public DiagramExporter() {
        this(AwtTextMeasurer.INSTANCE);
    }

    public DiagramExporter(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    public ElkDiagramLayout getLayout() {
        return layout;
    }

    /** Pixels per diagram unit in PNG output (default 2; lowered automatically for huge diagrams). */
    public DiagramExporter setPngScale(double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        this.pngScale = scale;
        return this;
    }

    /** Paper, orientation, pages wide and header of PDF output (default: A4 portrait, one page wide). */
    public DiagramExporter setPdfOptions(PdfDocument.Options options) {
        this.pdfOptions = options;
        return this;
    }

    /** Sizes and lays out a freshly built diagram (in place); returns it for chaining. */
    public Diagram prepare(Diagram diagram) {
        NodeSizer.standard(measurer).size(diagram);
        layout.layout(diagram);
        return diagram;
    }

    /** SVG document of a prepared diagram. */
    public String toSvg(Diagram diagram) {
        return new SvgExporter(measurer).toSvg(diagram);
    }

    /** Writes a prepared diagram in the given format; does not close the stream. */
    public void write(Diagram diagram, Format format, OutputStream out) throws IOException {
        switch (format) {
            case SVG -> new SvgExporter(measurer).write(diagram, out);
            case PNG -> new PngExporter(measurer).write(diagram, pngScale, out);
            case PDF -> PdfDocument.write(out, pdfOptions, diagram.getWidth(), diagram.getHeight(),
                    canvas -> new DiagramPainter(measurer).paint(diagram, canvas));
            default -> throw new IllegalArgumentException(String.valueOf(format));
        }
    }

    /**
     * Prepares the diagram if it has not been laid out yet, then writes it to {@code file} in the format its name
     * says. The write is atomic: a failure leaves a previous file of that name as it was.
     */
    public void export(Diagram diagram, Path file) throws IOException {
        Format format = Format.fromFileName(file.getFileName().toString());
        if (diagram.getWidth() <= 0) {
            prepare(diagram);
        }
        AtomicFiles.write(file, out -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out);
            write(diagram, format, buffered);
            buffered.flush();
        });
    }
}
