package org.wbsmodeler.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.wbsmodeler.cli.internal.CommandRegistry;

/**
 * {@code ./wbs COMMAND ARGS}: finds the command, parses its arguments, runs it, and turns every failure into one
 * line and an exit code. Runs inside the product ({@link WbsApplication}) and on a flat classpath ({@link #main}).
 */
public final class CommandLine {

	private final List<Command> commands;

	public CommandLine(List<Command> commands) {
		this.commands = commands.stream().sorted(Comparator.comparing(Command::name)).toList();
	}

	public static void main(String[] args) {
		System.exit(new CommandLine(CommandRegistry.commands()).run(args, Console.system()));
	}

	public int run(String[] args, Console console) {
		if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
			printHelp(console);
			return args.length == 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
		}
		Optional<Command> found = commands.stream().filter(c -> c.name().equals(args[0])).findFirst();
		if (found.isEmpty()) {
			console.err().println("wbs: unknown command '" + args[0] + "'; try ./wbs --help");
			return ExitCodes.BAD_INPUT;
		}
		Command command = found.get();
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		if (rest.contains("--help") || rest.contains("-h")) {
			console.out().println("usage: wbs " + command.name() + " " + command.synopsis());
			console.out().println("  " + command.summary());
			return ExitCodes.OK;
		}
		try {
			return command.run(Arguments.parse(rest, command.valueOptions(), command.flags()), console);
		} catch (CliException e) {
			console.err().println("wbs " + command.name() + ": " + e.getMessage());
			return e.exitCode();
		} catch (RuntimeException | OutOfMemoryError e) {
			console.err().println("wbs " + command.name() + ": internal error: " + e + (System.getenv("WBS_DEBUG") == null ? " (set WBS_DEBUG=1 for the stack trace)" : ""));
			if (System.getenv("WBS_DEBUG") != null) {
				e.printStackTrace(console.err());
			}
			return ExitCodes.INTERNAL_ERROR;
		}
	}

	private void printHelp(Console console) {
		console.out().println("usage: wbs COMMAND [ARGS]   (wbs COMMAND --help for one command)");
		console.out().println();
		int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(8);
		for (Command command : commands) {
			console.out().printf("  %-" + width + "s  %s%n", command.name(), command.summary());
		}
		console.out().println();
		console.out().println("exit codes: 0 done/valid, 1 problems found, 2 unusable input or arguments, 3 internal error");
	}
}
