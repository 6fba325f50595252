package org.wbsmodeler.ui.wizards;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.wbsmodeler.exchange.ExchangeException;
import org.wbsmodeler.exchange.ExchangeFormats;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.exchange.ModelExporter;

/**
 * File > Export > WBS Modeler > Plan for MS Project or another tool: what {@code ./wbs export FILE --format ID -o OUT
 * [--view NAME]} writes, through the same {@link ExchangeFormats#exportFile} (scheduled at export, the file appears
 * whole or not at all, a view drops the links to what it leaves out). A failure writes nothing and stays on the page.
 */
public final class ExportModelWizard extends Wizard implements IExportWizard {

	public static final String ID = "org.wbsmodeler.ui.wizards.exportModel";

	private ExportSource source;
	private IFile initial;
	private ExportPage page;
	private String lastConfirmation;

	/** What the last finish confirmed ("Exported 88 tasks, 75 links, 8 resources → …"), or null. */
	public String lastConfirmation() {
		return lastConfirmation;
	}

	public ExportModelWizard() {
		setWindowTitle("Export WBS Model");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		source = new ExportSource(workbench);
		initial = selection == null || selection.isEmpty() ? null : ExportSource.fileOf(selection.getFirstElement());
		if (initial == null) {
			initial = source.activeModelFile();
		}
	}

	@Override
	public void addPages() {
		page = new ExportPage(initial, source);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		ModelExporter exporter = page.exporter();
		List<String> warnings = new ArrayList<>();
		try {
			ExchangeFormats.exportFile(page.project(), page.view(), exporter, page.targetFile(), ExchangeWarnings.into(warnings));
		} catch (ExchangeException | RuntimeException e) {
			page.setErrorMessage(WorkspaceModels.oneLine(e));
			return false;
		} catch (IOException e) {
			page.setErrorMessage(page.targetFile() + ": cannot write (" + WorkspaceModels.describe(e) + ")");
			return false;
		}
		refreshWorkspaceCopies(page.targetFile());
		ExportSummary.rememberFormat(page.modelFile(), exporter.id());
		String written;
		try {
			written = ExportSummary.of(page.project(), page.view(), page.targetFile());
		} catch (ExchangeException e) {
			written = "\u2192 " + page.targetFile();
		}
		lastConfirmation = "Exported " + written + " (" + exporter.label() + ")";
		if (!warnings.isEmpty()) {
			MessageDialog.openWarning(getShell(), "Export warnings", lastConfirmation + ", with these warnings:\n\n" + String.join("\n", warnings));
		} else {
			MessageDialog.openInformation(getShell(), "Export finished", lastConfirmation);
		}
		return true;
	}

	/** A file written into the workspace's folders shows at once in the Project Explorer. */
	private static void refreshWorkspaceCopies(java.nio.file.Path written) {
		for (IFile file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(written.toUri())) {
			try {
				file.refreshLocal(IResource.DEPTH_ZERO, null);
			} catch (CoreException e) {
				// the file is written; the workspace catches up on its next refresh
			}
		}
	}
}
