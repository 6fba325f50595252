package org.wbsmodeler.ui.diagram.network;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.session.PlanSession;

/**
 * What the network's gestures do, in the session's edit rules: a drag from box to box links them (refused for the
 * same reasons, in the same words, as in the Plan and on the Gantt chart), a link's menu sets its type or lag or
 * deletes it.
 */
public final class NetworkEdits {

	private final PlanSession session;

	NetworkEdits(PlanSession session) {
		this.session = session;
	}

	/** Why linking these predecessors to the successor is refused, or null. */
	public String checkLink(List<WbsElement> predecessors, WbsElement successor) {
		return session.rules().links().refusal(predecessors, successor);
	}

	/** Links, or says in the status line why not. */
	void drop(List<WbsElement> predecessors, WbsElement successor) {
		session.run(() -> session.rules().links().link(predecessors, successor));
	}

	public Command setType(Dependency link, DependencyType type) {
		return session.rules().links().setType(link, type);
	}

	public Command setLag(Dependency link, double days) {
		return session.rules().links().setLag(link, days);
	}

	public Command remove(Dependency link) {
		return session.rules().links().unlink(link);
	}

	void run(Command command) {
		session.run(command, null);
	}

	PlanSession context() {
		return session;
	}
}
