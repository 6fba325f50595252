package org.wbsmodeler.ui.plan;

import org.wbsmodeler.model.util.WbsTree;
import org.wbsmodeler.editing.rules.RefusedEdit;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.session.PlanSession;

/**
 * Drag and drop of rows within the Plan: dropping before or after a row puts the dragged rows beside it, dropping on
 * a summary puts them at its end. While dragging only the tree's insertion feedback shows; the model changes once,
 * on drop, by one command (refused drops say why and change nothing).
 */
final class PlanDragAndDrop {

	private PlanDragAndDrop() {
	}

	static void install(TreeViewer viewer, PlanSession context) {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
				event.doit = !viewer.getStructuredSelection().isEmpty();
			}
		});
		viewer.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(viewer) {
			@Override
			public boolean validateDrop(Object target, int operation, TransferData type) {
				return target instanceof WbsElement && LocalSelectionTransfer.getTransfer().isSupportedType(type);
			}

			@Override
			public boolean performDrop(Object data) {
				WbsElement target = (WbsElement) getCurrentTarget();
				List<WbsElement> rows = ((IStructuredSelection) LocalSelectionTransfer.getTransfer().getSelection()).toList().stream()
						.filter(WbsElement.class::isInstance).map(WbsElement.class::cast).toList();
				try {
					EObject parent;
					int index;
					if (getCurrentLocation() == LOCATION_ON && target instanceof WbsContainer container) {
						parent = target;
						index = container.getChildren().size();
					} else {
						parent = target.eContainer();
						index = WbsTree.children(parent).indexOf(target) + (getCurrentLocation() == LOCATION_BEFORE ? 0 : 1);
					}
					Command command = context.rules().structure().moveTo(rows, parent, index);
					if (command.canExecute()) {
						context.domain().getCommandStack().execute(command);
						return true;
					}
				} catch (RefusedEdit e) {
					context.status().accept(e.getMessage());
				}
				return false;
			}
		});
	}
}
