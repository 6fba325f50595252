package org.wbsmodeler.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.wbsmodeler.cli.internal.CommandRegistry;

/** Runs {@code wbs} in-process, through the same command registry the product uses, and keeps what it printed. */
public final class CliRun {

	public final int exitCode;
	public final String out;
	public final String err;

	private CliRun(int exitCode, String out, String err) {
		this.exitCode = exitCode;
		this.out = out;
		this.err = err;
	}

	public static CliRun wbs(Path workingDirectory, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				workingDirectory);
		int code = new CommandLine(CommandRegistry.commands()).run(args, console);
		return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
	}
}
