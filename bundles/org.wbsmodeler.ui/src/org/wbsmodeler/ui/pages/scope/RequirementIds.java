package org.wbsmodeler.ui.pages.scope;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import org.wbsmodeler.model.Requirement;
import org.wbsmodeler.model.RequirementKind;

/** Identifiers of new requirements: the kind's prefix and the next free number, BR-04 after BR-03. */
public final class RequirementIds {

	private static final Map<RequirementKind, String> PREFIXES = Map.of(RequirementKind.BUSINESS, "BR", RequirementKind.TECHNICAL, "TR",
			RequirementKind.INTEGRATION, "IR", RequirementKind.USER, "UR", RequirementKind.DATA_MIGRATION, "DM");

	private RequirementIds() {
	}

	public static String next(Collection<Requirement> existing, RequirementKind kind) {
		String prefix = PREFIXES.get(kind) + "-";
		int highest = 0;
		for (Requirement requirement : existing) {
			String id = requirement.getIdentifier();
			if (id != null && id.toUpperCase(Locale.ROOT).startsWith(prefix)) {
				try {
					highest = Math.max(highest, Integer.parseInt(id.substring(prefix.length()).trim()));
				} catch (NumberFormatException e) {
					// an identifier of another style does not take a number
				}
			}
		}
		return String.format(Locale.ROOT, "%s%02d", prefix, highest + 1);
	}
}
