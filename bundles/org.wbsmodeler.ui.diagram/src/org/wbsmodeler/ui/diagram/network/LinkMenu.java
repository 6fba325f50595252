package org.wbsmodeler.ui.diagram.network;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.ui.diagram.viewer.DiagramViewer;
import org.wbsmodeler.ui.pages.cells.ValueTexts;

/** The context menu of a link on the network: its type, its lag, delete. */
final class LinkMenu {

	private LinkMenu() {
	}

	static void install(DiagramViewer viewer, NetworkEdits edits) {
		Menu menu = new Menu(viewer.control());
		viewer.control().setMenu(menu);
		menu.addListener(SWT.Show, e -> {
			for (MenuItem item : menu.getItems()) {
				item.dispose();
			}
			Dependency link = viewer.selection().size() == 1 && viewer.selection().get(0) instanceof Dependency d ? d : null;
			if (link == null) {
				MenuItem hint = new MenuItem(menu, SWT.PUSH);
				hint.setText("Right-click a link to change it; drag from a task to another to link them");
				hint.setEnabled(false);
				return;
			}
			fill(menu, viewer, edits, link);
		});
	}

	private static void fill(Menu menu, DiagramViewer viewer, NetworkEdits edits, Dependency link) {
		DependencyType current = link.getType() == null ? DependencyType.FS : link.getType();
		for (DependencyType type : DependencyType.VALUES) {
			MenuItem item = new MenuItem(menu, SWT.RADIO);
			item.setText(type.getLiteral() + " \u2014 " + describe(type));
			item.setSelection(type == current);
			item.addListener(SWT.Selection, e -> {
				if (item.getSelection() && type != current) {
					edits.run(edits.setType(link, type));
				}
			});
		}
		new MenuItem(menu, SWT.SEPARATOR);
		MenuItem lag = new MenuItem(menu, SWT.PUSH);
		lag.setText("Lag\u2026 (now " + ValueTexts.number(link.getLag()) + " d)");
		lag.addListener(SWT.Selection, e -> {
			InputDialog dialog = new InputDialog(viewer.control().getShell(), "Lag", "Lag in working days (negative for a lead):",
					ValueTexts.number(link.getLag()), text -> parse(text) == null ? "Not a number of days: " + text : null);
			if (dialog.open() == Window.OK) {
				edits.run(edits.setLag(link, parse(dialog.getValue())));
			}
		});
		MenuItem delete = new MenuItem(menu, SWT.PUSH);
		delete.setText("Delete link");
		delete.addListener(SWT.Selection, e -> edits.run(edits.remove(link)));
	}

	private static Double parse(String text) {
		try {
			return Double.valueOf(text.strip().replace(',', '.').replaceFirst("\\s*d$", ""));
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static String describe(DependencyType type) {
		return switch (type) {
		case FS -> "finish to start";
		case SS -> "start to start";
		case FF -> "finish to finish";
		case SF -> "start to finish";
		};
	}
}
