package org.wbsmodeler.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wbsmodeler.server.plan.Change;

/** The append-only log: {@code commits} and their {@code changes}. */
final class Log {

	private Log() {
	}

	static void append(Connection connection, long planId, long revision, long base, long authorId, String message, List<Change> changes)
			throws SQLException {
		try (PreparedStatement commit = connection.prepareStatement("insert into commits (plan_id, revision, base, author, message) values (?, ?, ?, ?, ?)")) {
			commit.setLong(1, planId);
			commit.setLong(2, revision);
			commit.setLong(3, base);
			commit.setLong(4, authorId);
			commit.setString(5, message);
			commit.executeUpdate();
		}
		try (PreparedStatement insert = connection.prepareStatement("insert into changes (plan_id, revision, seq, element, feature, old_value, new_value)"
				+ " values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)")) {
			int seq = 0;
			int pending = 0;
			for (Change change : changes) {
				insert.setLong(1, planId);
				insert.setLong(2, revision);
				insert.setInt(3, seq++);
				insert.setString(4, change.element());
				insert.setString(5, change.feature());
				insert.setString(6, change.old() == null ? null : change.old().toString());
				insert.setString(7, change.value() == null ? null : change.value().toString());
				insert.addBatch();
				if (++pending == 5000) {
					insert.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				insert.executeBatch();
			}
		}
	}

	/** Commits after a revision (and with a change of the element, when given), oldest first. */
	static List<CommitRecord> commits(Connection connection, long planId, long after, String element) throws SQLException {
		Map<Long, CommitRecord> commits = new LinkedHashMap<>();
		String sql = "select c.revision, c.base, u.name, c.time, c.message, ch.element, ch.feature, ch.old_value::text, ch.new_value::text"
				+ " from commits c join users u on u.id = c.author left join changes ch on ch.plan_id = c.plan_id and ch.revision = c.revision"
				+ (element == null ? "" : " and ch.element = ?") + " where c.plan_id = ? and c.revision > ?"
				+ (element == null ? "" : " and exists (select 1 from changes e where e.plan_id = c.plan_id and e.revision = c.revision and e.element = ?)")
				+ " order by c.revision, ch.seq";
		boolean autoCommit = connection.getAutoCommit();
		// a cursor (fetch size) needs a transaction; inside a caller's (a commit's, holding the plan's lock) it is that one
		if (autoCommit) {
			connection.setAutoCommit(false);
		}
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			int i = 1;
			if (element != null) {
				query.setString(i++, element);
			}
			query.setLong(i++, planId);
			query.setLong(i++, after);
			if (element != null) {
				query.setString(i++, element);
			}
			query.setFetchSize(10_000);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					long revision = result.getLong(1);
					CommitRecord commit = commits.get(revision);
					if (commit == null) {
						Timestamp time = result.getTimestamp(4);
						commit = new CommitRecord(revision, result.getLong(2), result.getString(3), time.toInstant(), result.getString(5), new ArrayList<>());
						commits.put(revision, commit);
					}
					if (result.getString(6) != null) {
						commit.changes().add(new Change(result.getString(6), result.getString(7), PlanStore.json(result.getString(8)),
								PlanStore.json(result.getString(9))));
					}
				}
			}
			if (autoCommit) {
				connection.commit();
			}
		} finally {
			if (autoCommit) {
				connection.setAutoCommit(true);
			}
		}
		return new ArrayList<>(commits.values());
	}
}
