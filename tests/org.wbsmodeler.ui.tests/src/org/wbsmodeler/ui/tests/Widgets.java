package org.wbsmodeler.ui.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Finding widgets the way a user does: by what they show. */
public final class Widgets {

	private Widgets() {
	}

	/** Every control under a composite, depth first. */
	public static List<Control> all(Composite root) {
		List<Control> result = new ArrayList<>(Arrays.asList(root.getChildren()));
		for (Control child : root.getChildren()) {
			if (child instanceof Composite composite) {
				result.addAll(all(composite));
			}
		}
		return result;
	}

	/** The visible push button with this text. */
	public static Button button(Composite root, String text) {
		return all(root).stream().filter(c -> c instanceof Button b && text.equals(b.getText()) && b.isVisible()).map(Button.class::cast).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + text));
	}

	/** The texts of every label and text field, one per line. */
	public static String texts(Composite root) {
		StringBuilder all = new StringBuilder();
		for (Control control : all(root)) {
			if (control instanceof Label label) {
				all.append(label.getText()).append('\n');
			} else if (control instanceof Text text) {
				all.append(text.getText()).append('\n');
			}
		}
		return all.toString();
	}
}
