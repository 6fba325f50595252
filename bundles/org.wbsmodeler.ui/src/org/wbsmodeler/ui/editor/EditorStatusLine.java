package org.wbsmodeler.ui.editor;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ISelection;

/**
 * The editor's one status-line message: why an edit was refused, or why there is no schedule (a cycle). A refusal
 * lasts until the user does something else — another selection, another page, a command that runs — so an old
 * error never sits beside work that succeeded; the schedule's problem stays as long as it is true.
 */
final class EditorStatusLine {

	private final Consumer<String> line;
	private final Supplier<String> scheduleProblem;
	private final Supplier<ISelection> selection;
	private String message;
	/** The selection when a refusal was shown (null: no refusal shown). */
	private ISelection refusalSelection;

	EditorStatusLine(Consumer<String> line, Supplier<String> scheduleProblem, Supplier<ISelection> selection) {
		this.line = line;
		this.scheduleProblem = scheduleProblem;
		this.selection = selection;
	}

	/** Shows a message (null clears the line). */
	void show(String newMessage) {
		message = newMessage;
		boolean refusal = newMessage != null && !newMessage.equals(scheduleProblem.get());
		refusalSelection = refusal ? selection.get() : null;
		line.accept(newMessage);
	}

	String message() {
		return message;
	}

	/** The user selected something: a refusal about the former selection no longer applies. */
	void selectionChanged(ISelection newSelection) {
		if (refusalSelection != null && !refusalSelection.equals(newSelection)) {
			show(scheduleProblem.get());
		}
	}

	/** Another page came to the front: a refusal made on the former one goes. */
	void pageChanged() {
		if (refusalSelection != null) {
			show(scheduleProblem.get());
		}
	}
}
