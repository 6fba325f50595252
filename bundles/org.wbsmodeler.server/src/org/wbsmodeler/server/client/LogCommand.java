package org.wbsmodeler.server.client;

import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Command;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.PlanCodec;
import org.wbsmodeler.server.plan.PlanException;
import org.wbsmodeler.server.store.CommitRecord;

/**
 * {@code wbs log URL [CODE]}: the plan's commits (revision, time, author, message, number of changes), or those that
 * changed one element, with each change; {@code wbs blame URL CODE}: per feature of the element, who last changed
 * it, when, and old → new. CODE is a WBS code (1.2.3) or an element id.
 */
public final class LogCommand implements Command {

	private final boolean blame;

	public LogCommand() {
		this(false);
	}

	LogCommand(boolean blame) {
		this.blame = blame;
	}

	/** {@code wbs blame}, contributed as a command of its own. */
	public static final class Blame implements Command {
		private final LogCommand delegate = new LogCommand(true);

		@Override
		public String name() {
			return "blame";
		}

		@Override
		public String synopsis() {
			return "URL CODE [--token TOKEN]";
		}

		@Override
		public String summary() {
			return "who last changed each feature of an element of a shared plan, when, old → new";
		}

		@Override
		public Set<String> valueOptions() {
			return delegate.valueOptions();
		}

		@Override
		public int run(Arguments arguments, Console console) throws CliException {
			arguments.required(1, "CODE: the element (WBS code or id)");
			return delegate.run(arguments, console);
		}
	}

	@Override
	public String name() {
		return "log";
	}

	@Override
	public String synopsis() {
		return "URL [CODE] [--token TOKEN]";
	}

	@Override
	public String summary() {
		return "the commits of a shared plan, or of one element with its changes";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of(Shared.TOKEN);
	}

	@Override
	public int run(Arguments arguments, Console console) throws CliException {
		Shared.PlanUrl url = Shared.PlanUrl.parse(arguments.required(0, "URL: the plan's address"));
		String code = arguments.positional().size() > 1 ? arguments.positional().get(1) : null;
		String token = Shared.token(arguments);
		try (PlanClient client = new PlanClient(url.server(), token)) {
			String element = code == null ? null : elementId(client, url.plan(), code);
			PlanClient.Log log = client.log(url.plan(), element);
			if (blame) {
				java.util.Map<String, String> last = new java.util.TreeMap<>();
				for (CommitRecord commit : log.commits()) {
					for (Change change : commit.changes()) {
						last.put(change.feature(), String.format("%-14s r%-5d %-12s %s  %s → %s", change.feature(), commit.revision(), commit.author(),
								commit.time(), change.old(), change.value()));
					}
				}
				last.values().forEach(console.out()::println);
				return ExitCodes.OK;
			}
			for (CommitRecord commit : log.commits()) {
				console.out().printf("r%d  %s  %s  %s%s%n", commit.revision(), commit.time(), commit.author(), commit.message(),
						element == null ? "  (" + commit.changes().size() + " changes)" : "");
				if (element != null) {
					for (Change change : commit.changes()) {
						console.out().println("    " + change.feature() + ": " + change.old() + " → " + change.value());
					}
				}
			}
			return ExitCodes.OK;
		} catch (CliException e) {
			throw e;
		} catch (Exception e) {
			throw Shared.failure(url.toString(), e);
		}
	}

	private static String elementId(PlanClient client, long plan, String code) throws Exception {
		PlanClient.Checkout checkout = client.checkout(plan);
		if (checkout.rows().containsKey(code)) {
			return code;
		}
		Project project = (Project) new PlanCodec().model(checkout.rows(), URI.createURI("log.wbs")).getContents().get(0);
		for (OutlineIndex.Line line : OutlineIndex.build(project).lines()) {
			if (code.equals(line.code())) {
				return PlanCodec.idOf(line.element());
			}
		}
		throw new PlanException("plan " + plan + " has no element with code or id " + code);
	}
}
