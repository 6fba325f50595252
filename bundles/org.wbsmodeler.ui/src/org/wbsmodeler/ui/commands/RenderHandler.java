package org.wbsmodeler.ui.commands;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.ui.tasks.DiagramTasks;
import org.wbsmodeler.ui.tasks.ModelSnapshot;

/**
 * WBS > Render diagram…: the WBS chart, the process breakdown or the dependency network as SVG or PNG. The file
 * type picks the diagram and the format, so one dialog asks everything.
 */
public final class RenderHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Project project = ModelHandlers.project(ModelHandlers.domain(event));
		var shell = HandlerUtil.getActiveShell(event);
		DiagramTasks.Kind[] kinds = DiagramTasks.Kind.values();
		String[] names = new String[kinds.length * 2];
		String[] extensions = new String[kinds.length * 2];
		for (int i = 0; i < kinds.length; i++) {
			names[2 * i] = kinds[i].label() + " as SVG (*.svg)";
			extensions[2 * i] = "*.svg";
			names[2 * i + 1] = kinds[i].label() + " as PNG (*.png)";
			extensions[2 * i + 1] = "*.png";
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Render diagram");
		dialog.setOverwrite(true);
		dialog.setFilterNames(names);
		dialog.setFilterExtensions(extensions);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		int filter = Math.max(0, dialog.getFilterIndex());
		DiagramTasks.Kind kind = kinds[filter / 2];
		String lower = chosen.toLowerCase(java.util.Locale.ROOT);
		Path target = Path.of(lower.endsWith(".svg") || lower.endsWith(".png") ? chosen : chosen + extensions[filter].substring(1));
		ModelSnapshot snapshot = ModelSnapshot.of(project);
		BackgroundWork.start("Render diagram", shell, () -> DiagramTasks.render(snapshot.project(), kind, target),
				boxes -> MessageDialog.openInformation(shell, "Render diagram", kind.label() + " with " + boxes + " boxes written to " + target + "."));
		return null;
	}
}
