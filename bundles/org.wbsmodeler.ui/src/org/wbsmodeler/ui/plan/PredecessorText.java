package org.wbsmodeler.ui.plan;

import org.wbsmodeler.editing.rules.LinkSpec;
import org.wbsmodeler.editing.rules.RefusedEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;

/**
 * Predecessors as MS Project's Predecessors column writes them, by WBS code: "3FS+2d; 1.2.4SS-1d". A plain code is
 * finish-to-start without lag; the type may stand alone ("1.2SS") and the lag without a type means FS ("3+2d").
 */
public final class PredecessorText {

	private static final Pattern ITEM = Pattern.compile("(.+?)(FS|SS|FF|SF)?([+-].+)?", Pattern.CASE_INSENSITIVE);

	private PredecessorText() {
	}

	/**
	 * Reads the text; refuses an unknown code or a lag that is not a duration. Whether the links may be made (a link
	 * to the element itself, a cycle) is the edit rules' question, asked with the same words everywhere.
	 */
	public static List<LinkSpec> parse(String text, WbsElement successor, OutlineIndex byCode, double hoursPerDay) throws RefusedEdit {
		List<LinkSpec> links = new ArrayList<>();
		for (String raw : text.split("[;,]")) {
			String item = raw.trim();
			if (item.isEmpty()) {
				continue;
			}
			LinkSpec link = byCode.byCode(item) != null ? new LinkSpec(byCode.byCode(item), DependencyType.FS, 0) : parseItem(item, byCode, hoursPerDay);
			links.add(link);
		}
		return links;
	}

	private static LinkSpec parseItem(String item, OutlineIndex byCode, double hoursPerDay) throws RefusedEdit {
		Matcher m = ITEM.matcher(item);
		if (!m.matches()) {
			throw new RefusedEdit("'" + item + "' is not a predecessor: write it like 3FS+2d");
		}
		String code = m.group(1).trim();
		WbsElement predecessor = byCode.byCode(code);
		if (predecessor == null) {
			throw new RefusedEdit("'" + item + "': there is no task with the code " + code);
		}
		DependencyType type = m.group(2) == null ? DependencyType.FS : DependencyType.get(m.group(2).toUpperCase(Locale.ROOT));
		double lag = m.group(3) == null ? 0 : DurationText.parse(m.group(3), hoursPerDay, true);
		return new LinkSpec(predecessor, type, lag);
	}
}
