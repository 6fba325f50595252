package org.wbsmodeler.ui.session;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.wbsmodeler.ui.edit.EditCommands;

/**
 * Edit &gt; Delete, Cut and Paste in the model editor, by the session's edit rules: a deleted task takes the links
 * pointing at it along, a paste on a task goes after it, not into it.
 */
public final class SessionEditCommands implements EditCommands {

	private final PlanSession session;

	public SessionEditCommands(PlanSession session) {
		this.session = session;
	}

	@Override
	public Command delete(EditingDomain domain, Collection<?> selection) {
		return session.rules().structure().delete(selection);
	}

	@Override
	public Command cut(EditingDomain domain, Collection<?> selection) {
		Command cut = session.rules().structure().cut(selection);
		return cut != null ? cut : EditCommands.super.cut(domain, selection);
	}

	@Override
	public Command paste(EditingDomain domain, Object target) {
		return session.rules().structure().paste(target);
	}
}
