package org.wbsmodeler.ui.tests;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers a modal dialog a command opens: the command blocks in the dialog's event loop, so the test watches for
 * the dialog from a timer, looks at it and closes it as a user would.
 */
public final class DialogAnswer {

	private final Display display;
	private final String title;
	private final Consumer<Shell> answer;
	private boolean answered;
	private Throwable failure;
	private int tries = 100;

	private DialogAnswer(Display display, String title, Consumer<Shell> answer) {
		this.display = display;
		this.title = title;
		this.answer = answer;
	}

	/** Watches for a shell whose title starts with the text, for up to ten seconds. */
	public static DialogAnswer when(Display display, String title, Consumer<Shell> answer) {
		DialogAnswer watcher = new DialogAnswer(display, title, answer);
		display.timerExec(100, watcher::look);
		return watcher;
	}

	private void look() {
		if (tries <= 0) {
			return; // stopped
		}
		for (Shell shell : display.getShells()) {
			if (shell.isVisible() && shell.getText().startsWith(title)) {
				answered = true;
				UiTestSupport.settle(display);
				try {
					answer.accept(shell);
				} catch (Throwable e) {
					// a failed look must not leave a modal dialog open: the test would hang instead of failing
					failure = e;
					shell.close();
				}
				return;
			}
		}
		if (--tries > 0) {
			display.timerExec(100, this::look);
		}
	}

	/** Whether the dialog came and was answered. */
	public boolean answered() {
		return answered;
	}

	/** Throws what went wrong while answering; fails when the dialog never came. */
	public void check() {
		if (failure instanceof Error error) {
			throw error;
		}
		if (failure != null) {
			throw new AssertionError(failure);
		}
		if (!answered) {
			throw new AssertionError("no dialog '" + title + "' opened");
		}
	}

	/** Stops watching: a watcher left running would answer the same title for a later step of the test. */
	public void stop() {
		tries = 0;
	}

	/**
	 * For a step that opens one of two dialogs: stops both watchers and checks the one that answered (or fails naming
	 * both when neither came).
	 */
	public static void checkEither(DialogAnswer one, DialogAnswer other) {
		one.stop();
		other.stop();
		if (!one.answered && !other.answered) {
			throw new AssertionError("neither dialog '" + one.title + "' nor '" + other.title + "' opened");
		}
		(one.answered ? one : other).check();
	}

	/** Presses the dialog's default button (OK, Close) with a real click. */
	public static void pressDefault(Shell shell) {
		Gestures.click(shell.getDefaultButton());
	}
}
