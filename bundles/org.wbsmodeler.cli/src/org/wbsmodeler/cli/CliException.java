package org.wbsmodeler.cli;

/** A failure the user can act on: printed as one line, with an exit code. */
public class CliException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int exitCode;

	public CliException(String message) {
		this(message, ExitCodes.BAD_INPUT, null);
	}

	public CliException(String message, int exitCode, Throwable cause) {
		super(message, cause);
		this.exitCode = exitCode;
	}

	public int exitCode() {
		return exitCode;
	}
}
