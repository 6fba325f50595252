package org.wbsmodeler.ui.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wbsmodeler.exchange.ModelExporter;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.ui.editor.WbsEditor;
import org.wbsmodeler.ui.session.Criticality;
import org.wbsmodeler.ui.tasks.ExchangeTasks;
import org.wbsmodeler.ui.tasks.ModelSnapshot;

/**
 * WBS > Export…: the open model in another tool's format (MS Project XML, MPX, Primavera, Planner, JSON, CSV); the CSV
 * with the Criticality column after a schedule risk run.
 */
public final class ExportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Project project = ModelHandlers.project(ModelHandlers.domain(event));
		var shell = HandlerUtil.getActiveShell(event);
		List<ModelExporter> exporters = ExchangeTasks.exporters();
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Export " + project.getName());
		dialog.setOverwrite(true);
		dialog.setFilterNames(exporters.stream().map(e -> e.label() + " (*." + e.fileExtension() + ")").toArray(String[]::new));
		dialog.setFilterExtensions(exporters.stream().map(e -> "*." + e.fileExtension()).toArray(String[]::new));
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		ModelExporter format = exporters.get(Math.max(0, dialog.getFilterIndex()));
		Path target = Path.of(chosen.contains(".") ? chosen : chosen + "." + format.fileExtension());
		ModelSnapshot snapshot = ModelSnapshot.of(project);
		// after a risk run the CSV gains the Plan's Criticality column, as the Gantt page's export does
		Criticality criticality = HandlerUtil.getActiveEditor(event) instanceof WbsEditor editor ? editor.session().criticality() : null;
		ModelExporter exporter = criticality == null || criticality.isEmpty() ? format : ExchangeTasks.withCriticality(format, snapshot, criticality::of);
		List<String> warnings = new ArrayList<>();
		BackgroundWork.start("Export", shell, () -> {
			ExchangeTasks.export(snapshot.project(), exporter, target, warnings);
			return target;
		}, written -> {
			if (warnings.isEmpty()) {
				MessageDialog.openInformation(shell, "Export", "Written " + written + " (" + exporter.label() + ").");
			} else {
				new TextDialog(shell, "Export", "Written " + written + " (" + exporter.label() + ") with these warnings:\n\n" + String.join("\n", warnings)).open();
			}
		});
		return null;
	}
}
