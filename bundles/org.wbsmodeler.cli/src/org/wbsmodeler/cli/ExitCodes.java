package org.wbsmodeler.cli;

/** What {@code ./wbs} exits with. */
public final class ExitCodes {

	/** Done; for validate: the model is valid. */
	public static final int OK = 0;
	/** The input was read but has problems (validation errors, a schedule with a cycle). */
	public static final int PROBLEMS = 1;
	/** Unusable input or command line: unreadable file, bad option. Nothing was written. */
	public static final int BAD_INPUT = 2;
	/** A bug: an exception nobody expected. */
	public static final int INTERNAL_ERROR = 3;

	private ExitCodes() {
	}
}
