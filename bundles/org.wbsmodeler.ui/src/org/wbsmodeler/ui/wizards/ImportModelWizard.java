package org.wbsmodeler.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.wbsmodeler.exchange.ExchangeException;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.exchange.ImportOptions;
import org.wbsmodeler.exchange.ModelImporter;
import org.wbsmodeler.model.Project;

/**
 * File > Import > WBS Modeler > Plan from MS Project or another tool: reads the file with the importer the user
 * chose (or the one that claims it) into a new model in the workspace and opens it. A file that cannot be read
 * changes nothing: the model is built in memory first, and the importer's one-line message stays on the wizard page.
 */
public final class ImportModelWizard extends Wizard implements IImportWizard {

	public static final String ID = "org.wbsmodeler.ui.wizards.importModel";

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private ImportSourcePage sourcePage;
	private WizardNewFileCreationPage targetPage;

	public ImportModelWizard() {
		setWindowTitle("Import WBS Model");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
	}

	@Override
	public void addPages() {
		sourcePage = new ImportSourcePage();
		addPage(sourcePage);
		targetPage = new WizardNewFileCreationPage("target", selection);
		targetPage.setTitle("Import into");
		targetPage.setDescription("Choose the folder and the name of the new model file.");
		targetPage.setFileExtension("wbs");
		targetPage.setAllowExistingResources(false);
		addPage(targetPage);
		// the model is named after the source file until the user names it
		sourcePage.onSourceChanged(() -> {
			Path source = sourcePage.sourceFile();
			if (source != null) {
				String name = source.getFileName().toString();
				int dot = name.lastIndexOf('.');
				targetPage.setFileName((dot > 0 ? name.substring(0, dot) : name) + ".wbs");
			}
		});
	}

	@Override
	public boolean canFinish() {
		// the target page is complete only once it has been seen and names a folder
		return sourcePage.isPageComplete() && targetPage.getControl() != null && targetPage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		WizardPage current = (WizardPage) getContainer().getCurrentPage();
		IFile file = WorkspaceModels.file(targetPage.getContainerFullPath().append(fileNameWithExtension()));
		List<String> warnings = new ArrayList<>();
		try {
			Project project = read(sourcePage.importer(), sourcePage.sourceFile(), sourcePage.options(), warnings);
			WorkspaceModels.create(getContainer(), file, project);
			WorkspaceModels.open(workbench, file);
		} catch (ExchangeException | IOException | PartInitException | RuntimeException e) {
			current.setErrorMessage(WorkspaceModels.oneLine(e));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		if (!warnings.isEmpty()) {
			MessageDialog.openWarning(getShell(), "Import warnings", "Imported into " + file.getFullPath() + " with these warnings:\n\n" + String.join("\n", warnings));
		}
		return true;
	}

	/**
	 * Reads the plan off the UI thread (an MPP or XER of thousands of tasks takes seconds), with the wizard's progress
	 * bar showing and the window painting; the page's values are taken on the UI thread before.
	 */
	private Project read(ModelImporter importer, Path source, ImportOptions options, List<String> warnings)
			throws ExchangeException, InterruptedException {
		Project[] read = new Project[1];
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask("Reading " + source.getFileName(), IProgressMonitor.UNKNOWN);
				try {
					read[0] = importer.read(source, options, ExchangeWarnings.into(warnings));
				} catch (ExchangeException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof ExchangeException exchange) {
				throw exchange;
			}
			throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
		}
		return read[0];
	}

	private String fileNameWithExtension() {
		String name = targetPage.getFileName();
		return name.endsWith(".wbs") ? name : name + ".wbs";
	}
}
