package org.wbsmodeler.exchange.mpxj;

import org.wbsmodeler.model.CrmComponent;
import org.wbsmodeler.model.Process;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.Requirement;

/**
 * How the traceability fields name what an element delivers: a component by its name, a requirement by its
 * identifier (its name when it has none), a process step as "process / step". These are the words a person edits
 * in MS Project; import finds the objects by the same keys.
 */
public final class TraceKeys {

	public static final String STEP_SEPARATOR = " / ";

	private TraceKeys() {
	}

	public static String of(CrmComponent component) {
		return text(component.getName());
	}

	public static String of(Requirement requirement) {
		String identifier = requirement.getIdentifier();
		return identifier != null && !identifier.isBlank() ? identifier.strip() : text(requirement.getName());
	}

	public static String of(ProcessStep step) {
		Process process = step.eContainer() instanceof Process p ? p : null;
		return (process == null ? "" : text(process.getName())) + STEP_SEPARATOR + text(step.getName());
	}

	private static String text(String name) {
		return name == null ? "" : name.strip();
	}
}
