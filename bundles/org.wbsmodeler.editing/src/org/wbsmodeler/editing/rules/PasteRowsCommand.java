package org.wbsmodeler.editing.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage.Literals;

/**
 * Pastes fresh copies of the clipboard's rows at one place. The clipboard is shared by all editors, so its rows may
 * come from another model: a copy keeps its links to rows of this model and among the pasted rows, drops links to
 * rows this model does not have, and takes resources and calendars of this model by name (a model never points into
 * another file).
 */
final class PasteRowsCommand extends GestureCommand {

	private final EditingDomain domain;
	private final Project project;
	private final EObject owner;
	private final int index;
	private final List<WbsElement> rows;

	private PasteRowsCommand(EditingDomain domain, Project project, EObject owner, int index, List<WbsElement> rows) {
		super("Paste " + rows.size() + (rows.size() == 1 ? " task" : " tasks"), rows);
		this.domain = domain;
		this.project = project;
		this.owner = owner;
		this.index = index;
		this.rows = rows;
	}

	/** The paste of the clipboard's rows, or null when it holds none. */
	static PasteRowsCommand of(EditingDomain domain, Project project, EObject owner, int index) {
		Collection<Object> clipboard = domain.getClipboard();
		List<WbsElement> originals = clipboard == null ? List.of() : clipboard.stream().filter(WbsElement.class::isInstance).map(WbsElement.class::cast).toList();
		if (originals.isEmpty()) {
			return null;
		}
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		List<WbsElement> copies = new ArrayList<>();
		for (WbsElement original : originals) {
			copies.add((WbsElement) copier.copy(original));
		}
		copier.copyReferences();
		copies.forEach(copy -> adopt(copy, project));
		return new PasteRowsCommand(domain, project, owner, index, copies);
	}

	private static void adopt(WbsElement copy, Project project) {
		List<EObject> parts = new ArrayList<>();
		parts.add(copy);
		copy.eAllContents().forEachRemaining(parts::add);
		for (EObject part : parts) {
			if (part instanceof Dependency link && !belongs(link.getPredecessor(), project, copy)) {
				EcoreUtil.remove(link);
			} else if (part instanceof Assignment assignment && assignment.getResource() != null
					&& assignment.getResource().eResource() != project.eResource()) {
				Resource same = byName(project, assignment.getResource().getName());
				if (same == null) {
					EcoreUtil.remove(assignment);
				} else {
					assignment.setResource(same);
				}
			} else if (part instanceof WbsElement element && element.getCalendar() != null && element.getCalendar().eResource() != project.eResource()) {
				element.setCalendar(project.getCalendars().stream().filter(c -> c.getName() != null && c.getName().equals(element.getCalendar().getName()))
						.findFirst().orElse(null));
			}
		}
	}

	/** A link may stay when its predecessor is in this model or among the pasted rows. */
	private static boolean belongs(WbsElement predecessor, Project project, WbsElement pasted) {
		return predecessor != null && (predecessor.eResource() == project.eResource() && project.eResource() != null
				|| EcoreUtil.isAncestor(pasted, predecessor));
	}

	private static Resource byName(Project project, String name) {
		return project.getResources().stream().filter(r -> r.getName() != null && r.getName().equals(name)).findFirst().orElse(null);
	}

	@Override
	protected boolean prepare() {
		append(AddCommand.create(domain, owner, Literals.WBS_CONTAINER__CHILDREN, rows, index));
		return super.prepare();
	}
}
