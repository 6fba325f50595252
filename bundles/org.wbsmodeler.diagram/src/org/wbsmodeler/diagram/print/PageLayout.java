package org.wbsmodeler.diagram.print;

import java.time.LocalDate;

/**
 * Paging of a drawing onto sheets, as MS Project's "fit to N pages wide": the drawing is scaled so that its width
 * fills N pages, and as many pages tall as its height then needs; each page has a margin and a header line above the
 * drawing. Fitting only shrinks, as in MS Project and Excel: a drawing narrower than N pages at its natural size (a
 * screen pixel as 1/96 inch) is printed at that size on as few pages wide as it needs, never blown up to fill them. Plain arithmetic shared by the PDF writer and the editor's printing, so both cut posters the same way.
 * Drawing units are the diagram's pixels; page units are points.
 */
public final class PageLayout {

    /** 10 mm. */
    public static final double MARGIN = 28.35;
    /** The header line and the gap below it. */
    public static final double HEADER = 22;
    public static final double HEADER_FONT_SIZE = 9;
    /** Points per drawing unit at the natural size: a pixel of a 96 dpi screen is 3/4 of a point. */
    public static final double NATURAL_SCALE = 0.75;

    /** One page's piece of the drawing, in drawing units. */
    public record Tile(int page, int column, int row, double x, double y, double width, double height) {
    }

    private final double pageWidth;
    private final double pageHeight;
    private final double scale;
    private final int pagesWide;
    private final int pagesTall;
    private final double tileWidth;
    private final double tileHeight;

    public PageLayout(double pageWidth, double pageHeight, int pagesWide, double drawingWidth, double drawingHeight) {
        if (pagesWide < 1) {
            throw new IllegalArgumentException("--pages-wide must be at least 1, not " + pagesWide);
        }
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        double width = Math.max(1, drawingWidth);
        this.scale = Math.min(NATURAL_SCALE, pagesWide * printableWidth() / width);
        this.pagesWide = Math.max(1, Math.min(pagesWide, (int) Math.ceil(width * scale / printableWidth() - 1e-9)));
        this.tileWidth = printableWidth() / scale;
        this.tileHeight = printableHeight() / scale;
        this.pagesTall = Math.max(1, (int) Math.ceil(Math.max(1, drawingHeight) / tileHeight - 1e-9));
    }

    public static PageLayout of(Paper paper, boolean landscape, int pagesWide, double drawingWidth, double drawingHeight) {
        return new PageLayout(paper.width(landscape), paper.height(landscape), pagesWide, drawingWidth, drawingHeight);
    }

    public double pageWidth() {
        return pageWidth;
    }

    public double pageHeight() {
        return pageHeight;
    }

    /** Points per drawing unit. */
    public double scale() {
        return scale;
    }

    /** The pages across: the N asked for, or fewer when the drawing at its natural size needs fewer. */
    public int pagesWide() {
        return pagesWide;
    }

    public int pagesTall() {
        return pagesTall;
    }

    public int pageCount() {
        return pagesWide * pagesTall;
    }

    /** The width pages have for the drawing: the page less both margins. */
    public double printableWidth() {
        return pageWidth - 2 * MARGIN;
    }

    /** The height pages have for the drawing: the page less both margins and the header. */
    public double printableHeight() {
        return pageHeight - 2 * MARGIN - HEADER;
    }

    /** Page {@code index} (0-based), row by row as posters are glued: left to right, then down. */
    public Tile tile(int index) {
        if (index < 0 || index >= pageCount()) {
            throw new IndexOutOfBoundsException("page " + (index + 1) + " of " + pageCount());
        }
        int row = index / pagesWide;
        int column = index % pagesWide;
        return new Tile(index, column, row, column * tileWidth, row * tileHeight, tileWidth, tileHeight);
    }

    /** The header line of a page: "Plan name · 2027-02-01 · page 2 of 6". */
    public String header(String title, LocalDate date, int index) {
        return header(title, date, index, pageCount());
    }

    /** The header line of page {@code index} (0-based) of a document of {@code pages} pages. */
    public static String header(String title, LocalDate date, int index, int pages) {
        return (title == null || title.isBlank() ? "Untitled plan" : title) + " · " + date + " · page " + (index + 1) + " of " + pages;
    }
}
