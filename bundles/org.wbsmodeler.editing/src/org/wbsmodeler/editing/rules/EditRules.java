package org.wbsmodeler.editing.rules;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.wbsmodeler.model.Project;

/**
 * Every edit a person makes to a plan, as EMF commands on one editing domain — the one set of rules every page of
 * an editor, the Outline, Properties and the Sirius design share, so a gesture is refused for the same reason with
 * the same words wherever it is made. Grouped by what they change; a refusal is a {@link RefusedEdit} (or, for the
 * checks asked while a gesture is under way, a one-line text) and never touches the model or the undo stack.
 */
public final class EditRules {

	private final EditingDomain domain;
	private final StructureRules structure;
	private final LinkRules links;
	private final TaskRules tasks;
	private final ProcessRules processes;

	public EditRules(EditingDomain domain, Project project) {
		this.domain = domain;
		this.structure = new StructureRules(domain, project);
		this.links = new LinkRules(domain);
		this.tasks = new TaskRules(domain);
		this.processes = new ProcessRules(domain, project);
	}

	public EditingDomain domain() {
		return domain;
	}

	/** Insert, new child and sibling, indent, outdent, move, reparent, delete with links, cut, paste. */
	public StructureRules structure() {
		return structure;
	}

	/** Link, predecessors, link type and lag, unlink (with the cycle check). */
	public LinkRules links() {
		return links;
	}

	/** A task's inputs: name, duration, progress, mode, actual dates, resources, a moved bar. */
	public TaskRules tasks() {
		return tasks;
	}

	/** Processes and steps. */
	public ProcessRules processes() {
		return processes;
	}
}
