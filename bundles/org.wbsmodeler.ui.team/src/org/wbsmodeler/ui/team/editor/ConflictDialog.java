package org.wbsmodeler.ui.team.editor;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.store.Conflict;

/** The conflicts in one message dialog, one line each: element, feature, base → mine / theirs. */
final class ConflictDialog implements ConflictPresenter {

	static final String TITLE = "Conflicts with the shared plan";

	private final java.util.function.Supplier<Shell> shell;

	ConflictDialog(java.util.function.Supplier<Shell> shell) {
		this.shell = shell;
	}

	@Override
	public void show(String title, List<Conflict> conflicts, Map<String, ElementRow> rows) {
		StringBuilder text = new StringBuilder(title).append(": ").append(conflicts.size()).append(" conflict(s).\n\n");
		for (Conflict conflict : conflicts) {
			text.append(line(conflict, rows)).append('\n');
		}
		text.append("\nYour values stay in the editor; saving commits them over the others'.");
		MessageDialog.openWarning(shell.get(), TITLE, text.toString());
	}

	static String line(Conflict conflict, Map<String, ElementRow> rows) {
		ElementRow row = rows.get(conflict.element());
		String name = row == null || row.attrs().get("name") == null ? conflict.element() : row.attrs().get("name").asText();
		return name + " · " + conflict.feature() + ": base " + text(conflict.base()) + ", mine " + text(conflict.mine()) + ", theirs "
				+ text(conflict.theirs());
	}

	private static String text(com.fasterxml.jackson.databind.JsonNode value) {
		return value == null || value.isNull() ? "(none)" : value.isTextual() ? value.asText() : value.toString();
	}
}
