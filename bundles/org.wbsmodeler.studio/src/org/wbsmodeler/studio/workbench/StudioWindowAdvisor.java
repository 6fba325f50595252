package org.wbsmodeler.studio.workbench;

import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PerspectiveAdapter;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.wbsmodeler.studio.StudioIds;

/**
 * The main window: title, size, tool bar, status line with progress; without the IDE action sets that come with
 * the text-editor bundles the Project Explorer pulls in (the IDE's Open File would open a model without a workspace
 * file, so without markers; the studio's own links it first).
 */
public class StudioWindowAdvisor extends WorkbenchWindowAdvisor {

	static final List<String> IDE_ACTION_SETS = List.of("org.eclipse.ui.actionSet.openFiles",
			"org.eclipse.ui.edit.text.actionSet.annotationNavigation", "org.eclipse.ui.edit.text.actionSet.navigation",
			"org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo");

	public StudioWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new StudioActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 800));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(false);
		configurer.setTitle(StudioIds.WINDOW_TITLE);
	}

	@Override
	public void postWindowOpen() {
		IWorkbenchWindow window = getWindowConfigurer().getWindow();
		hideIdeActionSets(window.getActivePage());
		// a reset or another perspective shows them again
		window.addPerspectiveListener(new PerspectiveAdapter() {
			@Override
			public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
				hideIdeActionSets(page);
			}

			@Override
			public void perspectiveChanged(IWorkbenchPage page, IPerspectiveDescriptor perspective, String changeId) {
				if (IWorkbenchPage.CHANGE_RESET_COMPLETE.equals(changeId)) {
					hideIdeActionSets(page);
				}
			}
		});
	}

	private static void hideIdeActionSets(IWorkbenchPage page) {
		if (page != null) {
			IDE_ACTION_SETS.forEach(page::hideActionSet);
		}
	}
}
