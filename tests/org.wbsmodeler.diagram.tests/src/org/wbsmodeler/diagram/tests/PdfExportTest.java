package org.wbsmodeler.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Test;
import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.DiagramExporter.Format;
import org.wbsmodeler.diagram.build.WbsTreeBuilder;
import org.wbsmodeler.diagram.gantt.GanttBuilder;
import org.wbsmodeler.diagram.gantt.GanttChart;
import org.wbsmodeler.diagram.gantt.GanttExporter;
import org.wbsmodeler.diagram.gantt.GanttOptions;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.print.PageLayout;
import org.wbsmodeler.diagram.print.Paper;
import org.wbsmodeler.diagram.print.PdfDocument;

/**
 * PDF output through the same painters as SVG and PNG: PDFBox opens it, "fit to N pages wide" gives N columns of
 * pages with the header on each, and a diagram is vector (paths and text, no embedded image).
 */
public class PdfExportTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);
    private final SampleModels sample = new SampleModels();

    private static PDDocument open(byte[] pdf) throws Exception {
        return Loader.loadPDF(pdf);
    }

    private byte[] wbsPdf(PdfDocument.Options options) throws Exception {
        DiagramExporter exporter = new DiagramExporter().setPdfOptions(options);
        Diagram diagram = wbsChart(exporter);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(diagram, Format.PDF, out);
        return out.toByteArray();
    }

    private Diagram wbsChart(DiagramExporter exporter) {
        return exporter.prepare(new WbsTreeBuilder().build(sample.project));
    }

    @Test
    public void aWbsChartIsAVectorPdfWithTheHeaderAndTheBoxesAsText() throws Exception {
        byte[] pdf = wbsPdf(new PdfDocument.Options(Paper.A4, true, 1, "Sample CRM plan", DAY));
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));
        try (PDDocument document = open(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            PDPage page = document.getPage(0);
            assertEquals(Paper.A4.width(true), page.getMediaBox().getWidth(), 0.01);
            String text = new PDFTextStripper().getText(document);
            assertTrue(text, text.contains("Sample CRM plan · 2027-03-01 · page 1 of 1"));
            assertTrue(text, text.contains(sample.configure.getName()));
            assertEquals("vector: no image in the page", 0, images(page));
        }
    }

    @Test
    public void pagesWideNCutsTheDrawingIntoNColumnsEachWithItsHeader() throws Exception {
        Diagram chart = wbsChart(new DiagramExporter());
        for (int wide : new int[] { 1, 2, 3 }) {
            byte[] pdf = wbsPdf(new PdfDocument.Options(Paper.A4, false, wide, "Poster", DAY));
            PageLayout layout = PageLayout.of(Paper.A4, false, wide, chart.getWidth(), chart.getHeight());
            try (PDDocument document = open(pdf)) {
                int pages = document.getNumberOfPages();
                assertEquals("rows of " + layout.pagesWide() + " pages", layout.pageCount(), pages);
                assertTrue("at most " + wide + " pages wide", layout.pagesWide() <= wide);
                for (int i = 0; i < pages; i++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(i + 1);
                    stripper.setEndPage(i + 1);
                    assertTrue(stripper.getText(document).contains("Poster · 2027-03-01 · page " + (i + 1) + " of " + pages));
                    assertEquals(0, images(document.getPage(i)));
                }
            }
        }
    }

    @Test
    public void aGanttChartGoesThroughTheGanttPainter() throws Exception {
        GanttChart chart = GanttBuilder.build(sample.project, new GanttOptions().title("Gantt"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GanttExporter.write(chart, Format.PDF, new PdfDocument.Options(Paper.A3, true, 2, "Gantt of the sample", DAY), out);
        PageLayout layout = PageLayout.of(Paper.A3, true, 2, chart.width(), chart.height());
        try (PDDocument document = open(out.toByteArray())) {
            assertEquals(layout.pageCount(), document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Gantt of the sample · 2027-03-01 · page 1 of "));
            assertTrue(text, text.contains(sample.test.getName()));
        }
    }

    @Test
    public void thePagingMathFitsTheWidthAndStacksTheHeight() {
        // 3000 × 3000 units on A4 portrait, 2 pages wide: each page shows 1500 units of width, rows stack the height
        PageLayout layout = PageLayout.of(Paper.A4, false, 2, 3000, 3000);
        assertEquals(2 * layout.printableWidth() / 3000, layout.scale(), 1e-9);
        assertEquals(1500, layout.tile(1).x(), 1e-9);
        double tileHeight = layout.printableHeight() / layout.scale();
        assertEquals((int) Math.ceil(3000 / tileHeight), layout.pagesTall());
        assertTrue(layout.pagesTall() >= 2);
        assertEquals(2 * layout.pagesTall(), layout.pageCount());
        assertEquals(tileHeight, layout.tile(2).y(), 1e-9);
        assertEquals("Plan · 2027-03-01 · page 2 of " + layout.pageCount(), layout.header("Plan", DAY, 1));
        assertEquals(Paper.A1, Paper.of("a1"));
    }

    @Test
    public void fittingOnlyShrinks_aSmallDrawingKeepsItsNaturalSizeOnFewerPages() {
        PageLayout small = PageLayout.of(Paper.A4, false, 3, 300, 200);
        assertEquals("a pixel is 3/4 of a point, not blown up to three pages", PageLayout.NATURAL_SCALE, small.scale(), 1e-9);
        assertEquals(1, small.pagesWide());
        assertEquals(1, small.pageCount());
        // wide enough for two pages at its natural size, but not for three
        double twoPages = 1.5 * small.printableWidth() / PageLayout.NATURAL_SCALE;
        PageLayout medium = PageLayout.of(Paper.A4, false, 3, twoPages, 200);
        assertEquals(PageLayout.NATURAL_SCALE, medium.scale(), 1e-9);
        assertEquals(2, medium.pagesWide());
        assertEquals(medium.printableWidth() / PageLayout.NATURAL_SCALE, medium.tile(1).x(), 1e-9);
    }

    private static int images(PDPage page) throws Exception {
        int images = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                images++;
            }
        }
        return images;
    }
}
