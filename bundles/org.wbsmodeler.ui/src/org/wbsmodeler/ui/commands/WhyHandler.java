package org.wbsmodeler.ui.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.schedule.model.ScheduleModelException;
import org.wbsmodeler.ui.tasks.WhyChain;

/** WBS > Why: why the selected activity starts when it does (its driving chain) and what uses up its float. */
public final class WhyHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		List<EObject> selected = ModelHandlers.selection(event);
		var shell = HandlerUtil.getActiveShell(event);
		if (selected.size() != 1 || !(selected.get(0) instanceof WbsElement element)) {
			MessageDialog.openInformation(shell, "Why", "Select one activity or milestone first.");
			return null;
		}
		try {
			WhyChain why = WhyChain.of(ModelHandlers.project(ModelHandlers.domain(event)), element);
			new TextDialog(shell, "Why: " + element.getCode() + " " + element.getName(), why.text()).open();
		} catch (ScheduleModelException e) {
			MessageDialog.openInformation(shell, "Why", e.getMessage());
		}
		return null;
	}
}
