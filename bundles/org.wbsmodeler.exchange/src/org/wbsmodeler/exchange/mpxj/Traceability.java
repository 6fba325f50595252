package org.wbsmodeler.exchange.mpxj;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mpxj.FieldType;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.model.CrmComponent;
import org.wbsmodeler.model.CrmScope;
import org.wbsmodeler.model.Process;
import org.wbsmodeler.model.ProcessBreakdown;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Requirement;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.util.ModelLabels;

/**
 * CRM and PBS traceability on the tasks: which components and requirements an element delivers and which process
 * steps it builds or changes, as text fields a person can read and edit in MS Project ({@link ModelField}). On
 * import the fields are the truth: they link elements to the components, requirements and steps of the same names,
 * and names nobody defined become new, bare components, requirements and steps.
 */
public final class Traceability {

	private Traceability() {
	}

	static void write(Project project, Map<WbsElement, Task> tasks, ExchangeWarnings warnings) {
		TraceIndex index = new TraceIndex(project);
		for (Map.Entry<WbsElement, Task> entry : tasks.entrySet()) {
			set(entry, index.components(entry.getKey()), ModelField.CRM_COMPONENTS, warnings);
			set(entry, index.requirements(entry.getKey()), ModelField.CRM_REQUIREMENTS, warnings);
			set(entry, index.steps(entry.getKey()), ModelField.PBS_STEPS, warnings);
		}
	}

	private static void set(Map.Entry<WbsElement, Task> entry, List<String> keys, ModelField field, ExchangeWarnings warnings) {
		if (keys.isEmpty()) {
			return;
		}
		String text = TraceValues.join(keys);
		if (text.length() > ModelField.MS_PROJECT_TEXT_LIMIT) {
			warnings.warn(ModelLabels.describe(entry.getKey()) + ": its " + field.alias() + " field has " + text.length() + " characters; MS Project keeps "
					+ ModelField.MS_PROJECT_TEXT_LIMIT);
		}
		entry.getValue().set(field.exportField(), text);
	}

	/** Links the imported elements as the fields of their tasks say, creating what the fields name but nobody defined. */
	static void read(Project project, ProjectFile file, Map<Task, WbsElement> elements, ExchangeWarnings warnings) {
		FieldType componentsField = ModelField.CRM_COMPONENTS.in(file);
		FieldType requirementsField = ModelField.CRM_REQUIREMENTS.in(file);
		FieldType stepsField = ModelField.PBS_STEPS.in(file);
		if (componentsField == null && requirementsField == null && stepsField == null) {
			return;
		}
		Map<String, CrmComponent> components = new LinkedHashMap<>();
		Map<String, Requirement> requirements = new LinkedHashMap<>();
		Map<String, ProcessStep> steps = new LinkedHashMap<>();
		if (project.getCrm() != null) {
			project.getCrm().getComponents().forEach(c -> components.putIfAbsent(TraceKeys.of(c), c));
			project.getCrm().getRequirements().forEach(r -> requirements.putIfAbsent(TraceKeys.of(r), r));
		}
		if (project.getProcessBreakdown() != null) {
			project.getProcessBreakdown().getProcesses().forEach(p -> p.getSteps().forEach(s -> steps.putIfAbsent(TraceKeys.of(s), s)));
		}
		for (Map.Entry<Task, WbsElement> entry : elements.entrySet()) {
			WbsElement element = entry.getValue();
			for (String key : values(entry.getKey(), componentsField)) {
				components.computeIfAbsent(key, k -> newComponent(project, k, warnings)).getDeliveredBy().add(element);
			}
			for (String key : values(entry.getKey(), requirementsField)) {
				requirements.computeIfAbsent(key, k -> newRequirement(project, k, warnings)).getDeliveredBy().add(element);
			}
			for (String key : values(entry.getKey(), stepsField)) {
				steps.computeIfAbsent(key, k -> newStep(project, k, warnings)).getWbsElements().add(element);
			}
		}
	}

	private static List<String> values(Task task, FieldType field) {
		if (field == null) {
			return List.of();
		}
		Object value = task.get(field);
		return value == null ? List.of() : TraceValues.split(value.toString());
	}

	private static CrmScope crm(Project project) {
		if (project.getCrm() == null) {
			project.setCrm(WbsFactory.eINSTANCE.createCrmScope());
		}
		return project.getCrm();
	}

	private static CrmComponent newComponent(Project project, String name, ExchangeWarnings warnings) {
		CrmComponent component = WbsFactory.eINSTANCE.createCrmComponent();
		component.setName(name);
		crm(project).getComponents().add(component);
		warnings.warn("CRM component '" + name + "' is named in a task's " + ModelField.CRM_COMPONENTS.alias() + " field only; created it");
		return component;
	}

	private static Requirement newRequirement(Project project, String identifier, ExchangeWarnings warnings) {
		Requirement requirement = WbsFactory.eINSTANCE.createRequirement();
		requirement.setIdentifier(identifier);
		crm(project).getRequirements().add(requirement);
		warnings.warn("requirement '" + identifier + "' is named in a task's " + ModelField.CRM_REQUIREMENTS.alias() + " field only; created it");
		return requirement;
	}

	private static ProcessStep newStep(Project project, String key, ExchangeWarnings warnings) {
		int separator = key.indexOf(TraceKeys.STEP_SEPARATOR.strip());
		String processName = separator < 0 ? "" : key.substring(0, separator).strip();
		String stepName = separator < 0 ? key : key.substring(separator + 1).strip();
		if (project.getProcessBreakdown() == null) {
			project.setProcessBreakdown(WbsFactory.eINSTANCE.createProcessBreakdown());
		}
		ProcessBreakdown breakdown = project.getProcessBreakdown();
		Process process = breakdown.getProcesses().stream().filter(p -> processName.equals(p.getName() == null ? "" : p.getName().strip())).findFirst()
				.orElse(null);
		if (process == null) {
			process = WbsFactory.eINSTANCE.createProcess();
			process.setName(processName);
			breakdown.getProcesses().add(process);
		}
		ProcessStep step = WbsFactory.eINSTANCE.createProcessStep();
		step.setName(stepName);
		process.getSteps().add(step);
		warnings.warn("process step '" + key + "' is named in a task's " + ModelField.PBS_STEPS.alias() + " field only; created it");
		return step;
	}
}
