package org.wbsmodeler.ui.edit;

import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

/** The global edit actions of a model editor; each turns the selection into one command on the domain's stack. */
final class CommandActions {

	private CommandActions() {
	}

	/** Undo or redo, labelled with the command it would undo ("Undo Indent 1.2.3 Design"). */
	static final class StackAction extends Action {

		private final boolean undo;
		private EditingDomain domain;

		StackAction(boolean undo) {
			this.undo = undo;
			setId(undo ? "undo" : "redo");
			setActionDefinitionId(undo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo");
			update();
		}

		void setDomain(EditingDomain domain) {
			this.domain = domain;
			update();
		}

		void update() {
			CommandStack stack = domain == null ? null : domain.getCommandStack();
			Command next = stack == null ? null : undo ? stack.getUndoCommand() : stack.getRedoCommand();
			setEnabled(stack != null && (undo ? stack.canUndo() : stack.canRedo()));
			String label = next == null || next.getLabel() == null ? "" : " " + next.getLabel();
			setText((undo ? "&Undo" : "&Redo") + label);
		}

		@Override
		public void run() {
			if (domain != null) {
				if (undo) {
					domain.getCommandStack().undo();
				} else {
					domain.getCommandStack().redo();
				}
			}
		}
	}

	/** Delete, cut, copy, paste: a command made from the domain and the selected objects, enabled when it can run. */
	static final class SelectionAction extends Action {

		private final BiFunction<EditingDomain, List<?>, Command> factory;
		private EditingDomain domain;
		private List<?> selection = List.of();
		private Command command;

		SelectionAction(String text, String definitionId, BiFunction<EditingDomain, List<?>, Command> factory) {
			super(text);
			this.factory = factory;
			setActionDefinitionId(definitionId);
			setEnabled(false);
		}

		void setDomain(EditingDomain domain) {
			this.domain = domain;
			selectionChanged(null);
		}

		void selectionChanged(ISelection newSelection) {
			if (newSelection != null) {
				selection = newSelection instanceof IStructuredSelection s ? s.toList() : List.of();
			}
			command = domain == null ? UnexecutableCommand.INSTANCE : factory.apply(domain, selection);
			setEnabled(command != null && command.canExecute());
		}

		@Override
		public void run() {
			if (domain != null && command != null && command.canExecute()) {
				domain.getCommandStack().execute(command);
				selectionChanged(null);
			}
		}
	}
}
