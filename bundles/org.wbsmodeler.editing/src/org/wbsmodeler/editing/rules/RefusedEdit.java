package org.wbsmodeler.editing.rules;

/** Typed text or a gesture that cannot become a valid command; the message says why, in one line for the status line. */
public final class RefusedEdit extends Exception {

	private static final long serialVersionUID = 1L;

	public RefusedEdit(String message) {
		super(message);
	}
}
