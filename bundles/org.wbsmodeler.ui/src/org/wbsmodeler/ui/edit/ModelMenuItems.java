package org.wbsmodeler.ui.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;

/**
 * The top of the main menu's WBS menu: New Child and New Sibling for what is selected in the active model editor,
 * asked from its action bar contributor each time the menu opens. So there is one WBS menu, whose model commands
 * (Validate, Schedule, …) come from {@code plugin.xml} and whose creation entries follow the selection.
 */
public final class ModelMenuItems extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IEditorPart editor = window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		if (editor == null || !(editor.getEditorSite().getActionBarContributor() instanceof DomainActionBarContributor contributor)) {
			return new IContributionItem[0];
		}
		List<IContributionItem> items = new ArrayList<>(contributor.newChildMenus());
		if (!items.isEmpty()) {
			items.add(new Separator());
		}
		return items.toArray(IContributionItem[]::new);
	}
}
