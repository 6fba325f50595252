package org.wbsmodeler.ui.team.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.ecore.resource.Resource;
import org.wbsmodeler.server.client.PlanClient;
import org.wbsmodeler.server.client.PlanEventStream;
import org.wbsmodeler.server.client.Rebase;
import org.wbsmodeler.server.client.WorkingCopy;
import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.PlanCodec;
import org.wbsmodeler.server.plan.PlanException;
import org.wbsmodeler.server.plan.RowApply;
import org.wbsmodeler.server.plan.RowDiff;
import org.wbsmodeler.server.store.CommitRecord;
import org.wbsmodeler.server.store.Conflict;

/**
 * An open copy of a shared plan: its server and plan, the revision the model in memory is based on and the plan's
 * rows at that revision. The base moves on in memory as the others' commits are taken into the model; it is written
 * beside the file ({@code FILE.shared}) only when the file is saved, so that file and base always agree on disk (a
 * copy closed without saving is still a consistent working copy for {@code ./wbs update}).
 */
public final class SharedPlan {

	private final Path file;
	private final PlanClient client;
	private final long plan;
	/** This editor among the user's others (presence counts users, not editors). */
	private final String clientId = "studio-" + UUID.randomUUID();
	private long revision;
	private Map<String, ElementRow> base;

	public SharedPlan(Path file, String token) throws IOException, PlanException {
		WorkingCopy copy = WorkingCopy.open(file);
		this.file = file;
		this.client = new PlanClient(copy.server(), token);
		this.plan = copy.plan();
		this.revision = copy.revision();
		this.base = copy.base();
	}

	public Path file() {
		return file;
	}

	public long plan() {
		return plan;
	}

	public synchronized long revision() {
		return revision;
	}

	public PlanClient client() {
		return client;
	}

	public String url() {
		return client.server() + "/plans/" + plan;
	}

	/** What the model in memory changed since its base. */
	public synchronized List<Change> local(Resource resource) {
		return RowDiff.diff(base, new PlanCodec().rows(resource));
	}

	/** The commits after the model's base (a network call: not on the UI thread). */
	public PlanClient.Log incoming() throws IOException, PlanException {
		return client.since(plan, revision());
	}

	/**
	 * The plan's event stream for this editor (not started): commits as they land and who else has the plan open;
	 * while it is open, this editor counts as having the plan open.
	 */
	public PlanEventStream events(PlanEventStream.Listener listener) {
		return new PlanEventStream(client.server(), client.token(), plan, clientId, listener);
	}

	/** Says at once that this editor closed the plan (the server would notice the stream's end later). */
	public void leave() throws IOException, PlanException {
		client.leave(plan, clientId);
	}

	/**
	 * Takes the others' commits into the model in memory: their changes are applied unless they touch a feature the
	 * model changed too since its base (the local value stays; that is a conflict to show). Moves the base on.
	 *
	 * @return what the model must become, and the conflicts
	 */
	public synchronized Merge merge(Resource resource, List<CommitRecord> theirs, long newRevision) {
		Map<String, ElementRow> current = new PlanCodec().rows(resource);
		List<Change> local = RowDiff.diff(base, current);
		// a commit of ours may have moved the base past some of them already
		long known = revision;
		theirs = theirs.stream().filter(c -> c.revision() > known).toList();
		Map<String, ElementRow> newBase = new LinkedHashMap<>();
		Map<String, ElementRow> target = new LinkedHashMap<>();
		List<Conflict> conflicts = Rebase.rebase(base, theirs, local, newBase, target);
		for (Conflict conflict : conflicts) {
			// unsaved work is never lost: the local value stays in the model until the user settles the conflict
			for (Change change : local) {
				if (change.element().equals(conflict.element()) && change.feature().equals(conflict.feature())) {
					RowApply.apply(target, new Change(change.element(), change.feature(), conflict.theirs(), change.value()));
				}
			}
		}
		base = newBase;
		revision = Math.max(revision, newRevision);
		return new Merge(target, conflicts, current);
	}

	/**
	 * Commits what the saved model changed since its base (a network call). On success the base is the new revision;
	 * the others' commits that the server merged with ours are returned, to be taken into the model with
	 * {@link #catchUp}.
	 */
	public Commit commit(Pending pending, String message) throws IOException, PlanException {
		List<Change> changes = pending.changes();
		long from = pending.revision();
		Map<String, ElementRow> fromBase = pending.base();
		if (changes.isEmpty()) {
			return new Commit(from, List.of(), List.of(), 0);
		}
		PlanClient.Outcome outcome = client.commit(plan, from, message, changes);
		if (!outcome.accepted()) {
			return new Commit(from, outcome.conflicts(), List.of(), changes.size());
		}
		List<CommitRecord> since = client.since(plan, from).commits().stream().filter(c -> c.revision() <= outcome.revision()).toList();
		Map<String, ElementRow> newBase = new LinkedHashMap<>();
		Rebase.rebase(fromBase, since, List.of(), newBase, new LinkedHashMap<>());
		synchronized (this) {
			// live updates may have moved the base on meanwhile; only a newer revision replaces it
			if (outcome.revision() > revision) {
				base = newBase;
				revision = outcome.revision();
			}
		}
		return new Commit(outcome.revision(), List.of(), since.stream().filter(c -> c.revision() != outcome.revision()).toList(), changes.size());
	}

	/**
	 * The others' commits merged on the server with a commit of ours: their changes go into the model where it still
	 * holds the value they changed (the server merged them, so they touch no feature of ours).
	 */
	public Merge catchUp(Resource resource, List<CommitRecord> theirs) {
		Map<String, ElementRow> current = new PlanCodec().rows(resource);
		List<Change> changes = new ArrayList<>();
		theirs.forEach(commit -> changes.addAll(commit.changes()));
		Map<String, ElementRow> target = new LinkedHashMap<>();
		List<Conflict> conflicts = Rebase.rebase(current, List.of(), changes, new LinkedHashMap<>(), target);
		return new Merge(target, conflicts, current);
	}

	/** The file was saved: the base beside it is the one in memory. */
	public synchronized void writeBase() throws IOException {
		WorkingCopy.writeBase(file, client.server(), plan, revision, base);
	}

	/** What {@link #merge} found. */
	public record Merge(Map<String, ElementRow> target, List<Conflict> conflicts, Map<String, ElementRow> current) {
		public boolean changesModel() {
			return !RowDiff.diff(current, target).isEmpty();
		}
	}

	/** What the saved model changed since its base, read on the thread that owns the model. */
	public synchronized Pending prepare(Resource resource) {
		return new Pending(local(resource), revision, base);
	}

	public record Pending(List<Change> changes, long revision, Map<String, ElementRow> base) {
	}

	/** What a commit did: its revision, or the conflicts (nothing committed); the others' commits merged with it. */
	public record Commit(long revision, List<Conflict> conflicts, List<CommitRecord> theirs, int changes) {
		public boolean accepted() {
			return conflicts.isEmpty();
		}
	}
}
