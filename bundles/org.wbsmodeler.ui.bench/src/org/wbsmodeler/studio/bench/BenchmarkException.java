package org.wbsmodeler.studio.bench;

/** The editor benchmark could not measure; the message is the one line the user sees. */
public class BenchmarkException extends Exception {

	private static final long serialVersionUID = 1L;

	public BenchmarkException(String message) {
		super(message);
	}

	public BenchmarkException(String message, Throwable cause) {
		super(message, cause);
	}
}
