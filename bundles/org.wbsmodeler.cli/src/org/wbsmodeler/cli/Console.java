package org.wbsmodeler.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/** Where a command writes, and the directory relative paths are resolved against. */
public record Console(PrintStream out, PrintStream err, Path workingDirectory) {

	public static Console system() {
		String dir = System.getProperty("wbs.cwd", System.getProperty("user.dir"));
		return new Console(System.out, System.err, Path.of(dir));
	}

	/** A path given on the command line, resolved against the directory the user ran {@code ./wbs} in. */
	public Path resolve(String path) {
		return workingDirectory.resolve(path).normalize();
	}
}
