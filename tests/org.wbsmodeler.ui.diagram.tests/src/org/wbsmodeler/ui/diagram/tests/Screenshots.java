package org.wbsmodeler.ui.diagram.tests;

import java.io.File;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves what a shell shows as a PNG under {@code target/screenshots/} of this test bundle, so that people can look
 * at every screen a UI test drove.
 */
public final class Screenshots {

	private Screenshots() {
	}

	/** Paints pending events, then copies the shell's area from the screen. Returns the file written. */
	public static File save(Shell shell, String name) {
		Display display = shell.getDisplay();
		UiTestSupport.flush(display);
		// dialogs: the client area, placed by the shell itself (without a window manager, as under Xvfb, a dialog is
		// not where getBounds says); a workbench window: its bounds, so that the menu bar is in the picture
		Rectangle area = shell.getMenuBar() != null ? shell.getBounds() : shell.getClientArea();
		org.eclipse.swt.graphics.Point origin = shell.getMenuBar() != null ? new org.eclipse.swt.graphics.Point(area.x, area.y)
				: shell.toDisplay(area.x, area.y);
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, origin.x, origin.y);
		} finally {
			gc.dispose();
		}
		try {
			File dir = new File(System.getProperty("wbs.screenshots", "target/screenshots"));
			dir.mkdirs();
			File file = new File(dir, name + ".png");
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.getPath(), SWT.IMAGE_PNG);
			return file;
		} finally {
			image.dispose();
		}
	}
}
