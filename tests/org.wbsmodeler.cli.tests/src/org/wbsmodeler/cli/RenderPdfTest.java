package org.wbsmodeler.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@code wbs render … -o OUT.pdf [--paper] [--landscape] [--pages-wide N]}: a PDF of every diagram kind, paged as
 * asked; paging options on an SVG and an unknown paper are refused with one line and nothing written.
 */
public class RenderPdfTest {

	private static final Path EXAMPLE = Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs");

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	@Test
	public void everyDiagramKindRendersAsAPagedPdf() throws Exception {
		Path dir = folder.getRoot().toPath();
		for (String kind : new String[] { "wbs", "network", "pbs", "gantt" }) {
			CliRun run = CliRun.wbs(dir, "render", EXAMPLE.toString(), "--diagram", kind, "-o", kind + ".pdf", "--paper", "A3", "--landscape",
					"--pages-wide", "2");
			assertEquals(run.toString(), 0, run.exitCode);
			assertTrue(run.out, run.out.contains(kind + ".pdf: ") && run.out.contains(", pdf"));
			byte[] pdf = Files.readAllBytes(dir.resolve(kind + ".pdf"));
			// kept for a look (pdftoppm -png target/pdf/gantt.pdf page)
			Files.createDirectories(Path.of("target", "pdf"));
			Files.write(Path.of("target", "pdf", kind + ".pdf"), pdf);
			String text = new String(pdf, StandardCharsets.ISO_8859_1);
			assertTrue(text.startsWith("%PDF-"));
			try (PDDocument document = Loader.loadPDF(pdf)) {
				int count = document.getNumberOfPages();
				if (kind.equals("pbs")) {
					// the process map is narrower than one A3 sheet at its natural size: fitting never blows it up
					assertEquals(kind + ": " + count + " pages", 1, count);
				} else {
					assertTrue(kind + ": " + count + " pages", count >= 2 && count % 2 == 0);
				}
				assertEquals(842, Math.round(document.getPage(0).getMediaBox().getHeight()));
				assertTrue(new PDFTextStripper().getText(document).contains(" · page 1 of " + count));
			}
		}
	}

	@Test
	public void pagingOptionsOutsideAPdfAndUnknownPaperAreRefused() {
		Path dir = folder.getRoot().toPath();
		CliRun svg = CliRun.wbs(dir, "render", EXAMPLE.toString(), "--diagram", "wbs", "-o", "wbs.svg", "--pages-wide", "2");
		assertEquals(svg.toString(), 2, svg.exitCode);
		assertEquals(1, svg.err.strip().lines().count());
		assertFalse(Files.exists(dir.resolve("wbs.svg")));
		CliRun letter = CliRun.wbs(dir, "render", EXAMPLE.toString(), "--diagram", "wbs", "-o", "wbs.pdf", "--paper", "letter");
		assertEquals(letter.toString(), 2, letter.exitCode);
		assertTrue(letter.err, letter.err.contains("--paper must be A4, A3 or A1, not 'letter'"));
		assertFalse(Files.exists(dir.resolve("wbs.pdf")));
	}

	@Test
	public void theReportWritesItsGanttChartAndDiagramsAsOnePdf() throws Exception {
		Path dir = folder.getRoot().toPath();
		CliRun run = CliRun.wbs(dir, "report", EXAMPLE.toString(), "--view", "Steering committee", "-o", "site");
		assertEquals(run.toString(), 0, run.exitCode);
		assertTrue(run.out, run.out.contains("site/report.pdf: the Gantt chart and diagrams, "));
		byte[] pdf = Files.readAllBytes(dir.resolve("site/report.pdf"));
		Files.createDirectories(Path.of("target", "pdf"));
		Files.write(Path.of("target", "pdf", "report.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertTrue("the Gantt chart, the WBS chart, the process breakdown and the network: " + pages, pages >= 4);
			String text = new PDFTextStripper().getText(document);
			assertTrue(text.contains("PSCHSE Manufacturing CRM implementation · "));
			assertTrue(text.contains("page " + pages + " of " + pages));
		}
	}
}
