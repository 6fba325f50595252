import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

/**
 * Screenshots of the X display a studio runs on in another process, for kill9-recovery.sh (the input goes through
 * xdotool: SWT's Display.post from another process does not reach the studio's window). Run with SWT on the class
 * path: java -cp SWT.jar CrashDriver.java shot FILE.png
 */
public class CrashDriver {

	public static void main(String[] args) {
		if (args.length != 2 || !"shot".equals(args[0])) {
			throw new IllegalArgumentException("usage: CrashDriver shot FILE.png");
		}
		Display display = new Display();
		try {
			var bounds = display.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			gc.copyArea(image, 0, 0);
			gc.dispose();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(args[1], SWT.IMAGE_PNG);
			image.dispose();
		} finally {
			display.dispose();
		}
	}
}
