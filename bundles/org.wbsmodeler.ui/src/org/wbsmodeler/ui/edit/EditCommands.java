package org.wbsmodeler.ui.edit;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The commands behind the global edit actions. An editor whose model needs more than EMF's defaults (a deleted task
 * takes the links pointing at it along; a paste on a task goes after it, not into it) supplies its own through
 * {@code getAdapter(EditCommands.class)}.
 */
public interface EditCommands {

	default Command delete(EditingDomain domain, Collection<?> selection) {
		return DeleteCommand.create(domain, selection);
	}

	default Command cut(EditingDomain domain, Collection<?> selection) {
		return CutToClipboardCommand.create(domain, selection);
	}

	default Command copy(EditingDomain domain, Collection<?> selection) {
		return CopyToClipboardCommand.create(domain, selection);
	}

	default Command paste(EditingDomain domain, Object target) {
		return PasteFromClipboardCommand.create(domain, target, null);
	}
}
