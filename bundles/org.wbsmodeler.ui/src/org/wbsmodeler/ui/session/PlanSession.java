package org.wbsmodeler.ui.session;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.wbsmodeler.editing.live.LiveSchedule;
import org.wbsmodeler.editing.rules.EditRules;
import org.wbsmodeler.editing.rules.RefusedEdit;
import org.wbsmodeler.model.Project;

/**
 * One open plan in one editor, as every page, the Outline and Properties see it: the one editing domain (every edit
 * a command on its stack), the one live schedule (dates, floats, critical flags, roll-ups, warnings — no page runs a
 * scheduler of its own), the one set of {@link EditRules}, the selection shared by the pages, the view in force, and
 * the status line. The editor makes it and hands it to each page through the page contract; a page never looks for
 * its editor.
 */
public final class PlanSession {

	/** A gesture's command, made by an edit rule that may refuse it. */
	@FunctionalInterface
	public interface Gesture {
		Command command() throws RefusedEdit;
	}

	private final EditingDomain domain;
	private final AdapterFactory adapterFactory;
	private final Project project;
	private final LiveSchedule schedule;
	private final EditRules rules;
	private final SelectionLink selection;
	private final ViewInForce view = new ViewInForce();
	private final Criticality criticality = new Criticality();
	private final FilterInForce filter = new FilterInForce();
	private final Consumer<String> status;

	public PlanSession(EditingDomain domain, AdapterFactory adapterFactory, Project project, LiveSchedule schedule, SelectionLink selection,
			Consumer<String> status) {
		this.domain = domain;
		this.adapterFactory = adapterFactory;
		this.project = project;
		this.schedule = schedule;
		this.rules = new EditRules(domain, project);
		this.selection = selection;
		this.status = status;
	}

	public EditingDomain domain() {
		return domain;
	}

	/** The item providers' adapter factory (labels, images, property descriptors). */
	public AdapterFactory adapterFactory() {
		return adapterFactory;
	}

	public Project project() {
		return project;
	}

	/** The plan's live schedule, brought up to date once per command before the pages repaint. */
	public LiveSchedule schedule() {
		return schedule;
	}

	public EditRules rules() {
		return rules;
	}

	public SelectionLink selection() {
		return selection;
	}

	/** The view of the plan that filters the pages' rows (chosen on the Gantt page, shown on every page it filters). */
	public ViewInForce view() {
		return view;
	}

	/** The last schedule risk run's criticality index per task (derived, empty until a run). */
	public Criticality criticality() {
		return criticality;
	}

	/** The filter bar's criteria, shared by the Plan and the Gantt page (on top of the view in force). */
	public FilterInForce filter() {
		return filter;
	}

	/** The status line: one line saying why an edit was refused; null clears it. */
	public Consumer<String> status() {
		return status;
	}

	/** Runs a command on the stack, or puts the refusal in the status line; tells whether it ran. */
	public boolean run(Command command, String refusal) {
		if (command == null || !command.canExecute()) {
			status.accept(refusal);
			return false;
		}
		status.accept(null);
		domain.getCommandStack().execute(command);
		return true;
	}

	/** Runs what an edit rule makes of a gesture, or puts the rule's refusal in the status line. */
	public boolean run(Gesture gesture) {
		try {
			Command command = gesture.command();
			return run(command, "Nothing to change");
		} catch (RefusedEdit e) {
			status.accept(e.getMessage());
			return false;
		}
	}
}
