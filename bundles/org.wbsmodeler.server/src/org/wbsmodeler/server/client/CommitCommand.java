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
import org.wbsmodeler.server.store.CommitRecord;
import org.wbsmodeler.server.store.Conflict;

/**
 * {@code wbs commit FILE -m MSG}: sends what changed in the file since its base revision. The server merges it with
 * the commits since; conflicts are printed one per line (exit 1, nothing committed). After a commit the file also
 * gets the others' commits that were merged with it, so the file and its base agree with the new revision.
 */
public final class CommitCommand implements Command {

	@Override
	public String name() {
		return "commit";
	}

	@Override
	public String synopsis() {
		return "FILE -m MESSAGE [--token TOKEN]";
	}

	@Override
	public String summary() {
		return "commit a shared plan's copy to its server (conflicts one per line, exit 1)";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("-m", Shared.TOKEN);
	}

	@Override
	public int run(Arguments arguments, Console console) throws CliException {
		String name = arguments.required(0, "FILE: the copy to commit");
		String message = arguments.value("-m");
		if (message == null || message.isBlank()) {
			throw new CliException("needs -m MESSAGE");
		}
		Path file = console.resolve(name);
		try {
			WorkingCopy copy = WorkingCopy.open(file);
			Map<String, ElementRow> mine = copy.current();
			List<Change> changes = RowDiff.diff(copy.base(), mine);
			if (changes.isEmpty()) {
				console.out().println(name + ": nothing to commit (revision " + copy.revision() + ")");
				return ExitCodes.OK;
			}
			try (PlanClient client = new PlanClient(copy.server(), Shared.token(arguments))) {
				PlanClient.Outcome outcome = client.commit(copy.plan(), copy.revision(), message, changes);
				if (!outcome.accepted()) {
					for (Conflict conflict : outcome.conflicts()) {
						console.out().println(Shared.line(conflict, mine));
					}
					console.err().println(name + ": " + outcome.conflicts().size() + " conflict(s) with revisions after " + copy.revision()
							+ "; nothing committed (./wbs update shows them in the file's terms)");
					return ExitCodes.PROBLEMS;
				}
				// the others' commits between our base and ours were merged with ours on the server: take them in too
				List<CommitRecord> since = client.since(copy.plan(), copy.revision()).commits().stream().filter(c -> c.revision() <= outcome.revision()).toList();
				List<CommitRecord> theirs = since.stream().filter(c -> c.revision() != outcome.revision()).toList();
				Map<String, ElementRow> newBase = new LinkedHashMap<>();
				Map<String, ElementRow> merged = new LinkedHashMap<>();
				Rebase.rebase(copy.base(), theirs, changes, new LinkedHashMap<>(), merged);
				Rebase.rebase(copy.base(), since, List.of(), newBase, new LinkedHashMap<>());
				if (theirs.isEmpty()) {
					WorkingCopy.writeBase(file, copy.server(), copy.plan(), outcome.revision(), newBase);
				} else {
					WorkingCopy.write(file, merged, copy.server(), copy.plan(), outcome.revision(), newBase);
				}
				console.out().println(name + ": committed revision " + outcome.revision() + " (" + changes.size() + " changes"
						+ (theirs.isEmpty() ? "" : ", merged with " + theirs.size() + " commit(s) by others, now in the file") + ")");
				return ExitCodes.OK;
			}
		} catch (CliException e) {
			throw e;
		} catch (Exception e) {
			throw Shared.failure(name, e);
		}
	}
}
