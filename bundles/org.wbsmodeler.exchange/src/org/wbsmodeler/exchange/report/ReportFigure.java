package org.wbsmodeler.exchange.report;

import java.util.function.Supplier;

/**
 * A figure for the report's diagrams page: a title and an SVG document, drawn only when the report is written.
 * The command line fills these from the diagram bundle; the report itself depends on no diagram code.
 */
public record ReportFigure(String title, Supplier<String> svg) {
}
