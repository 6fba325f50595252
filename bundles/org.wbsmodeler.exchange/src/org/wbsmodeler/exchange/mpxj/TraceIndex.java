package org.wbsmodeler.exchange.mpxj;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.wbsmodeler.model.CrmComponent;
import org.wbsmodeler.model.Process;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Requirement;
import org.wbsmodeler.model.WbsElement;

/**
 * The traceability seen from the WBS side: for each element, the {@link TraceKeys} of the components and
 * requirements it delivers and of the process steps it changes. The model keeps these links on the CRM and PBS
 * side; exports want them per element, so they are turned around once.
 */
public final class TraceIndex {

	private final Map<WbsElement, List<String>> components = new IdentityHashMap<>();
	private final Map<WbsElement, List<String>> requirements = new IdentityHashMap<>();
	private final Map<WbsElement, List<String>> steps = new IdentityHashMap<>();

	public TraceIndex(Project project) {
		if (project.getCrm() != null) {
			for (CrmComponent component : project.getCrm().getComponents()) {
				component.getDeliveredBy().forEach(e -> add(components, e, TraceKeys.of(component)));
			}
			for (Requirement requirement : project.getCrm().getRequirements()) {
				requirement.getDeliveredBy().forEach(e -> add(requirements, e, TraceKeys.of(requirement)));
			}
		}
		if (project.getProcessBreakdown() != null) {
			for (Process process : project.getProcessBreakdown().getProcesses()) {
				for (ProcessStep step : process.getSteps()) {
					step.getWbsElements().forEach(e -> add(steps, e, TraceKeys.of(step)));
				}
			}
		}
	}

	private static void add(Map<WbsElement, List<String>> index, WbsElement element, String key) {
		index.computeIfAbsent(element, k -> new ArrayList<>()).add(key);
	}

	public List<String> components(WbsElement element) {
		return components.getOrDefault(element, List.of());
	}

	public List<String> requirements(WbsElement element) {
		return requirements.getOrDefault(element, List.of());
	}

	public List<String> steps(WbsElement element) {
		return steps.getOrDefault(element, List.of());
	}
}
