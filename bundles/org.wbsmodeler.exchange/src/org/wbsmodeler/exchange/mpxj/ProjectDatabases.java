package org.wbsmodeler.exchange.mpxj;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.wbsmodeler.exchange.ExchangeException;

/**
 * MS Project 98 saved plans in a database (.mpd): a Jet (Access) file, recognised by its signature. MPXJ reads
 * them through Jackcess when the installation has it; when it cannot, the user learns what the file is and what to
 * do, instead of a database driver's complaint.
 */
final class ProjectDatabases {

	private static final int SIGNATURE_OFFSET = 4;
	private static final byte[] JET = "Standard Jet DB".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] ACE = "Standard ACE DB".getBytes(StandardCharsets.US_ASCII);

	private ProjectDatabases() {
	}

	static boolean isJet(byte[] head) {
		return starts(head, JET) || starts(head, ACE);
	}

	private static boolean starts(byte[] head, byte[] signature) {
		return head.length >= SIGNATURE_OFFSET + signature.length
				&& Arrays.equals(head, SIGNATURE_OFFSET, SIGNATURE_OFFSET + signature.length, signature, 0, signature.length);
	}

	/** The one line for a database MPXJ could not read; {@code reason} is null when it is no project database at all. */
	static ExchangeException unreadable(Path file, String reason) {
		String what = reason == null ? "an Access database without MS Project's tables, not an MS Project 98 database (.mpd)"
				: "an MS Project 98 database (.mpd) that cannot be read (" + reason + ")";
		return new ExchangeException(file, 0, what + "; open it in MS Project and save it as .mpp or .xml", null);
	}
}
