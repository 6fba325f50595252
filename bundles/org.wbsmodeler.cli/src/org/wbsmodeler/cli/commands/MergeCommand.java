package org.wbsmodeler.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Command;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.merge.conflict.Conflict;
import org.wbsmodeler.merge.conflict.ConflictList;
import org.wbsmodeler.merge.text.PlanLabels;
import org.wbsmodeler.merge.threeway.MergeResult;
import org.wbsmodeler.merge.threeway.PlanMerge;
import org.wbsmodeler.model.io.AtomicFiles;
import org.wbsmodeler.model.io.ModelFiles;

/**
 * {@code wbs merge BASE OURS THEIRS -o OUT}: three-way merge by element and feature, usable as git's merge driver
 * ({@code ./wbs merge %O %A %B -o %A}). Exit 0 merged clean; 1 conflicts: OUT holds the merge with ours on each
 * conflict and {@code OUT.conflicts.json} beside it lists them; 2 bad input, nothing written. OUT is written
 * atomically, so git's %A (ours) is intact until the merged plan is complete on disk.
 */
public final class MergeCommand implements Command {

	/** The suffix of the conflict list written beside OUT. */
	public static final String CONFLICTS_SUFFIX = ConflictList.SUFFIX;

	@Override
	public String name() {
		return "merge";
	}

	@Override
	public String synopsis() {
		return "BASE OURS THEIRS -o OUT [--json]";
	}

	@Override
	public String summary() {
		return "three-way merge of plans by element and feature (a git merge driver); conflicts listed beside OUT";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("-o");
	}

	@Override
	public Set<String> flags() {
		return Set.of("--json");
	}

	@Override
	public int run(Arguments arguments, Console console) throws CliException {
		String base = arguments.required(0, "BASE: the common ancestor");
		String ours = arguments.required(1, "OURS: our version");
		String theirs = arguments.required(2, "THEIRS: their version");
		String out = arguments.value("-o");
		if (out == null) {
			throw new CliException("-o OUT is required: where the merged plan goes");
		}
		Map<String, Resource> plans = PlanInputs.load(console, base, ours, theirs);
		MergeResult result;
		try {
			result = PlanMerge.merge(plans.get(base), plans.get(ours), plans.get(theirs));
		} catch (MergeException e) {
			throw new CliException(base + ", " + ours + ", " + theirs + ": " + e.getMessage(), ExitCodes.BAD_INPUT, e);
		}
		PlanLabels labels = new PlanLabels();
		Path target = console.resolve(out);
		Path conflicts = target.resolveSibling(target.getFileName() + CONFLICTS_SUFFIX);
		String conflictJson = ConflictList.write(ConflictList.of(result, labels));
		try {
			ModelFiles.save(result.merged(), target);
			if (result.isClean()) {
				Files.deleteIfExists(conflicts);
			} else {
				AtomicFiles.write(conflicts, stream -> stream.write(conflictJson.getBytes(StandardCharsets.UTF_8)));
			}
		} catch (IOException e) {
			throw new CliException(out + ": cannot write the merged plan: " + e.getMessage(), ExitCodes.BAD_INPUT, e);
		}
		if (arguments.has("--json")) {
			console.out().print(conflictJson);
		} else {
			for (Conflict conflict : result.conflicts()) {
				console.out().println("CONFLICT " + labels.line(conflict, result));
			}
			console.out().println(out + ": " + (result.isClean() ? "merged clean" : result.conflicts().size() + " conflict(s), ours kept; listed in " + out + CONFLICTS_SUFFIX));
		}
		return result.isClean() ? ExitCodes.OK : ExitCodes.PROBLEMS;
	}
}
