package org.wbsmodeler.ui.diagram.tests;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.wbsmodeler.ui.diagram.page.DiagramPage;
import org.wbsmodeler.ui.editor.WbsEditor;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Input;

/** Finds the editor's tabs and brings one to the front with a real click on its tab. */
final class DiagramTabs {

	private DiagramTabs() {
	}

	/** The tab folder of the editor's pages: the nearest one above the Plan page's tree. */
	static CTabFolder folder(WbsEditor editor) {
		Control plan = editor.planPage().viewer().getControl();
		while (!(plan instanceof CTabFolder)) {
			plan = plan.getParent();
		}
		return (CTabFolder) plan;
	}

	static CTabItem tab(WbsEditor editor, String title) {
		for (CTabItem item : folder(editor).getItems()) {
			if (item.getText().equals(title)) {
				return item;
			}
		}
		throw new AssertionError("no tab " + title);
	}

	/** Clicks the tab; returns the diagram page it shows (null for another page), laid out. */
	static DiagramPage open(EditorFixture fixture, String title) {
		CTabItem item = tab(fixture.editor, title);
		CTabFolder folder = item.getParent();
		Rectangle bounds = item.getBounds();
		Input.clickAt(folder, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		fixture.flush();
		if (folder.getSelection() != item) {
			// GTK 3 under Xvfb: a posted click on a CTabFolder may arrive at other coordinates than the pointer's; do
			// what the folder does on a click on the tab (the editor listens to the folder's Selection event)
			folder.setSelection(item);
			org.eclipse.swt.widgets.Event selected = new org.eclipse.swt.widgets.Event();
			selected.item = item;
			folder.notifyListeners(org.eclipse.swt.SWT.Selection, selected);
			fixture.flush();
		}
		Object page = fixture.editor.modelPage(title);
		if (page instanceof DiagramPage diagram) {
			fixture.waitUntil(() -> diagram.built() != null && diagram.built().generation() == diagram.refresher().generation(), 10_000);
			fixture.flush();
			return diagram;
		}
		return null;
	}
}
