package org.wbsmodeler.server.http;

/** A request answered with a status and one line, e.g. 400 for bad input, 404 for a plan the caller may not see. */
final class HttpError extends Exception {

	private static final long serialVersionUID = 1L;

	final int status;

	HttpError(int status, String message) {
		super(message);
		this.status = status;
	}
}
