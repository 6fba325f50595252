package org.wbsmodeler.exchange.mpxj;

import java.nio.file.Path;

import org.mpxj.MPXJException;
import org.wbsmodeler.exchange.ExchangeException;

/**
 * What to say about a password-protected MS Project file. MPXJ checks the read password of Project 2000–2003 files
 * ({@code MPPReader.setReadPassword}) and refuses protected files of Project 2007 and later whatever the password,
 * with a different message; each case gets the advice that helps.
 */
final class ProtectedFiles {

	private ProtectedFiles() {
	}

	/** The one line for a password problem among the reader's exceptions, or null when it is none. */
	static ExchangeException problem(Path file, Throwable failure, boolean passwordGiven) {
		for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
			String message = e.getMessage();
			if (MPXJException.PASSWORD_PROTECTED_ENTER_PASSWORD.equals(message)) {
				return new ExchangeException(file, 0, passwordGiven ? "the password given with --password does not open this protected MS Project file"
						: "the MS Project file is password-protected; give its password with --password", null);
			}
			if (MPXJException.PASSWORD_PROTECTED.equals(message)) {
				return new ExchangeException(file, 0, "the MS Project file is password-protected, and MPXJ opens protected files of MS Project 2000–2003"
						+ " only (with --password); save a copy without a password in MS Project", null);
			}
		}
		return null;
	}
}
