package org.wbsmodeler.ui.plan;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.wbsmodeler.editing.rules.RefusedEdit;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.session.PlanSession;

/** The Plan page's keyboard: what MS Project's task sheet does with a key, turned into the session's edit rules. */
final class PlanKeys {

	private final PlanPage page;
	private final PlanSession context;

	PlanKeys(PlanPage page, PlanSession context) {
		this.page = page;
		this.context = context;
	}

	/**
	 * MS Project's keys: Insert, Alt+Shift+arrows (indent, outdent, move), F2 rename, and typing on a row starts its
	 * new name. Delete is the global action.
	 */
	void keyPressed(Event event) {
		boolean altShift = (event.stateMask & SWT.MODIFIER_MASK) == (SWT.ALT | SWT.SHIFT);
		if ((event.stateMask & SWT.MODIFIER_MASK) == SWT.MOD1 && event.keyCode == 'f') {
			// Ctrl+F when no key binding took it (the editor's Find action normally does)
			page.find();
			event.doit = false;
			return;
		}
		if (event.keyCode == SWT.ESC && page.findBar().isOpen()) {
			page.findBar().close();
			return;
		}
		try {
			Command command = null;
			if (event.keyCode == SWT.INSERT && (event.stateMask & SWT.MODIFIER_MASK) == 0) {
				List<WbsElement> rows = page.selectedRows();
				command = context.rules().structure().insertTask(rows.isEmpty() ? null : rows.get(0));
			} else if (altShift && event.keyCode == SWT.ARROW_RIGHT) {
				command = context.rules().structure().indent(page.selectedRows());
			} else if (altShift && event.keyCode == SWT.ARROW_LEFT) {
				command = context.rules().structure().outdent(page.selectedRows());
			} else if (altShift && event.keyCode == SWT.ARROW_UP) {
				command = context.rules().structure().move(page.selectedRows(), -1);
			} else if (altShift && event.keyCode == SWT.ARROW_DOWN) {
				command = context.rules().structure().move(page.selectedRows(), +1);
			} else if (event.keyCode == SWT.F2 && (event.stateMask & SWT.MODIFIER_MASK) == 0) {
				page.rename();
				event.doit = false;
				return;
			} else if (startsTyping(event)) {
				typeIntoName(event.character);
				event.doit = false;
				return;
			} else {
				return;
			}
			event.doit = false;
			execute(command);
			if (event.keyCode == SWT.INSERT && command != null) {
				page.renameNewRow();
			}
		} catch (RefusedEdit e) {
			event.doit = false;
			context.status().accept(e.getMessage());
		}
	}

	/** A printable key on one selected row, without Ctrl or Alt: the start of a new name, as in MS Project and spreadsheets. */
	private boolean startsTyping(Event event) {
		return event.character >= ' ' && event.character != 0x7f && (event.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) == 0
				&& page.selectedRows().size() == 1;
	}

	/** Opens the name cell's editor with the typed character replacing the old name (Escape brings it back). */
	private void typeIntoName(char typed) {
		page.rename();
		if (page.viewer().isCellEditorActive() && page.viewer().getControl().getDisplay().getFocusControl() instanceof org.eclipse.swt.widgets.Text text) {
			text.setText(String.valueOf(typed));
			text.setSelection(1);
		}
	}

	private void execute(Command command) {
		if (command != null && command.canExecute()) {
			context.domain().getCommandStack().execute(command);
		}
	}
}
