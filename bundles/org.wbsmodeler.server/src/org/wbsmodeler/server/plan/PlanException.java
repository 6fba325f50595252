package org.wbsmodeler.server.plan;

/** A plan, a commit or a request that cannot be taken as it is; the message is one line naming what is wrong. */
public class PlanException extends Exception {

	private static final long serialVersionUID = 1L;

	public PlanException(String message) {
		super(message);
	}
}
