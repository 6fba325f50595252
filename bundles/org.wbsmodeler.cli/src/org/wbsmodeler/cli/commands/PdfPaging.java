package org.wbsmodeler.cli.commands;

import java.time.LocalDate;
import java.util.Set;

import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.print.Paper;
import org.wbsmodeler.diagram.print.PdfDocument;
import org.wbsmodeler.model.Project;

/** {@code [--paper A4|A3|A1] [--landscape] [--pages-wide N]}: how a PDF is paged; refused for SVG and PNG. */
final class PdfPaging {

	static final Set<String> VALUES = Set.of("--paper", "--pages-wide");
	static final String LANDSCAPE = "--landscape";
	static final String SYNOPSIS = "[--paper A4|A3|A1] [--landscape] [--pages-wide N]";

	private PdfPaging() {
	}

	static PdfDocument.Options options(Arguments arguments, DiagramExporter.Format format, Project project) throws CliException {
		boolean given = arguments.value("--paper") != null || arguments.value("--pages-wide") != null || arguments.has(LANDSCAPE);
		if (given && format != DiagramExporter.Format.PDF) {
			throw new CliException("--paper, --landscape and --pages-wide apply to PDF output only (-o OUT.pdf)");
		}
		Paper paper;
		try {
			paper = Paper.of(arguments.value("--paper") == null ? "A4" : arguments.value("--paper"));
		} catch (IllegalArgumentException e) {
			throw new CliException(e.getMessage());
		}
		int pagesWide = arguments.intValue("--pages-wide", 1);
		if (pagesWide < 1 || pagesWide > 50) {
			throw new CliException("--pages-wide must be 1 to 50, not " + arguments.value("--pages-wide"));
		}
		return new PdfDocument.Options(paper, arguments.has(LANDSCAPE), pagesWide, project.getName(), LocalDate.now());
	}
}
