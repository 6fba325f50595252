package org.wbsmodeler.studio.workbench;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * "WBS Modeling": the model editor in the middle, wide enough for the Plan table; the Project Explorer and the
 * Outline on the left; Properties and Problems side by side below, so that every view is visible at once.
 */
public class ModelingPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout explorer = layout.createFolder("explorer", IPageLayout.LEFT, 0.22f, editorArea);
		explorer.addView(IPageLayout.ID_PROJECT_EXPLORER);
		IFolderLayout outline = layout.createFolder("outline", IPageLayout.BOTTOM, 0.55f, "explorer");
		outline.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout properties = layout.createFolder("properties", IPageLayout.BOTTOM, 0.70f, editorArea);
		properties.addView(IPageLayout.ID_PROP_SHEET);
		IFolderLayout problems = layout.createFolder("problems", IPageLayout.RIGHT, 0.50f, "properties");
		problems.addView(IPageLayout.ID_PROBLEM_VIEW);

		for (String view : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE, IPageLayout.ID_PROP_SHEET,
				IPageLayout.ID_PROBLEM_VIEW }) {
			layout.addShowViewShortcut(view);
		}
		// the model wizard of org.wbsmodeler.ui first: File > New > WBS Model
		layout.addNewWizardShortcut("org.wbsmodeler.ui.wizards.newModel");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
	}
}
