package org.wbsmodeler.cli.commands;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Command;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.merge.diff.Change;
import org.wbsmodeler.merge.diff.PlanDiff;
import org.wbsmodeler.merge.index.ComparedFeatures;
import org.wbsmodeler.merge.index.PlanIndex;
import org.wbsmodeler.merge.index.PlanIndexes;
import org.wbsmodeler.merge.text.PlanLabels;
import org.wbsmodeler.merge.text.PlanText;

/** {@code wbs diff A B}: the element changes from A to B, one per line (or JSON); exit 0 equal, 1 different, 2 bad input. */
public final class DiffCommand implements Command {

	@Override
	public String name() {
		return "diff";
	}

	@Override
	public String synopsis() {
		return "A.wbs B.wbs [--json] | --textconv FILE";
	}

	@Override
	public String summary() {
		return "the changes from one plan to another by element: created, deleted, set, moved, references added/removed";
	}

	@Override
	public Set<String> flags() {
		return Set.of("--json", "--textconv");
	}

	@Override
	public int run(Arguments arguments, Console console) throws CliException {
		if (arguments.has("--textconv")) {
			// git's textconv: the plan as one line per element, so git diff shows elements and features
			String file = arguments.required(0, "FILE: the plan to show as text");
			try {
				PlanText.write(PlanIndex.of(PlanInputs.load(console, file).get(file), new ComparedFeatures()), console.out());
				return ExitCodes.OK;
			} catch (MergeException e) {
				throw new CliException(file + ": " + e.getMessage(), ExitCodes.BAD_INPUT, e);
			}
		}
		String a = arguments.required(0, "A.wbs: the older plan");
		String b = arguments.required(1, "B.wbs: the newer plan");
		Map<String, Resource> plans = PlanInputs.load(console, a, b);
		try {
			PlanIndex[] indexes = PlanIndexes.of(new ComparedFeatures(), plans.get(a), plans.get(b));
			PlanIndex from = indexes[0];
			PlanIndex to = indexes[1];
			List<Change> changes = PlanDiff.compare(from, to);
			PlanLabels labels = new PlanLabels();
			if (arguments.has("--json")) {
				console.out().print(MergeJson.changes(changes, from, to, labels));
			} else {
				java.io.PrintStream out = console.listing();
				for (Change change : changes) {
					out.println(labels.line(change, from, to));
				}
				out.flush();
			}
			return changes.isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
		} catch (MergeException e) {
			throw new CliException(a + ", " + b + ": " + e.getMessage(), ExitCodes.BAD_INPUT, e);
		}
	}
}
