package org.wbsmodeler.risk.event;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.registry.Contributions;

/** The installed {@link RiskEventSource}s, read once. */
public final class RiskEvents {

	/** The extension point risk event sources are contributed to. */
	public static final String EXTENSION_POINT = "org.wbsmodeler.risk.events";

	private static final Supplier<List<RiskEventSource>> INSTALLED = Contributions.installed(EXTENSION_POINT, RiskEventSource.class,
			source -> source.getClass().getName());

	private RiskEvents() {
	}

	/** The events every installed source finds in {@code project}, source by source. */
	public static List<RiskEvent> of(Project project) {
		List<RiskEvent> events = new ArrayList<>();
		for (RiskEventSource source : INSTALLED.get()) {
			events.addAll(source.events(project));
		}
		return events;
	}
}
