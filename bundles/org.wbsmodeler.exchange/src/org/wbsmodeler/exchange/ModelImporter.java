package org.wbsmodeler.exchange;

import java.nio.file.Path;

import org.wbsmodeler.model.Project;

/**
 * Reads another tool's file into a new model. Contributed through the extension point
 * {@code org.wbsmodeler.exchange.importers} (on a flat classpath: {@code META-INF/services}); the built-in ones
 * register the same way. The importer that claims a file most strongly reads it.
 */
public interface ModelImporter {

	/** Claim strength when nothing else fits: the MPXJ importer, which recognises dozens of formats itself. */
	int FALLBACK = 1;
	/** Claim strength for a file whose content is certainly this importer's format. */
	int CERTAIN = 100;

	/** The word users force the importer with, e.g. {@code mspdi} in {@code ./wbs import --format mspdi}. */
	String id();

	/** What the importer reads, for help texts. */
	String label();

	/**
	 * How strongly this importer claims a file: 0 not at all, {@link #FALLBACK} maybe, {@link #CERTAIN} surely.
	 *
	 * @param head the first bytes of the file (up to 4 KiB; fewer for a short file)
	 */
	int claim(Path file, byte[] head);

	/**
	 * Builds the whole model in memory; nothing is written. Any input, however damaged, ends either in a model or
	 * in an {@link ExchangeException} whose message is one line.
	 */
	Project read(Path file, ExchangeWarnings warnings) throws ExchangeException;

	/** Reads the file with what the user told about it; an importer that needs no options ignores them. */
	default Project read(Path file, ImportOptions options, ExchangeWarnings warnings) throws ExchangeException {
		return read(file, warnings);
	}
}
