package org.wbsmodeler.exchange;

import java.nio.file.Path;

import org.wbsmodeler.model.util.Messages;

/**
 * A file that cannot be imported or a model that cannot be exported. The message is one line for a person: the
 * file, the line where it is known, the problem — never a stack trace. Same form as the model's own
 * {@code ModelLoadException}.
 */
public class ExchangeException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;

	public ExchangeException(String problem) {
		this(null, 0, problem, null);
	}

	public ExchangeException(Path file, int line, String problem, Throwable cause) {
		super((file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + oneLine(problem), cause);
		this.file = file;
		this.line = line;
	}

	/** The file concerned, or null for an export. */
	public Path getFile() {
		return file;
	}

	/** The line of the problem, or 0 when it is not tied to one. */
	public int getLine() {
		return line;
	}

	/** The first line of a parser's message: see {@link Messages#firstLine}. */
	public static String oneLine(String message) {
		return Messages.firstLine(message);
	}
}
