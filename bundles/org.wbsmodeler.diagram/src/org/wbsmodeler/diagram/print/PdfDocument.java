package org.wbsmodeler.diagram.print;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.wbsmodeler.diagram.render.DiagramCanvas;

/**
 * A vector PDF of drawings, page by page: each drawing is cut into the tiles of its {@link PageLayout}, every page
 * has the header line (plan name, date, "page n of m" over the whole document) and the painter draws the whole drawing once per page into
 * the page's clip, so what lies off the page is clipped by the viewer, not lost at a tile's edge.
 */
public final class PdfDocument implements AutoCloseable {

    /** What the pages say and how they are cut. */
    public record Options(Paper paper, boolean landscape, int pagesWide, String title, LocalDate date) {
    }

    /** A4 portrait, one page wide, dated today. */
    public static Options defaults(String title) {
        return new Options(Paper.A4, false, 1, title, LocalDate.now());
    }

    /** One drawing as a whole PDF document on {@code out} (not closed). */
    public static void write(OutputStream out, Options options, double width, double height, Consumer<DiagramCanvas> painter) throws IOException {
        try (PdfDocument pdf = new PdfDocument()) {
            pdf.add(width, height, options, painter);
            pdf.save(out);
        }
    }

    private final PDDocument document = new PDDocument();
    /** Each page's options, for its header: written at the save, when the document's page count is known. */
    private final List<Options> headers = new ArrayList<>();
    private final PDType1Font headerFont = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** Adds the pages of one drawing of {@code width} × {@code height}, drawn by {@code painter}; returns its layout. */
    public PageLayout add(double width, double height, Options options, Consumer<DiagramCanvas> painter) throws IOException {
        PageLayout layout = PageLayout.of(options.paper(), options.landscape(), options.pagesWide(), width, height);
        for (int i = 0; i < layout.pageCount(); i++) {
            PageLayout.Tile tile = layout.tile(i);
            PDPage page = new PDPage(new PDRectangle((float) layout.pageWidth(), (float) layout.pageHeight()));
            document.addPage(page);
            headers.add(options);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.saveGraphicsState();
                double top = layout.pageHeight() - PageLayout.MARGIN - PageLayout.HEADER;
                out.addRect((float) PageLayout.MARGIN, (float) (top - layout.printableHeight()), (float) layout.printableWidth(),
                        (float) layout.printableHeight());
                out.clip();
                // drawing units, y downwards, the tile's corner at the printable area's top left
                out.transform(new Matrix((float) layout.scale(), 0, 0, (float) -layout.scale(),
                        (float) (PageLayout.MARGIN - tile.x() * layout.scale()), (float) (top + tile.y() * layout.scale())));
                try {
                    painter.accept(new PdfCanvas(out));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                out.restoreGraphicsState();
            }
        }
        return layout;
    }

    private void header(PDPage page, String text) throws IOException {
        try (PDPageContentStream out = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            out.beginText();
            out.setFont(headerFont, (float) PageLayout.HEADER_FONT_SIZE);
            out.setNonStrokingColor(0.25f, 0.25f, 0.25f);
            out.newLineAtOffset((float) PageLayout.MARGIN, page.getMediaBox().getHeight() - (float) (PageLayout.MARGIN + PageLayout.HEADER_FONT_SIZE));
            out.showText(PdfCanvas.showable(headerFont, text));
            out.endText();
        }
    }

    /** Adds the header line to every page: title, date, "page n of m" counted over the whole document. */
    private void headers() throws IOException {
        for (int i = 0; i < headers.size(); i++) {
            Options options = headers.get(i);
            header(document.getPage(i), PageLayout.header(options.title(), options.date(), i, headers.size()));
        }
        headers.clear();
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    public void save(OutputStream out) throws IOException {
        headers();
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
