package org.wbsmodeler.ui.diagram.print;

import java.time.LocalDate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.Printer;
import org.wbsmodeler.diagram.model.Rgb;
import org.wbsmodeler.diagram.print.Drawing;
import org.wbsmodeler.diagram.print.PageLayout;
import org.wbsmodeler.ui.diagram.swt.SwtCanvas;
import org.wbsmodeler.ui.diagram.swt.SwtResources;

/**
 * Prints a {@link Drawing} on an SWT printer, cut into pages as the PDF writer cuts it ({@link PageLayout}: fit to N
 * pages wide, a header line with the plan's name, the date and "page n of m"), drawn by the same painter through an
 * {@link SwtCanvas} on the printer's GC. Page geometry is worked out in points and turned into the printer's dots.
 */
public final class SheetPrinter {

	private static final Rgb HEADER_COLOR = new Rgb(64, 64, 64);

	private SheetPrinter() {
	}

	/** Prints the drawing on the printer as one job; returns how it was cut into pages. */
	public static PageLayout print(Printer printer, Drawing drawing, int pagesWide, LocalDate date) {
		Point dpi = printer.getDPI();
		double dotsPerPoint = dpi.x / 72.0;
		Rectangle sheet = printer.getBounds();
		// the GC's origin is the printable area's corner, not the sheet's: the trim says how far in it lies
		Rectangle trim = printer.computeTrim(0, 0, 0, 0);
		PageLayout layout = new PageLayout(sheet.width / dotsPerPoint, sheet.height * 72.0 / dpi.y, pagesWide, drawing.width(), drawing.height());
		if (!printer.startJob(drawing.title() == null ? "Plan" : drawing.title())) {
			throw new IllegalStateException("the printer did not accept the job");
		}
		SwtResources resources = new SwtResources(printer);
		try {
			for (int i = 0; i < layout.pageCount(); i++) {
				printer.startPage();
				GC gc = new GC(printer);
				try {
					page(gc, resources, layout, layout.tile(i), dotsPerPoint, dpi.y / 72.0, trim, layout.header(drawing.title(), date, i), drawing);
				} finally {
					gc.dispose();
				}
				printer.endPage();
			}
			printer.endJob();
		} finally {
			resources.dispose();
		}
		return layout;
	}

	private static void page(GC gc, SwtResources resources, PageLayout layout, PageLayout.Tile tile, double dotsX, double dotsY, Rectangle trim,
			String header, Drawing drawing) {
		int left = (int) Math.round(PageLayout.MARGIN * dotsX) + trim.x;
		int headerTop = (int) Math.round(PageLayout.MARGIN * dotsY) + trim.y;
		gc.setFont(resources.font(PageLayout.HEADER_FONT_SIZE * dotsY, false));
		gc.setForeground(resources.color(HEADER_COLOR));
		gc.drawString(header, left, headerTop, true);

		int top = (int) Math.round((PageLayout.MARGIN + PageLayout.HEADER) * dotsY) + trim.y;
		Rectangle area = new Rectangle(left, top, (int) Math.floor(layout.printableWidth() * dotsX), (int) Math.floor(layout.printableHeight() * dotsY));
		gc.setClipping(area);
		gc.setAntialias(SWT.ON);
		double zoom = layout.scale() * dotsX;
		// SwtCanvas puts diagram x at x * zoom - originX: the tile's corner lands on the printable area's corner
		drawing.painter().accept(new SwtCanvas(gc, resources, zoom, tile.x() * zoom - left, tile.y() * zoom - top, area));
	}
}
