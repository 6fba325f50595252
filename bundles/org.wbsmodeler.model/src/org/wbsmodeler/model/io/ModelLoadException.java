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
		super(file + (line > 0 ? ":" + line : "") + ": " + oneLine(problem), cause);
		this.file = file;
		this.line = line;
	}

	/** Line breaks and other control characters a damaged file put into a value, as spaces: one error, one line. */
	private static String oneLine(String problem) {
		return problem == null ? "unknown problem" : problem.replaceAll("[\\p{Cntrl}\u2028\u2029\u0085]+", " ").strip();
	}

	public Path getFile() {
		return file;
	}

	/** The line of the problem, or 0 when the problem is not tied to one. */
	public int getLine() {
		return line;
	}
}
