package org.wbsmodeler.ui.diagram.wbs;

import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Text;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.diagram.viewer.DiagramViewer;

/**
 * Rename in place (F2, double-click): a text field over the box with the name selected. Enter or leaving the field
 * commits (one command), Esc cancels; an unchanged or blank name changes nothing.
 */
final class InPlaceRename {

	private final DiagramViewer viewer;
	private final BiConsumer<WbsElement, String> commit;
	private Text field;

	InPlaceRename(DiagramViewer viewer, BiConsumer<WbsElement, String> commit) {
		this.viewer = viewer;
		this.commit = commit;
	}

	/** Whether a rename is in progress (the test and the key handling look). */
	Text field() {
		return field;
	}

	void start(WbsElement element) {
		cancel();
		viewer.setSelection(java.util.List.of(element), true);
		Rectangle box = viewer.screenBounds(element);
		if (box == null) {
			return;
		}
		Text text = new Text(viewer.control(), SWT.BORDER | SWT.SINGLE | SWT.CENTER);
		String old = element.getName() == null ? "" : element.getName();
		text.setText(old);
		int height = text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
		int width = Math.max(box.width, 160);
		text.setBounds(box.x + (box.width - width) / 2, box.y + (box.height - height) / 2, width, height);
		text.selectAll();
		text.setFocus();
		field = text;
		boolean[] done = { false };
		Runnable finish = () -> {
			if (done[0]) {
				return;
			}
			done[0] = true;
			String name = text.getText().strip();
			close(text);
			if (!name.isEmpty() && !name.equals(old)) {
				commit.accept(element, name);
			}
		};
		text.addListener(SWT.DefaultSelection, e -> finish.run());
		text.addListener(SWT.FocusOut, e -> finish.run());
		text.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_ESCAPE) {
				done[0] = true;
				e.doit = false;
				close(text);
			}
		});
	}

	private void close(Text text) {
		if (field == text) {
			field = null;
		}
		if (!text.isDisposed()) {
			text.getDisplay().asyncExec(text::dispose);
			text.setVisible(false);
		}
		if (!viewer.control().isDisposed()) {
			viewer.control().setFocus();
		}
	}

	void cancel() {
		if (field != null && !field.isDisposed()) {
			field.dispose();
		}
		field = null;
	}
}
