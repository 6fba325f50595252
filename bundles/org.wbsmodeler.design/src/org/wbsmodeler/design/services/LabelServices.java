package org.wbsmodeler.design.services;

import java.time.LocalDateTime;

import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.format.Durations;
import org.wbsmodeler.model.util.ModelLabels;

/**
 * Labels and tooltips of the diagrams, worded as the rest of WBS Modeler words them (code and name, as in the
 * exported charts). Sirius calls these as {@code service:wbsLabel} or {@code aql:self.dependencyLabel()}.
 */
public class LabelServices {

	/** A box of the WBS tree or the network: {@code 1.2.1 Design}. */
	public String wbsLabel(WbsElement element) {
		return ModelLabels.shortLabel(element);
	}

	/** The diagram title: the project name, or a placeholder when it has none. */
	public String projectLabel(Project project) {
		String name = project.getName();
		return name == null || name.isBlank() ? "(unnamed project)" : name;
	}

	/**
	 * A dependency arrow: nothing for the common finish-to-start without lag (a network full of "FS" says nothing),
	 * otherwise the type and the lag in working days, e.g. {@code SS +2d} or {@code FS -1.5d}.
	 */
	public String dependencyLabel(Dependency dependency) {
		DependencyType type = dependency.getType();
		double lag = dependency.getLag();
		if (type == DependencyType.FS && lag == 0) {
			return "";
		}
		return lag == 0 ? type.getLiteral() : type.getLiteral() + " " + Durations.lag(lag);
	}

	/** The tooltip of a box: what it is, its scheduled dates and float, and whether it is critical. */
	public String elementTooltip(WbsElement element) {
		StringBuilder text = new StringBuilder(ModelLabels.describe(element));
		text.append("\nDuration: ").append(Durations.days(element.getDuration()));
		text.append("\nEarly start: ").append(date(element.getEarlyStart()));
		text.append("\nEarly finish: ").append(date(element.getEarlyFinish()));
		text.append("\nTotal float: ").append(Durations.days(element.getTotalFloat()));
		if (element.isCritical()) {
			text.append("\nOn the critical path");
		}
		return text.toString();
	}

	private static String date(LocalDateTime value) {
		return value == null ? "(not scheduled)" : value.toLocalDate().toString();
	}
}
