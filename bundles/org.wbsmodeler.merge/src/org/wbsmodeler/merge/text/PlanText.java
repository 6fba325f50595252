package org.wbsmodeler.merge.text;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.wbsmodeler.merge.index.PlanIndex;

/**
 * A plan as lines of text for {@code git diff} (a textconv filter): one line per element in outline order with its
 * label and every compared value that is not the default, so a line-based diff shows which element and feature
 * changed, and computed values (dates, floats) make no noise.
 */
public final class PlanText {

	private PlanText() {
	}

	public static void write(PlanIndex plan, PrintStream out) {
		PlanLabels labels = new PlanLabels();
		for (String id : plan.ids()) {
			EObject object = plan.object(id);
			StringBuilder line = new StringBuilder(labels.label(object));
			for (EStructuralFeature feature : plan.features().values(object.eClass())) {
				Object value = object.eGet(feature);
				if (feature.isMany() ? ((List<?>) value).isEmpty() : Objects.equals(value, feature.getDefaultValue())) {
					continue;
				}
				if (feature.getName().equals("name") && !(value instanceof List)) {
					continue; // in the label already
				}
				line.append(" | ").append(feature.getName()).append('=').append(labels.value(value));
			}
			out.println(line);
		}
	}
}
