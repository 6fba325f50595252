package org.wbsmodeler.studio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** What the studio tests share: the window, waiting for the UI to catch up, and PNGs of what it shows. */
public final class StudioTestSupport {

	private StudioTestSupport() {
	}

	public static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	/** Runs the event loop until the condition holds or the time is up; returns the condition's last value. */
	public static boolean waitFor(BooleanSupplier condition, long timeoutMillis) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				return false;
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
		return true;
	}

	/** The shell as it is on screen, as {@code target/screenshots/NAME.png} of this test bundle. */
	public static Path screenshot(Shell shell, String name) throws Exception {
		Display display = shell.getDisplay();
		waitFor(() -> !display.readAndDispatch(), 5_000);
		Rectangle area = shell.getBounds();
		Image image = new Image(display, area.width, area.height);
		try {
			GC screen = new GC(display);
			screen.copyArea(image, area.x, area.y);
			screen.dispose();
			Path dir = Path.of(System.getProperty("wbs.screenshots", "target/screenshots"));
			Files.createDirectories(dir);
			Path png = dir.resolve(name + ".png");
			ImageLoader writer = new ImageLoader();
			writer.data = new ImageData[] { image.getImageData() };
			writer.save(png.toString(), SWT.IMAGE_PNG);
			return png;
		} finally {
			image.dispose();
		}
	}
}
