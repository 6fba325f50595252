package org.wbsmodeler.exchange.mpxj;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.wbsmodeler.exchange.ExchangeException;

/** The first bytes of a file: what importers judge a file by. */
public final class Heads {

	/** Enough for an XML prolog with comments and the root element's namespace. */
	public static final int SIZE = 4096;

	private Heads() {
	}

	public static byte[] read(Path file) throws ExchangeException {
		if (!Files.isRegularFile(file)) {
			throw new ExchangeException(file, 0, Files.exists(file) ? "not a regular file" : "no such file", null);
		}
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SIZE);
		} catch (IOException e) {
			throw new ExchangeException(file, 0, "cannot read (" + ExchangeException.oneLine(e.getMessage()) + ")", e);
		}
		if (head.length == 0) {
			// every reader would fail on it in its own words; the plain fact is what helps
			throw new ExchangeException(file, 0, "the file is empty (0 bytes): nothing to import", null);
		}
		return head;
	}
}
