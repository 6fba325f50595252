package org.wbsmodeler.ui.plan;

import org.wbsmodeler.editing.rules.AssignmentSpec;
import org.wbsmodeler.editing.rules.RefusedEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.WbsElement;

/** Resource assignments as MS Project's Resource Names column writes them: "Anna[50%]; Ben" (no units = 100 %). */
public final class AssignmentText {


	private static final Pattern ITEM = Pattern.compile("([^\\[\\]]+?)\\s*(?:\\[\\s*([0-9]+(?:[.,][0-9]+)?)\\s*%?\\s*\\])?");

	private AssignmentText() {
	}

	/** Reads the text; refuses names of resources the project does not have and units that are not a percentage. */
	public static List<AssignmentSpec> parse(String text, Project project) throws RefusedEdit {
		List<AssignmentSpec> entries = new ArrayList<>();
		for (String raw : text.split(";")) {
			String item = raw.trim();
			if (item.isEmpty()) {
				continue;
			}
			Matcher m = ITEM.matcher(item);
			if (!m.matches()) {
				throw new RefusedEdit("'" + item + "' is not an assignment: write it like Anna[50%]");
			}
			String name = m.group(1).trim();
			Resource resource = project.getResources().stream().filter(r -> name.equalsIgnoreCase(r.getName())).findFirst()
					.orElseThrow(() -> new RefusedEdit("'" + item + "': the project has no resource named " + name));
			double units = m.group(2) == null ? 1 : Double.parseDouble(m.group(2).replace(',', '.')) / 100;
			if (units <= 0) {
				throw new RefusedEdit("'" + item + "': units must be more than 0%");
			}
			entries.add(new AssignmentSpec(resource, units));
		}
		return entries;
	}
}
