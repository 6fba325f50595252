import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Drives a studio running in another process on the same X display, as a user would: real pointer and key events
 * through the X server (XTest, via SWT's Display.post), and screenshots of the screen. Run with SWT on the class path:
 * java -cp SWT.jar CrashDriver.java COMMAND ...
 *   click X Y                    click at a screen point
 *   insert RECOVERY_DIR          press Insert (a new task in the Plan), then wait for a recovery note (*.properties)
 *                                in RECOVERY_DIR; prints "edit -> recovery file written in N ms", exits 1 after 10 s
 *   enter                        press Enter (a dialog's default button)
 *   shot FILE.png                the whole screen as a PNG
 */
public class CrashDriver {

	public static void main(String[] args) throws Exception {
		Display display = new Display();
		try {
			switch (args[0]) {
			case "click" -> click(display, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
			case "insert" -> System.exit(insert(display, Path.of(args[1])));
			case "enter" -> key(display, SWT.CR, '\r');
			case "shot" -> shot(display, args[1]);
			default -> throw new IllegalArgumentException("unknown command " + args[0]);
			}
		} finally {
			display.dispose();
		}
	}

	private static void post(Display display, Event event) {
		display.post(event);
		while (display.readAndDispatch()) {
			// let the event go out
		}
	}

	private static void click(Display display, int x, int y) {
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = x;
		move.y = y;
		post(display, move);
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			Event button = new Event();
			button.type = type;
			button.button = 1;
			post(display, button);
		}
	}

	private static void key(Display display, int keyCode, char character) {
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event key = new Event();
			key.type = type;
			key.keyCode = keyCode;
			key.character = character;
			post(display, key);
		}
	}

	private static int insert(Display display, Path recovery) throws Exception {
		key(display, SWT.INSERT, '\0');
		long edit = System.nanoTime();
		long deadline = edit + 10_000_000_000L;
		while (System.nanoTime() < deadline) {
			if (Files.isDirectory(recovery)) {
				try (Stream<Path> files = Files.list(recovery)) {
					if (files.anyMatch(f -> f.getFileName().toString().endsWith(".properties"))) {
						System.out.println("edit -> recovery file written in " + (System.nanoTime() - edit) / 1_000_000 + " ms");
						return 0;
					}
				}
			}
			Thread.sleep(5);
		}
		System.out.println("no recovery file in " + recovery + " within 10 s of the edit");
		return 1;
	}

	private static void shot(Display display, String file) {
		var bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		gc.copyArea(image, 0, 0);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(file, SWT.IMAGE_PNG);
		image.dispose();
	}
}
