package org.wbsmodeler.cli;

/**
 * One sub-command of {@code ./wbs}. Contributed through the extension point {@code org.wbsmodeler.cli.commands}
 * (and, on a flat classpath, through {@code META-INF/services/org.wbsmodeler.cli.Command}).
 */
public interface Command {

	/** The word after {@code wbs}, e.g. {@code validate}; {@code bench schedule} style sub-words are the command's. */
	String name();

	/** Arguments as {@code --help} shows them, e.g. {@code FILE [--strict]}. */
	String synopsis();

	/** One line for {@code ./wbs --help}. */
	String summary();

	/** The options that take a value (e.g. {@code -o}); every other option is a flag. */
	default java.util.Set<String> valueOptions() {
		return java.util.Set.of();
	}

	/** The flags the command knows; any other option is a usage error. */
	default java.util.Set<String> flags() {
		return java.util.Set.of();
	}

	/**
	 * Runs the command.
	 *
	 * @return the exit code, see {@link ExitCodes}
	 * @throws CliException for a usage error or unreadable input: its one-line message is printed
	 */
	int run(Arguments arguments, Console console) throws CliException;
}
