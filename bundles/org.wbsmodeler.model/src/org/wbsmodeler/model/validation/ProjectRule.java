package org.wbsmodeler.model.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Requirement;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.util.DependencyCycles;
import org.wbsmodeler.model.util.ModelLabels;

import static org.wbsmodeler.model.util.ModelLabels.describe;

/** Checks that need the whole project at once: unique WBS codes and requirement identifiers, dependency cycles. */
public final class ProjectRule implements ValidationRule {

	@Override
	public boolean check(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(object instanceof Project project)) {
			return true;
		}
		boolean ok = true;
		Map<String, List<WbsElement>> byCode = new LinkedHashMap<>();
		Map<String, List<Requirement>> byIdentifier = new LinkedHashMap<>();
		// codes from the project's outline index (the one validation built before it ran, or a new one): asking each
		// element for its code counts its siblings every time
		OutlineIndex outline = OutlineIndex.of(project);
		for (OutlineIndex.Line line : outline.lines()) {
			byCode.computeIfAbsent(line.code(), k -> new ArrayList<>()).add(line.element());
		}
		// requirements live in the CRM scope: walking it, not the 100,000 elements of the WBS, finds them all
		for (var it = project.getCrm() == null ? java.util.Collections.<EObject>emptyIterator() : project.getCrm().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Requirement requirement && requirement.getIdentifier() != null && !requirement.getIdentifier().isEmpty()) {
				byIdentifier.computeIfAbsent(requirement.getIdentifier(), k -> new ArrayList<>()).add(requirement);
			}
		}
		for (Map.Entry<String, List<WbsElement>> entry : byCode.entrySet()) {
			if (entry.getValue().size() > 1) {
				ok &= Problems.report(diagnostics, WbsProblem.DUPLICATE_CODE, "WBS code " + entry.getKey() + " is used by "
						+ entry.getValue().stream().map(ModelLabels::describe).collect(Collectors.joining(" and ")), entry.getValue().toArray());
			}
		}
		for (Map.Entry<String, List<Requirement>> entry : byIdentifier.entrySet()) {
			if (entry.getValue().size() > 1) {
				ok &= Problems.report(diagnostics, WbsProblem.DUPLICATE_REQUIREMENT_ID, "requirement identifier " + entry.getKey() + " is used by "
						+ entry.getValue().size() + " requirements: " + entry.getValue().stream().map(ModelLabels::describe).collect(Collectors.joining(" and ")),
						entry.getValue().toArray());
			}
		}
		for (List<WbsElement> cycle : DependencyCycles.find(project, outline)) {
			ok &= Problems.report(diagnostics, WbsProblem.DEPENDENCY_CYCLE,
					"dependency cycle: " + ModelLabels.chain(cycle),
					cycle.subList(0, cycle.size() - 1).toArray());
		}
		return ok;
	}

}
