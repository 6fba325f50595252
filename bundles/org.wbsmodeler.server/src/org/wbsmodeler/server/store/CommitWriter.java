package org.wbsmodeler.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.PlanException;
import org.wbsmodeler.server.plan.RowApply;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One commit, in one transaction. The plan's row is locked first, so commits to a plan apply one at a time.
 * <p>
 * A commit on the head revision applies where each change's old value is the plan's (else the client sent what it
 * never saw: bad input). A commit on an older revision is merged with the merge core's rules first
 * ({@link StaleCommit}): what it brings into the plan now applies, as changes from the plan now; a conflict —
 * including one feature changed on both sides, to the same value or not — is answered with base / mine / theirs and
 * nothing of the commit is applied. Every commit is checked as a model before it is written ({@link CommitCheck}).
 */
final class CommitWriter {

	private final DataSource source;

	CommitWriter(DataSource source) {
		this.source = source;
	}

	CommitResult commit(long planId, long authorId, long base, String message, List<Change> changes) throws PlanException, SQLException {
		if (message == null || message.isBlank()) {
			throw new PlanException("a commit needs a message");
		}
		if (changes.isEmpty()) {
			throw new PlanException("a commit needs at least one change");
		}
		try (Connection connection = source.getConnection()) {
			connection.setAutoCommit(false);
			try {
				CommitResult result = commit(connection, planId, authorId, base, message, changes);
				if (result.accepted()) {
					connection.commit();
				} else {
					connection.rollback();
				}
				return result;
			} catch (PlanException | SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		}
	}

	private CommitResult commit(Connection connection, long planId, long authorId, long base, String message, List<Change> changes)
			throws PlanException, SQLException {
		long head = lockHead(connection, planId);
		if (base < 1 || base > head) {
			throw new PlanException("base revision " + base + " is not a revision of this plan (head " + head + ")");
		}
		if (base < head) {
			// others committed since the base: the merge core decides what of this commit goes in
			StaleCommit.Outcome merged = new StaleCommit(connection, planId, new CommitCheck(connection, planId)).merge(base, changes);
			if (!merged.conflicts().isEmpty()) {
				return new CommitResult(head, merged.conflicts());
			}
			if (merged.changes().isEmpty()) {
				return new CommitResult(head, List.of());
			}
			changes = merged.changes();
		}
		Set<String> ids = new LinkedHashSet<>();
		for (Change change : changes) {
			ids.add(change.element());
		}
		Map<String, ElementRow> rows = Rows.some(connection, planId, ids);
		Set<String> existedBefore = new HashSet<>(rows.keySet());
		Map<String, ElementRow> before = new HashMap<>();
		rows.forEach((id, row) -> before.put(id, row.copy()));
		CommitCheck check = new CommitCheck(connection, planId);
		List<Change> applied = new ArrayList<>(changes.size());
		List<Conflict> conflicts = new ArrayList<>();
		Set<String> unknown = new LinkedHashSet<>();
		for (Change change : changes) {
			ElementRow row = rows.get(change.element());
			if (row == null && !change.creation()) {
				if (change.old() == null && change.value() == null) {
					continue;
				}
				if (existedBefore.contains(change.element())) {
					throw new PlanException("element " + change.element() + ": " + change.feature() + " changed after its deletion in the same commit");
				}
				unknown.add(change.element());
				conflicts.add(new Conflict(change.element(), change.feature(), change.old(), change.value(), null));
				continue;
			}
			check.shape(row, change);
			JsonNode current = ElementRow.valueOf(rows.get(change.element()), change.feature());
			if (Change.same(current, change.old())) {
				if (!Change.same(change.old(), change.value())) {
					RowApply.apply(rows, change);
					applied.add(change);
				}
			} else {
				// also when someone else set the same new value: two increments of a counter from 5 are both "5 -> 6",
				// and taking the second as done would lose one of them
				conflicts.add(new Conflict(change.element(), change.feature(), change.old(), change.value(), current));
			}
		}
		if (!unknown.isEmpty()) {
			// an element that is not there: deleted by someone since the base (a conflict), or never there (bad input)
			Set<String> known = everMentioned(connection, planId, unknown);
			for (String id : unknown) {
				if (!known.contains(id)) {
					throw new PlanException("unknown element " + id);
				}
			}
		}
		if (!conflicts.isEmpty()) {
			if (base == head) {
				Conflict first = conflicts.get(0);
				throw new PlanException("element " + first.element() + " " + first.feature() + ": the change says it was " + first.base()
						+ " at revision " + base + ", but it is " + first.theirs());
			}
			return new CommitResult(head, conflicts);
		}
		if (applied.isEmpty()) {
			return new CommitResult(head, List.of());
		}
		Set<String> deleted = new LinkedHashSet<>(existedBefore);
		deleted.removeAll(rows.keySet());
		check.integrity(rows, deleted, applied);
		Rows.delete(connection, planId, deleted);
		Rows.upsert(connection, planId, rows.values().stream().filter(r -> !r.equalsRow(before.get(r.id()))).toList());
		long revision = head + 1;
		Log.append(connection, planId, revision, base, authorId, message, applied);
		try (PreparedStatement update = connection.prepareStatement("update plans set revision = ? where id = ?")) {
			update.setLong(1, revision);
			update.setLong(2, planId);
			update.executeUpdate();
		}
		// listeners (live views, other servers' event streams) learn of the commit when it is committed
		try (PreparedStatement notify = connection.prepareStatement("select pg_notify('wbs_plans', ?)")) {
			notify.setString(1, planId + " " + revision);
			notify.execute();
		}
		return new CommitResult(revision, List.of());
	}

	private static long lockHead(Connection connection, long planId) throws SQLException, PlanException {
		try (PreparedStatement lock = connection.prepareStatement("select revision from plans where id = ? for update")) {
			lock.setLong(1, planId);
			try (ResultSet result = lock.executeQuery()) {
				if (!result.next()) {
					throw new PlanException("no such plan " + planId);
				}
				return result.getLong(1);
			}
		}
	}

	static Set<String> everMentioned(Connection connection, long planId, Set<String> ids) throws SQLException {
		Set<String> known = new HashSet<>();
		try (PreparedStatement query = connection.prepareStatement("select distinct element from changes where plan_id = ? and element = any(?)")) {
			query.setLong(1, planId);
			query.setArray(2, Rows.texts(connection, ids));
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					known.add(result.getString(1));
				}
			}
		}
		return known;
	}
}
