package org.wbsmodeler.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wbsmodeler.model.BaselineEntry;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.view.ViewFilter;

/**
 * Cuts a (copied, scheduled) plan down to what a view keeps: the other elements go, and with them every link with
 * one end among them (counted: the export says how many), their baseline entries and every other reference to them
 * (CRM traces, process steps, views). One pass over the plan's references, not one per removed element.
 */
final class PlanPruning {

	private PlanPruning() {
	}

	/** Removes what {@code kept} does not keep; returns how many links had one end removed. */
	static int prune(Project plan, ViewFilter.Result kept) {
		Set<WbsElement> keep = kept.keptSet();
		Set<WbsElement> removed = Collections.newSetFromMap(new IdentityHashMap<>());
		List<WbsElement> topmost = new ArrayList<>();
		for (WbsElement e : kept.outline().elements()) {
			if (!keep.contains(e)) {
				removed.add(e);
				if (!(e.eContainer() instanceof WbsElement parent) || keep.contains(parent)) {
					topmost.add(e);
				}
			}
		}
		int dropped = kept.droppedLinks().size();
		if (removed.isEmpty()) {
			return dropped;
		}
		Map<EObject, Collection<EStructuralFeature.Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(removed, plan);
		for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> usage : usages.entrySet()) {
			for (EStructuralFeature.Setting setting : usage.getValue()) {
				EObject owner = setting.getEObject();
				if (owner instanceof Dependency || owner instanceof BaselineEntry) {
					// a link or a baseline entry without its element means nothing: it goes
					EcoreUtil.remove(owner);
				} else if (setting.getEStructuralFeature().isMany()) {
					((List<?>) setting.get(false)).remove(usage.getKey());
				} else {
					setting.unset();
				}
			}
		}
		for (WbsElement e : topmost) {
			EcoreUtil.remove(e);
		}
		return dropped;
	}
}
