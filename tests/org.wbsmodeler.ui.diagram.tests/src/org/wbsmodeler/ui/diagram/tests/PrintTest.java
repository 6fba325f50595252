package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.diagram.columns.PlanColumn;
import org.wbsmodeler.diagram.print.Drawing;
import org.wbsmodeler.diagram.print.PageLayout;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.format.Durations;
import org.wbsmodeler.risk.analysis.RiskAnalysis;
import org.wbsmodeler.risk.analysis.RiskOptions;
import org.wbsmodeler.risk.analysis.RiskResult;
import org.wbsmodeler.ui.diagram.print.PrintPageHandler;
import org.wbsmodeler.ui.tasks.ModelSnapshot;
import org.wbsmodeler.ui.tests.EditorFixture;

/**
 * File &gt; Print… of the Plan, Gantt chart, WBS chart and Network pages on GTK's "Print to File" printer (a PDF, so
 * the printout can be read back): fit to two pages wide, every page with the header line, the page's drawing on it.
 * The PDFs' first pages are saved as PNGs beside the screenshots to be looked at.
 */
public class PrintTest {

	private EditorFixture fixture;

	@Before
	public void open() throws Exception {
		fixture = EditorFixture.open(DemoModel.bytes());
	}

	@After
	public void close() throws Exception {
		fixture.close();
	}

	@Test
	public void eachPagePrintsFitToPagesWideWithItsHeaderOnEveryPage() throws Exception {
		PrinterData toFile = printToFile();
		assertNotNull("GTK offers its Print to File printer (libgtk-3's file print backend)", toFile);
		for (String tab : List.of("Plan", "Gantt", "WBS chart", "Network")) {
			DiagramTabs.open(fixture, tab);
			Drawing drawing = fixture.editor.activePage().drawing();
			assertNotNull(tab + " has something to print", drawing);
			File pdf = new File("target/print-" + tab.replace(' ', '-') + ".pdf").getAbsoluteFile();
			pdf.delete();
			toFile.printToFile = true;
			toFile.fileName = pdf.getPath();
			toFile.orientation = PrinterData.LANDSCAPE;
			PageLayout layout = PrintPageHandler.print(toFile, drawing, 2);
			int pages = layout.pageCount();
			assertTrue(tab + ": the PDF is written", fixture.waitUntil(() -> readable(pdf), 20_000));
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertEquals(tab + ": the pages the layout cut", pages, document.getNumberOfPages());
				assertTrue(tab + ": at most two pages wide", layout.pagesWide() >= 1 && layout.pagesWide() <= 2);
				assertTrue(tab + ": fewer than two pages wide only at its natural size, never blown up",
						layout.pagesWide() == 2 || layout.scale() == PageLayout.NATURAL_SCALE);
				assertTrue(tab + ": never larger than its natural size", layout.scale() <= PageLayout.NATURAL_SCALE);
				for (int page = 1; page <= pages; page++) {
					PDFTextStripper text = new PDFTextStripper();
					text.setStartPage(page);
					text.setEndPage(page);
					String content = text.getText(document);
					assertTrue(tab + " page " + page + " has its header: " + content, content.contains("page " + page + " of " + pages));
					String plan = drawing.title() == null ? "Untitled plan" : drawing.title();
					assertTrue(tab + " page " + page + " names the plan: " + content, content.contains(plan));
				}
				BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 72);
				File png = new File(System.getProperty("wbs.screenshots", "target/screenshots"), "print-" + tab.replace(' ', '-') + ".png");
				png.getParentFile().mkdirs();
				ImageIO.write(first, "png", png);
				assertTrue(tab + ": the drawing is on the page, not just the header", inkBelowHeader(first) > 0.005);
			}
		}
	}

	@Test
	public void thePlanPrintedAfterARiskRunHasTheCriticalityColumn() throws Exception {
		PrinterData toFile = printToFile();
		assertNotNull("GTK offers its Print to File printer (libgtk-3's file print backend)", toFile);
		DiagramTabs.open(fixture, "Plan");
		assertTrue("no run yet: no Criticality column", !printedText(toFile, "plan-before-risk").contains(PlanColumn.CRITICALITY.title()));

		// what the Risk page hands the session when a run ends: the run's index of each task of the plan
		ModelSnapshot snapshot = ModelSnapshot.of(fixture.model());
		RiskResult run = RiskAnalysis.run(snapshot.project(), RiskOptions.defaults().withIterations(200));
		Map<WbsElement, Double> live = new HashMap<>();
		for (Map.Entry<WbsElement, Double> entry : run.criticality().entrySet()) {
			live.put(snapshot.original(entry.getKey()), entry.getValue());
		}
		fixture.editor.session().criticality().set(live);

		String printed = printedText(toFile, "plan-after-risk");
		assertTrue("the Criticality column: " + printed, printed.contains(PlanColumn.CRITICALITY.title()));
		for (Map.Entry<WbsElement, Double> entry : live.entrySet()) {
			// the task's row: its name, then its index as the Plan shows it
			String cell = Durations.number(Math.round(entry.getValue() * 1000) / 10.0) + "%";
			Pattern row = Pattern.compile(Pattern.quote(entry.getKey().getName()) + "\\s+" + Pattern.quote(cell) + "(\\s|$)", Pattern.MULTILINE);
			assertTrue(entry.getKey().getName() + " " + cell + ": " + printed, row.matcher(printed).find());
		}
	}

	/** Prints the page in front to a PDF, fit to one page wide, and reads its text back. */
	private String printedText(PrinterData toFile, String name) throws Exception {
		File pdf = new File("target/print-" + name + ".pdf").getAbsoluteFile();
		pdf.delete();
		toFile.printToFile = true;
		toFile.fileName = pdf.getPath();
		toFile.orientation = PrinterData.LANDSCAPE;
		PrintPageHandler.print(toFile, fixture.editor.activePage().drawing(), 1);
		assertTrue(name + ": the PDF is written", fixture.waitUntil(() -> readable(pdf), 20_000));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 72);
			File png = new File(System.getProperty("wbs.screenshots", "target/screenshots"), "print-" + name + ".png");
			png.getParentFile().mkdirs();
			ImageIO.write(first, "png", png);
			return new PDFTextStripper().getText(document);
		}
	}

	private static PrinterData printToFile() {
		for (PrinterData printer : Printer.getPrinterList()) {
			if ("GtkPrintBackendFile".equals(printer.driver) || printer.name.contains("File")) {
				return printer;
			}
		}
		return null;
	}

	/** Whether the file is a complete PDF (the print job writes it from the event loop, after the job ends). */
	private static boolean readable(File pdf) {
		if (!pdf.isFile() || pdf.length() == 0) {
			return false;
		}
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages() > 0;
		} catch (IOException e) {
			return false;
		}
	}

	/** The share of pixels that are not white below the header line (the top tenth of the page). */
	private static double inkBelowHeader(BufferedImage image) {
		int inked = 0;
		int counted = 0;
		for (int y = image.getHeight() / 10; y < image.getHeight(); y += 2) {
			for (int x = 0; x < image.getWidth(); x += 2) {
				counted++;
				if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
					inked++;
				}
			}
		}
		return inked / (double) counted;
	}
}
