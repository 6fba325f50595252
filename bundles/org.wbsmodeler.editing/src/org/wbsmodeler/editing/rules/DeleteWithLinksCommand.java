package org.wbsmodeler.editing.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.WbsPackage.Literals;

/**
 * Deletes objects and, in the same undoable step, removes the dependencies of remaining elements that point at them
 * (a link without its predecessor would be an invalid model); other references (traces, budget lines) are cleared by
 * EMF's {@link DeleteCommand}. The links are looked up when the command runs, not when the action is enabled, so
 * selecting a row in a large model stays cheap.
 */
final class DeleteWithLinksCommand extends GestureCommand {

	private final EditingDomain domain;
	private final List<EObject> objects;
	private EObject owner;
	private EStructuralFeature feature;
	private int index;

	DeleteWithLinksCommand(EditingDomain domain, String label, List<EObject> objects) {
		super(label, objects);
		this.domain = domain;
		this.objects = objects;
	}

	@Override
	protected boolean prepare() {
		return !objects.isEmpty();
	}

	/** After the delete, as in MS Project: the row that took the deleted one's place, else its parent. */
	@Override
	public Collection<?> getAffectedObjects() {
		if (objects.get(0).eResource() != null || owner == null || owner.eResource() == null) {
			return super.getAffectedObjects();
		}
		List<?> siblings = feature != null && feature.isMany() ? (List<?>) owner.eGet(feature) : List.of();
		return List.of(index < siblings.size() ? siblings.get(index) : owner);
	}

	@Override
	public void execute() {
		EObject first = objects.get(0);
		owner = first.eContainer();
		feature = first.eContainmentFeature();
		index = feature != null && feature.isMany() ? ((List<?>) owner.eGet(feature)).indexOf(first) : 0;
		Set<EObject> deleted = new HashSet<>();
		for (EObject object : objects) {
			deleted.add(object);
			object.eAllContents().forEachRemaining(deleted::add);
		}
		Map<EObject, Collection<EStructuralFeature.Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(deleted, domain.getResourceSet());
		List<Dependency> links = new ArrayList<>();
		for (Collection<EStructuralFeature.Setting> settings : usages.values()) {
			for (EStructuralFeature.Setting setting : settings) {
				if (setting.getEStructuralFeature() == Literals.DEPENDENCY__PREDECESSOR && setting.getEObject() instanceof Dependency link
						&& !deleted.contains(link) && !links.contains(link)) {
					links.add(link);
				}
			}
		}
		for (Dependency link : links) {
			appendAndExecute(RemoveCommand.create(domain, link.eContainer(), Literals.WBS_ELEMENT__PREDECESSORS, link));
		}
		appendAndExecute(DeleteCommand.create(domain, objects));
	}
}
