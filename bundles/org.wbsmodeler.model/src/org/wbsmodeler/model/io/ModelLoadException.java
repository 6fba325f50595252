package org.wbsmodeler.model.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model file that cannot be read. The message is one line meant for a person: it names the file, the problem and,
 * where the parser knows it, the line — never a stack trace.
 */
public class ModelLoadException extends IOException {

	private static final long serialVersionUID = 1L;

	private final Path file;
	private final int line;

	public ModelLoadException(Path file, int line, String problem, Throwable cause) {
		super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
		this.file = file;
		this.line = line;
	}

	public Path getFile() {
		return file;
	}

	/** The line of the problem, or 0 when the problem is not tied to one. */
	public int getLine() {
		return line;
	}
}
