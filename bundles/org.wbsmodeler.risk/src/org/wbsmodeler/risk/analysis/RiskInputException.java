package org.wbsmodeler.risk.analysis;

/** Input a risk analysis cannot run on; the message is one line naming the element. Nothing has run. */
public class RiskInputException extends Exception {

	private static final long serialVersionUID = 1L;

	public RiskInputException(String message) {
		super(message);
	}
}
