package org.wbsmodeler.ui.wizards;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.wbsmodeler.model.Project;

/**
 * File > New > WBS Model: a model from a template (name and start date as the user gives them) written into a new
 * workspace file, which then opens in the model editor. The model is built in memory and written atomically, so a
 * failure leaves no file behind.
 */
public final class NewModelWizard extends Wizard implements INewWizard {

	public static final String ID = "org.wbsmodeler.ui.wizards.newModel";

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private TemplatePage templatePage;
	private WizardNewFileCreationPage filePage;

	public NewModelWizard() {
		setWindowTitle("New WBS Model");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
	}

	@Override
	public void addPages() {
		templatePage = new TemplatePage();
		addPage(templatePage);
		filePage = new WizardNewFileCreationPage("location", selection) {
			@Override
			public void setVisible(boolean visible) {
				// the name follows the project's until the user types one of their own
				if (visible && (getFileName().isEmpty() || getFileName().equals(suggested))) {
					suggested = templatePage.suggestedFileName();
					setFileName(suggested);
				}
				super.setVisible(visible);
			}

			private String suggested = "";
		};
		filePage.setTitle("Location");
		filePage.setDescription("Choose the folder and the name of the model file.");
		filePage.setFileExtension("wbs");
		filePage.setAllowExistingResources(false);
		addPage(filePage);
	}

	@Override
	public IWizardPage getStartingPage() {
		return templatePage;
	}

	/** Finish comes with the location page: it starts incomplete (no file name), so the first page cannot finish. */
	@Override
	public boolean performFinish() {
		IFile file = WorkspaceModels.file(filePage.getContainerFullPath().append(fileNameWithExtension()));
		try {
			Project project = templatePage.template().create(templatePage.options());
			WorkspaceModels.create(getContainer(), file, project);
			WorkspaceModels.open(workbench, file);
			return true;
		} catch (IOException | PartInitException | RuntimeException e) {
			filePage.setErrorMessage(WorkspaceModels.oneLine(e));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private String fileNameWithExtension() {
		String name = filePage.getFileName();
		return name.endsWith(".wbs") ? name : name + ".wbs";
	}
}
