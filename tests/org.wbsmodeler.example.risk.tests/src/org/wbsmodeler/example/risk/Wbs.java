package org.wbsmodeler.example.risk;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.wbsmodeler.cli.CommandLine;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.internal.CommandRegistry;

/** Runs {@code wbs} in-process through the product's command registry, with the risk plug-in installed. */
final class Wbs {

	final int exitCode;
	final String out;
	final String err;

	private Wbs(int exitCode, String out, String err) {
		this.exitCode = exitCode;
		this.out = out;
		this.err = err;
	}

	static Wbs run(Path workingDirectory, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				workingDirectory);
		int code = new CommandLine(CommandRegistry.commands()).run(args, console);
		return new Wbs(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** The repository's examples folder (the build passes the repository as wbs.repo). */
	static Path example(String name) {
		return Path.of(System.getProperty("wbs.repo", "../..")).resolve("examples").resolve(name);
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
	}
}
