package org.wbsmodeler.ui.wizards;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ResourceListSelectionDialog;
import org.wbsmodeler.exchange.ExchangeFormats;
import org.wbsmodeler.exchange.ModelExporter;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;

/**
 * The page of Export WBS Model: the model (a {@code .wbs} file of the workspace), the format (every exporter
 * contributed to {@code org.wbsmodeler.exchange.exporters}), the view to apply (the model's own views, or all tasks)
 * and the file to write.
 */
final class ExportPage extends WizardPage {

	private final List<ModelExporter> exporters = ExchangeFormats.exporters();
	private final ExportSource models;
	private final IFile initial;
	private Text model;
	private Combo format;
	private Combo view;
	private Text target;
	private Project project;
	private String suggestedTarget = "";

	ExportPage(IFile initial, ExportSource models) {
		super("export");
		this.initial = initial;
		this.models = models;
		setTitle("Export a model");
		setDescription("Write a model for MS Project or another tool, whole or through one of its views.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		new Label(page, SWT.NONE).setText("&Model:");
		model = new Text(page, SWT.BORDER);
		model.setMessage("/project/plan.wbs");
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(model);
		Button browseModel = new Button(page, SWT.PUSH);
		browseModel.setText("Bro&wse...");
		browseModel.addListener(SWT.Selection, e -> browseModel());

		new Label(page, SWT.NONE).setText("F&ormat:");
		format = new Combo(page, SWT.READ_ONLY);
		for (ModelExporter exporter : exporters) {
			format.add(exporter.label() + " (*." + exporter.fileExtension() + ")");
		}
		format.select(0);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(format);

		new Label(page, SWT.NONE).setText("&View:");
		view = new Combo(page, SWT.READ_ONLY);
		view.setToolTipText("Export only what one of the model's views keeps (with the dates of the whole plan)");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(view);

		new Label(page, SWT.NONE).setText("&To file:");
		target = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(target);
		Button browseTarget = new Button(page, SWT.PUSH);
		browseTarget.setText("Brow&se...");
		browseTarget.addListener(SWT.Selection, e -> browseTarget());

		model.addListener(SWT.Modify, e -> modelChanged());
		format.addListener(SWT.Selection, e -> formatChanged());
		target.addListener(SWT.Modify, e -> validate());
		view.addListener(SWT.Selection, e -> validate());
		setControl(page);
		if (initial != null) {
			model.setText(initial.getFullPath().toString());
		}
		modelChanged();
	}

	private void browseModel() {
		ResourceListSelectionDialog dialog = new ResourceListSelectionDialog(getShell(), ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
		dialog.setTitle("Model to export");
		if (dialog.open() == Window.OK && dialog.getResult().length > 0 && dialog.getResult()[0] instanceof IFile file) {
			model.setText(file.getFullPath().toString());
		}
	}

	private void browseTarget() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		ModelExporter exporter = exporter();
		dialog.setFilterNames(new String[] { exporter.label() + " (*." + exporter.fileExtension() + ")" });
		dialog.setFilterExtensions(new String[] { "*." + exporter.fileExtension() });
		String chosen = dialog.open();
		if (chosen != null) {
			target.setText(chosen);
		}
	}

	/** Reads the model named (the open editor's when there is one) to offer its views and name the target. */
	private void modelChanged() {
		IFile file = modelFile();
		project = null;
		String error = null;
		if (file != null && file.exists()) {
			try {
				project = models.project(file);
			} catch (Exception e) {
				error = WorkspaceModels.oneLine(e);
			}
		}
		view.removeAll();
		view.add("All tasks (no view)");
		if (project != null) {
			project.getViews().forEach(v -> view.add(v.getName()));
		}
		view.select(0);
		selectFormat(ExportSummary.lastFormat(file));
		if (file != null && file.getLocation() != null && (target.getText().isEmpty() || target.getText().equals(suggestedTarget))) {
			suggestedTarget = file.getLocation().removeFileExtension().addFileExtension(exporter().fileExtension()).toOSString();
			target.setText(suggestedTarget);
		}
		validate();
		if (error != null) {
			setErrorMessage(error);
			setPageComplete(false);
		}
	}

	/** Selects the exporter with that id (the plan's last format, MSPDI for a plan never exported). */
	private void selectFormat(String id) {
		for (int i = 0; i < exporters.size(); i++) {
			if (exporters.get(i).id().equals(id) && format.getSelectionIndex() != i) {
				format.select(i);
				formatChanged();
				return;
			}
		}
	}

	/** A new format: a target that still has the previous format's extension gets the new one. */
	private void formatChanged() {
		String text = target.getText();
		int dot = text.lastIndexOf('.');
		if (dot > text.lastIndexOf('/')) {
			boolean followed = text.equals(suggestedTarget);
			target.setText(text.substring(0, dot + 1) + exporter().fileExtension());
			if (followed) {
				suggestedTarget = target.getText();
			}
		}
		validate();
	}

	private void validate() {
		String error = null;
		IFile file = modelFile();
		if (model.getText().isBlank()) {
			error = "Choose the model to export.";
		} else if (file == null || !file.exists()) {
			error = model.getText().trim() + ": no such model in the workspace";
		} else if (project == null) {
			error = model.getText().trim() + ": cannot be read";
		} else if (target.getText().isBlank()) {
			error = "Choose the file to write.";
		}
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	/** The workspace file named in the model field, or null when the text is no file path. */
	IFile modelFile() {
		String text = model.getText().trim();
		if (text.isEmpty() || !IPath.fromPortableString(text).isValidPath(text)) {
			return null;
		}
		IPath path = IPath.fromPortableString(text);
		return path.segmentCount() < 2 ? null : ResourcesPlugin.getWorkspace().getRoot().getFile(path);
	}

	Project project() {
		return project;
	}

	ModelExporter exporter() {
		return exporters.get(Math.max(0, format.getSelectionIndex()));
	}

	/** The chosen view, or null for all tasks. */
	View view() {
		int index = view.getSelectionIndex();
		return index <= 0 || project == null ? null : project.getViews().get(index - 1);
	}

	Path targetFile() {
		return Path.of(target.getText().trim()).toAbsolutePath();
	}
}
