package org.wbsmodeler.cli;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/** Where a command writes, and the directory relative paths are resolved against. */
public record Console(PrintStream out, PrintStream err, Path workingDirectory) {

	public static Console system() {
		String dir = System.getProperty("wbs.cwd", System.getProperty("user.dir"));
		return new Console(System.out, System.err, Path.of(dir));
	}

	/**
	 * A buffered view of {@link #out} for a listing of one line per element; flush it when the listing is done.
	 * {@code System.out} flushes at every line: a 100,000-row schedule table was 100,000 writes and 13 of the 25
	 * seconds of {@code ./wbs schedule FILE --save}.
	 */
	public PrintStream listing() {
		return new PrintStream(new BufferedOutputStream(out, 1 << 16), false, out.charset());
	}

	/** A path given on the command line, resolved against the directory the user ran {@code ./wbs} in. */
	public Path resolve(String path) {
		return workingDirectory.resolve(path).normalize();
	}
}
