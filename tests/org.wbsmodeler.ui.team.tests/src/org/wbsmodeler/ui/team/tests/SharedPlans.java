package org.wbsmodeler.ui.team.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.wbsmodeler.server.client.PlanEventStream;
import org.wbsmodeler.server.client.WorkingCopy;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.ui.team.editor.SharedEditor;
import org.wbsmodeler.ui.team.editor.SharedEditors;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Widgets;

/** What the shared-plan tests do alike: a copy of a shared plan opened in the editor, the status field, editor tabs. */
final class SharedPlans {

	private SharedPlans() {
	}

	/** A copy of the plan at revision 1 (its rows) opened in the plan editor as a shared plan of that server. */
	static EditorFixture open(String server, long plan, Map<String, ElementRow> rows, String token) throws Exception {
		Path scratch = Files.createTempFile("shared", ".wbs");
		try {
			WorkingCopy.write(scratch, rows, server, plan, 1, rows);
			EditorFixture fixture = EditorFixture.open(Files.readAllBytes(scratch));
			Path file = fixture.file.getLocation().toFile().toPath();
			org.wbsmodeler.ui.team.editor.TeamTokens.put(server, token);
			WorkingCopy.writeBase(file, server, plan, 1, rows);
			return fixture;
		} finally {
			Files.deleteIfExists(scratch);
			Files.deleteIfExists(WorkingCopy.baseFile(scratch));
		}
	}

	/** The editor as a shared plan's (hooked as when it is opened). */
	static SharedEditor shared(EditorFixture fixture) {
		SharedEditor shared = SharedEditors.attach(fixture.editor);
		if (shared == null) {
			throw new AssertionError("not opened as a shared plan: " + fixture.file);
		}
		return shared;
	}

	/** The text of the shared plan's field in the window's status line, or null when it is not shown. */
	static String statusField(Shell shell) {
		for (Control control : Widgets.all(shell)) {
			if (control instanceof CLabel label && !label.isDisposed() && label.isVisible() && label.getText() != null
					&& label.getText().startsWith("Shared r")) {
				return label.getText();
			}
		}
		return null;
	}

	/** Whether a plan's event stream still has its thread (of any editor). */
	static boolean anyStreamThread() {
		return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.isAlive() && t.getName().startsWith(PlanEventStream.THREAD_NAME));
	}
}
