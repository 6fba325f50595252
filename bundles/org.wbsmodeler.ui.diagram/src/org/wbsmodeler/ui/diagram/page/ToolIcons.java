package org.wbsmodeler.ui.diagram.page;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Icons of the diagram pages' tool bars, so that the items read as buttons rather than a run of words: the
 * workbench's shared images where it has one (delete, new, export, collapse, expand), drawn ones for zoom and arrange.
 * Drawn images belong to the tool item and go with it.
 */
public final class ToolIcons {

	private static final int SIZE = 16;
	private static final Map<String, String> SHARED = new HashMap<>();
	private static final Map<String, Consumer<GC>> DRAWN = new HashMap<>();

	static {
		SHARED.put("Delete", ISharedImages.IMG_TOOL_DELETE);
		SHARED.put("New child", ISharedImages.IMG_OBJ_ADD);
		SHARED.put("New process", ISharedImages.IMG_OBJ_ADD);
		SHARED.put("Collapse", ISharedImages.IMG_ELCL_COLLAPSEALL);
		DRAWN.put("Zoom in", gc -> magnifier(gc, true, true));
		DRAWN.put("Zoom out", gc -> magnifier(gc, true, false));
		DRAWN.put("100%", gc -> {
			magnifier(gc, false, false);
			gc.drawText("1", 4, 1, true);
		});
		DRAWN.put("Zoom to fit", gc -> {
			gc.drawRectangle(1, 1, 13, 13);
			gc.drawLine(4, 4, 11, 11);
			gc.drawLine(11, 4, 4, 11);
		});
		DRAWN.put("Arrange", gc -> {
			gc.drawRectangle(5, 1, 5, 3);
			gc.drawRectangle(1, 10, 5, 3);
			gc.drawRectangle(9, 10, 5, 3);
			gc.drawLine(7, 5, 7, 7);
			gc.drawLine(3, 7, 11, 7);
			gc.drawLine(3, 7, 3, 9);
			gc.drawLine(11, 7, 11, 9);
		});
		DRAWN.put("Export\u2026", gc -> {
			gc.drawRectangle(1, 5, 9, 9);
			gc.drawLine(6, 9, 14, 1);
			gc.drawLine(9, 1, 14, 1);
			gc.drawLine(14, 1, 14, 6);
		});
		DRAWN.put("Expand", gc -> {
			gc.drawRectangle(2, 2, 11, 11);
			gc.drawLine(5, 7, 10, 7);
			gc.drawLine(7, 5, 7, 10);
		});
	}

	private ToolIcons() {
	}

	/** A tool item that runs an action: an icon (its name in the tooltip) where there is one, else its text. */
	public static ToolItem item(ToolBar toolBar, String text, String tip, Runnable action) {
		ToolItem item = new ToolItem(toolBar, SWT.PUSH);
		if (!apply(item, text, tip)) {
			item.setText(text);
			item.setToolTipText(tip);
		}
		item.addListener(SWT.Selection, e -> action.run());
		return item;
	}

	/** Gives the item its icon when there is one for its text: the text then goes into the tooltip. */
	static boolean apply(ToolItem item, String text, String tip) {
		Image image = null;
		if (SHARED.containsKey(text)) {
			image = PlatformUI.getWorkbench().getSharedImages().getImage(SHARED.get(text));
		} else if (DRAWN.containsKey(text)) {
			image = draw(item.getDisplay(), DRAWN.get(text));
			Image owned = image;
			item.addDisposeListener(e -> owned.dispose());
		}
		if (image == null) {
			return false;
		}
		item.setImage(image);
		item.setToolTipText(text.replace("\u2026", "") + ": " + tip);
		return true;
	}

	private static Image draw(Display display, Consumer<GC> painter) {
		// a transparent 16x16 image: drawn on white, white then made the transparent pixel
		PaletteData palette = new PaletteData(new RGB[] { new RGB(255, 255, 255), new RGB(40, 60, 90) });
		ImageData data = new ImageData(SIZE, SIZE, 1, palette);
		Image canvas = new Image(display, data);
		GC gc = new GC(canvas);
		gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
		gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(0, 0, SIZE, SIZE);
		gc.setForeground(new org.eclipse.swt.graphics.Color(display, 40, 60, 90));
		painter.accept(gc);
		gc.dispose();
		ImageData drawn = canvas.getImageData();
		canvas.dispose();
		drawn.transparentPixel = drawn.palette.getPixel(new RGB(255, 255, 255));
		return new Image(display, drawn);
	}

	private static void magnifier(GC gc, boolean sign, boolean plus) {
		gc.setLineWidth(2);
		gc.drawOval(1, 1, 9, 9);
		gc.drawLine(9, 9, 14, 14);
		gc.setLineWidth(1);
		if (sign) {
			gc.drawLine(3, 5, 8, 5);
			if (plus) {
				gc.drawLine(5, 3, 5, 8);
			}
		}
	}
}
