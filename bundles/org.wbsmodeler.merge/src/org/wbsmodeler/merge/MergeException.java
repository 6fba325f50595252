package org.wbsmodeler.merge;

/**
 * The plans cannot be compared or merged at all: an element without an id, plans with different roots, a base that
 * shares no element with the other plans. The message is one line; nothing has been written.
 */
public class MergeException extends Exception {

	private static final long serialVersionUID = 1L;

	public MergeException(String message) {
		super(message);
	}
}
