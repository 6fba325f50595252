package org.wbsmodeler.diagram.risk;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.print.PdfDocument;
import org.wbsmodeler.diagram.render.DiagramCanvas;
import org.wbsmodeler.diagram.render.Graphics2DCanvas;
import org.wbsmodeler.diagram.render.PngExporter;
import org.wbsmodeler.diagram.render.SvgCanvas;
import org.wbsmodeler.model.io.AtomicFiles;

/** The risk charts as SVG, PNG or PDF files, through the diagrams' canvases; written atomically. */
public final class RiskChartExporter {

	private RiskChartExporter() {
	}

	public static String toSvg(DistributionChart chart) {
		return svg(canvas -> RiskChartPainter.paint(chart, canvas));
	}

	public static String toSvg(TornadoChart chart) {
		return svg(canvas -> RiskChartPainter.paint(chart, canvas));
	}

	public static void export(DistributionChart chart, Path file) throws IOException {
		export(file, RiskChartPainter.HEIGHT, canvas -> RiskChartPainter.paint(chart, canvas));
	}

	public static void export(TornadoChart chart, Path file) throws IOException {
		export(file, RiskChartPainter.height(chart), canvas -> RiskChartPainter.paint(chart, canvas));
	}

	private static String svg(Consumer<DiagramCanvas> paint) {
		SvgCanvas canvas = new SvgCanvas();
		paint.accept(canvas);
		return canvas.getSvg();
	}

	private static void export(Path file, double height, Consumer<DiagramCanvas> paint) throws IOException {
		DiagramExporter.Format format = DiagramExporter.Format.fromFileName(file.getFileName().toString());
		AtomicFiles.write(file, out -> {
			BufferedOutputStream buffered = new BufferedOutputStream(out);
			write(format, height, paint, buffered);
			buffered.flush();
		});
	}

	private static void write(DiagramExporter.Format format, double height, Consumer<DiagramCanvas> paint, OutputStream out) throws IOException {
		switch (format) {
		case SVG -> out.write(svg(paint).getBytes(StandardCharsets.UTF_8));
		case PNG -> {
			double s = PngExporter.DEFAULT_SCALE;
			BufferedImage image = new BufferedImage((int) Math.ceil(RiskChartPainter.WIDTH * s), (int) Math.ceil(height * s), BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			try {
				g.scale(s, s);
				paint.accept(new Graphics2DCanvas(g));
			} finally {
				g.dispose();
			}
			if (!ImageIO.write(image, "png", out)) {
				throw new IOException("no PNG writer available in this Java runtime");
			}
		}
		// a vector page through the same painter, as render -o OUT.pdf writes every other diagram
		case PDF -> PdfDocument.write(out, PdfDocument.defaults("Schedule risk"), RiskChartPainter.WIDTH, height, paint);
		}
	}
}
