package org.wbsmodeler.server.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.eclipse.emf.common.util.URI;
import org.wbsmodeler.server.auth.PlanRoles;
import org.wbsmodeler.server.auth.Role;
import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.PlanCodec;
import org.wbsmodeler.server.plan.PlanException;
import org.wbsmodeler.server.plan.PlanJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Plans in PostgreSQL: rows per element and the append-only log of commits and changes. Every commit to a plan runs
 * in one transaction that first locks the plan's row, so commits to one plan apply one at a time, in revision order,
 * whichever server they reach; commits to different plans do not wait for each other.
 */
public final class PlanStore {

	private final DataSource source;

	public PlanStore(DataSource source) {
		this.source = source;
	}

	public DataSource source() {
		return source;
	}

	/** Checks rows as a model (kinds, features, value types, references) and stores them as a new plan at revision 1. */
	public long create(long ownerId, String name, Map<String, ElementRow> rows) throws PlanException, SQLException {
		if (name == null || name.isBlank() || name.length() > 500) {
			throw new PlanException("a plan needs a name of 1 to 500 characters");
		}
		long roots = rows.values().stream().filter(r -> r.parent() == null).count();
		if (roots != 1) {
			throw new PlanException("a plan has exactly one root element, not " + roots);
		}
		try {
			new PlanCodec().model(rows, URI.createURI("plan:/new.wbs"));
		} catch (RuntimeException e) {
			throw new PlanException("not a valid plan: " + oneLine(e));
		}
		List<Change> changes = new ArrayList<>();
		for (ElementRow row : rows.values()) {
			changes.add(new Change(row.id(), ElementRow.KIND, null, row.value(ElementRow.KIND)));
			if (row.parent() != null) {
				changes.add(new Change(row.id(), ElementRow.PARENT, null, row.value(ElementRow.PARENT)));
				changes.add(new Change(row.id(), ElementRow.ORDER, null, row.value(ElementRow.ORDER)));
			}
			for (var it = row.attrs().fields(); it.hasNext();) {
				var field = it.next();
				changes.add(new Change(row.id(), field.getKey(), null, field.getValue()));
			}
		}
		try (Connection connection = source.getConnection()) {
			connection.setAutoCommit(false);
			try {
				long planId;
				try (PreparedStatement insert = connection.prepareStatement("insert into plans (name, revision) values (?, 1) returning id")) {
					insert.setString(1, name);
					try (ResultSet result = insert.executeQuery()) {
						result.next();
						planId = result.getLong(1);
					}
				}
				new PlanRoles(source).grant(connection, planId, ownerId, Role.OWNER);
				Rows.upsert(connection, planId, rows.values());
				Log.append(connection, planId, 1, 0, ownerId, "shared " + name, changes);
				connection.commit();
				return planId;
			} catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		}
	}

	/** The plan's name and head revision, or null when there is no such plan. */
	public PlanInfo info(long planId) throws SQLException {
		try (Connection connection = source.getConnection();
				PreparedStatement query = connection.prepareStatement("select name, revision from plans where id = ?")) {
			query.setLong(1, planId);
			try (ResultSet result = query.executeQuery()) {
				return result.next() ? new PlanInfo(planId, result.getString(1), result.getLong(2)) : null;
			}
		}
	}

	/** The plan at its head revision, read in one snapshot: rows and revision agree. */
	public Snapshot checkout(long planId) throws SQLException {
		try (Connection connection = source.getConnection()) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			try {
				PlanInfo info;
				try (PreparedStatement query = connection.prepareStatement("select name, revision from plans where id = ?")) {
					query.setLong(1, planId);
					try (ResultSet result = query.executeQuery()) {
						if (!result.next()) {
							return null;
						}
						info = new PlanInfo(planId, result.getString(1), result.getLong(2));
					}
				}
				Map<String, ElementRow> rows = Rows.all(connection, planId);
				connection.commit();
				return new Snapshot(info, rows);
			} catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		}
	}

	/**
	 * The plan at its head revision, read in one snapshot (rows and revision agree) and handed to the sink row by row
	 * as the database sends them, a few thousand at a time: nothing of the plan is kept here. False when there is no
	 * such plan (the sink then got nothing).
	 */
	public boolean stream(long planId, SnapshotSink sink) throws SQLException, IOException {
		try (Connection connection = source.getConnection()) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			try {
				try (PreparedStatement query = connection.prepareStatement("select name, revision from plans where id = ?")) {
					query.setLong(1, planId);
					try (ResultSet result = query.executeQuery()) {
						if (!result.next()) {
							connection.rollback();
							return false;
						}
						sink.plan(new PlanInfo(planId, result.getString(1), result.getLong(2)));
					}
				}
				Rows.each(connection, planId, sink);
				connection.commit();
				return true;
			} catch (SQLException | IOException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		}
	}

	/** Commits after a revision, oldest first, with their changes (what a client needs to update). */
	public List<CommitRecord> since(long planId, long revision) throws SQLException {
		try (Connection connection = source.getConnection()) {
			return Log.commits(connection, planId, revision, null);
		}
	}

	/** Every commit that changed an element, with that element's changes only; the whole log when element is null. */
	public List<CommitRecord> log(long planId, String element) throws SQLException {
		try (Connection connection = source.getConnection()) {
			return Log.commits(connection, planId, 0, element);
		}
	}

	/** Commits a change set; see {@link CommitWriter}. */
	public CommitResult commit(long planId, long authorId, long base, String message, List<Change> changes) throws PlanException, SQLException {
		return new CommitWriter(source).commit(planId, authorId, base, message, changes);
	}

	/** The plan rebuilt from its log alone (replayed from empty), for checks against the stored rows. */
	public Map<String, ElementRow> replay(long planId) throws SQLException {
		Map<String, ElementRow> rows = new LinkedHashMap<>();
		for (CommitRecord commit : since(planId, 0)) {
			org.wbsmodeler.server.plan.RowApply.apply(rows, commit.changes());
		}
		return rows;
	}

	public void grant(long planId, long userId, Role role) throws SQLException {
		new PlanRoles(source).grant(planId, userId, role);
	}

	public record PlanInfo(long id, String name, long revision) {
	}

	public record Snapshot(PlanInfo info, Map<String, ElementRow> rows) {
		public ObjectNode json() {
			ObjectNode node = PlanJson.MAPPER.createObjectNode();
			node.put("id", info.id());
			node.put("name", info.name());
			node.put("revision", info.revision());
			node.set("elements", PlanJson.elements(rows.values()));
			return node;
		}
	}

	static String oneLine(Throwable e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return message.lines().findFirst().orElse(message);
	}

	static JsonNode json(String text) throws SQLException {
		if (text == null) {
			return null;
		}
		try {
			return PlanJson.MAPPER.readTree(text);
		} catch (java.io.IOException e) {
			throw new SQLException("stored JSON unreadable: " + e.getMessage(), e);
		}
	}

	static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}
}
