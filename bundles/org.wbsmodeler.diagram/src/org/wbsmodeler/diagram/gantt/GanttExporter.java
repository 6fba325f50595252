package org.wbsmodeler.diagram.gantt;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.print.PdfDocument;
import org.wbsmodeler.diagram.render.Graphics2DCanvas;
import org.wbsmodeler.diagram.render.PngExporter;
import org.wbsmodeler.diagram.render.SvgCanvas;
import org.wbsmodeler.model.io.AtomicFiles;

/**
 * A Gantt chart as SVG, PNG or PDF, through the same canvases (and PNG size limits) as the other diagrams, for
 * {@code ./wbs render --diagram gantt}, the report and the editor's Export.
 */
public final class GanttExporter {

    private GanttExporter() {
    }

    /** The chart as an SVG 1.1 document. */
    public static String toSvg(GanttChart chart) {
        SvgCanvas canvas = new SvgCanvas();
        GanttPainter.paint(chart, canvas);
        return canvas.getSvg();
    }

    /** The chart drawn into a new image at {@code scale} (lowered so the image stays within PNG limits). */
    public static BufferedImage toImage(GanttChart chart, double scale) {
        double s = PngExporter.effectiveScale(chart.width(), chart.height(), scale);
        BufferedImage image = new BufferedImage(Math.max(1, (int) Math.ceil(chart.width() * s)),
                Math.max(1, (int) Math.ceil(chart.height() * s)), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(s, s);
            GanttPainter.paint(chart, new Graphics2DCanvas(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the chart in a format (a PDF on A4, one page wide); does not close the stream. */
    public static void write(GanttChart chart, DiagramExporter.Format format, OutputStream out) throws IOException {
        write(chart, format, PdfDocument.defaults(chart.title()), out);
    }

    /** Writes the chart in a format, a PDF with {@code pdf}'s paper and paging; does not close the stream. */
    public static void write(GanttChart chart, DiagramExporter.Format format, PdfDocument.Options pdf, OutputStream out) throws IOException {
        switch (format) {
            case SVG -> out.write(toSvg(chart).getBytes(StandardCharsets.UTF_8));
            case PNG -> {
                if (!ImageIO.write(toImage(chart, PngExporter.DEFAULT_SCALE), "png", out)) {
                    throw new IOException("no PNG writer available in this Java runtime");
                }
            }
            case PDF -> PdfDocument.write(out, pdf, chart.width(), chart.height(), canvas -> GanttPainter.paint(chart, canvas));
            default -> throw new IllegalArgumentException(String.valueOf(format));
        }
        out.flush();
    }

    /** Writes the chart to {@code file} in the format its name says, atomically. */
    public static void export(GanttChart chart, Path file) throws IOException {
        export(chart, PdfDocument.defaults(chart.title()), file);
    }

    /** Writes the chart to {@code file} in the format its name says (a PDF as {@code pdf} says), atomically. */
    public static void export(GanttChart chart, PdfDocument.Options pdf, Path file) throws IOException {
        DiagramExporter.Format format = DiagramExporter.Format.fromFileName(file.getFileName().toString());
        AtomicFiles.write(file, out -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out);
            write(chart, format, pdf, buffered);
            buffered.flush();
        });
    }
}
