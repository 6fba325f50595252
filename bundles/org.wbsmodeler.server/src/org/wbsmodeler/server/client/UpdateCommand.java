package org.wbsmodeler.server.client;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Command;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.RowDiff;
import org.wbsmodeler.server.store.Conflict;

/** {@code wbs update FILE}: brings the copy to the newest revision, keeping its uncommitted edits (by the same rule). */
public final class UpdateCommand implements Command {

	@Override
	public String name() {
		return "update";
	}

	@Override
	public String synopsis() {
		return "FILE [--token TOKEN]";
	}

	@Override
	public String summary() {
		return "bring a shared plan's copy to the newest revision, keeping local edits (conflicts one per line, exit 1)";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of(Shared.TOKEN);
	}

	@Override
	public int run(Arguments arguments, Console console) throws CliException {
		String name = arguments.required(0, "FILE: the copy to update");
		Path file = console.resolve(name);
		try {
			WorkingCopy copy = WorkingCopy.open(file);
			Map<String, ElementRow> mine = copy.current();
			List<Change> local = RowDiff.diff(copy.base(), mine);
			try (PlanClient client = new PlanClient(copy.server(), Shared.token(arguments))) {
				PlanClient.Log log = client.since(copy.plan(), copy.revision());
				if (log.commits().isEmpty()) {
					console.out().println(name + ": up to date (revision " + copy.revision() + ")");
					return ExitCodes.OK;
				}
				Map<String, ElementRow> newBase = new LinkedHashMap<>();
				Map<String, ElementRow> merged = new LinkedHashMap<>();
				List<Conflict> conflicts = Rebase.rebase(copy.base(), log.commits(), local, newBase, merged);
				if (!conflicts.isEmpty()) {
					conflicts.forEach(c -> console.out().println(Shared.line(c, mine)));
					console.err().println(name + ": " + conflicts.size() + " conflict(s) between local edits and revisions " + (copy.revision() + 1) + "–"
							+ log.revision() + "; the file is unchanged");
					return ExitCodes.PROBLEMS;
				}
				WorkingCopy.write(file, merged, copy.server(), copy.plan(), log.revision(), newBase);
				console.out().println(name + ": updated to revision " + log.revision() + " (" + log.commits().size() + " commit(s)"
						+ (local.isEmpty() ? "" : ", " + local.size() + " local change(s) kept") + ")");
				return ExitCodes.OK;
			}
		} catch (Exception e) {
			throw Shared.failure(name, e);
		}
	}
}
