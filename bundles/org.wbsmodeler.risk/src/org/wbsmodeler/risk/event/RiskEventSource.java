package org.wbsmodeler.risk.event;

import java.util.List;

import org.wbsmodeler.model.Project;

/**
 * What a plug-in contributes to the extension point {@value RiskEvents#EXTENSION_POINT} (on a flat classpath, to
 * {@code META-INF/services/org.wbsmodeler.risk.event.RiskEventSource}): the risk events it finds in a project, for
 * instance the risks of a risk register with their probability and impact.
 */
public interface RiskEventSource {

	/** The events of {@code project}; never null. Reads the model, changes nothing. */
	List<RiskEvent> events(Project project);
}
