package org.wbsmodeler.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.wbsmodeler.cli.Command;
import org.wbsmodeler.model.registry.Contributions;

/**
 * The commands of {@code ./wbs}: in Eclipse, every contribution to {@code org.wbsmodeler.cli.commands} (ours
 * included); on a flat classpath, the {@code META-INF/services} entries. The first command of a name wins.
 */
public final class CommandRegistry {

	public static final String EXTENSION_POINT = "org.wbsmodeler.cli.commands";

	private CommandRegistry() {
	}

	/** The commands; a broken contribution is named on standard error, where the user of {@code ./wbs} sees it. */
	public static List<Command> commands() {
		return commands(System.err);
	}

	/** The commands; a contribution that cannot be used is named on {@code err}, the others still work. */
	public static List<Command> commands(PrintStream err) {
		Contributions<Command> commands = Contributions.load(EXTENSION_POINT, Command.class, Command::name);
		commands.problems().forEach(problem -> err.println("wbs: " + problem));
		return commands.list();
	}
}
