package org.wbsmodeler.server.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.wbsmodeler.server.plan.ElementRow;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code elements} table: a plan's rows, read and written by id, always through bound parameters. */
final class Rows {

	private static final String COLUMNS = "id, kind, parent, feature, ord, attrs::text";

	/** Rows per round trip of a whole-plan read: about 2 MB, so a 300,000-row plan takes some 60 round trips. */
	private static final int FETCH = 10_000;

	private Rows() {
	}

	static Map<String, ElementRow> all(Connection connection, long planId) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select " + COLUMNS + " from elements where plan_id = ?")) {
			query.setLong(1, planId);
			query.setFetchSize(FETCH);
			return read(query);
		}
	}

	/** Every row of the plan to the sink, fetched in batches (the caller's transaction keeps the cursor open). */
	static void each(Connection connection, long planId, SnapshotSink sink) throws SQLException, java.io.IOException {
		try (PreparedStatement query = connection.prepareStatement("select " + COLUMNS + " from elements where plan_id = ?")) {
			query.setLong(1, planId);
			query.setFetchSize(FETCH);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					sink.row(result.getString(1), result.getString(2), result.getString(3), result.getString(4), result.getDouble(5), result.getString(6));
				}
			}
		}
	}

	static Map<String, ElementRow> some(Connection connection, long planId, Collection<String> ids) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select " + COLUMNS + " from elements where plan_id = ? and id = any(?)")) {
			query.setLong(1, planId);
			query.setArray(2, texts(connection, ids));
			return read(query);
		}
	}

	/** The kind of each of these elements that exists. */
	static Map<String, String> kinds(Connection connection, long planId, Collection<String> ids) throws SQLException {
		Map<String, String> kinds = new HashMap<>();
		try (PreparedStatement query = connection.prepareStatement("select id, kind from elements where plan_id = ? and id = any(?)")) {
			query.setLong(1, planId);
			query.setArray(2, texts(connection, ids));
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					kinds.put(result.getString(1), result.getString(2));
				}
			}
		}
		return kinds;
	}

	/** Elements (other than the given ones) contained in any of the given ones. */
	static Set<String> childrenOf(Connection connection, long planId, Collection<String> ids) throws SQLException {
		Set<String> children = new java.util.HashSet<>();
		try (PreparedStatement query = connection.prepareStatement("select id from elements where plan_id = ? and parent = any(?) and not (id = any(?))")) {
			query.setLong(1, planId);
			Array array = texts(connection, ids);
			query.setArray(2, array);
			query.setArray(3, array);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					children.add(result.getString(1));
				}
			}
		}
		return children;
	}

	/**
	 * Rows whose attributes mention any of the ids as a JSON string (a superset of the rows that refer to them; the
	 * caller checks the features). Runs only for commits that delete elements.
	 */
	static Map<String, ElementRow> mentioning(Connection connection, long planId, Collection<String> ids) throws SQLException {
		String[] patterns = ids.stream().map(id -> "%\"" + id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "\"%")
				.toArray(String[]::new);
		try (PreparedStatement query = connection.prepareStatement("select " + COLUMNS + " from elements where plan_id = ? and attrs::text like any(?)")) {
			query.setLong(1, planId);
			query.setArray(2, connection.createArrayOf("text", patterns));
			return read(query);
		}
	}

	static void upsert(Connection connection, long planId, Collection<ElementRow> rows) throws SQLException {
		try (PreparedStatement upsert = connection.prepareStatement("insert into elements (plan_id, id, kind, parent, feature, ord, attrs)"
				+ " values (?, ?, ?, ?, ?, ?, ?::jsonb) on conflict (plan_id, id) do update set kind = excluded.kind,"
				+ " parent = excluded.parent, feature = excluded.feature, ord = excluded.ord, attrs = excluded.attrs")) {
			int pending = 0;
			for (ElementRow row : rows) {
				upsert.setLong(1, planId);
				upsert.setString(2, row.id());
				upsert.setString(3, row.kind());
				upsert.setString(4, row.parent());
				upsert.setString(5, row.feature());
				upsert.setDouble(6, row.ord());
				upsert.setString(7, row.attrs().toString());
				upsert.addBatch();
				if (++pending == 2000) {
					upsert.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				upsert.executeBatch();
			}
		}
	}

	static void delete(Connection connection, long planId, Collection<String> ids) throws SQLException {
		if (ids.isEmpty()) {
			return;
		}
		try (PreparedStatement delete = connection.prepareStatement("delete from elements where plan_id = ? and id = any(?)")) {
			delete.setLong(1, planId);
			delete.setArray(2, texts(connection, ids));
			delete.executeUpdate();
		}
	}

	private static Map<String, ElementRow> read(PreparedStatement query) throws SQLException {
		Map<String, ElementRow> rows = new LinkedHashMap<>();
		try (ResultSet result = query.executeQuery()) {
			while (result.next()) {
				String id = result.getString(1);
				rows.put(id, new ElementRow(id, result.getString(2), result.getString(3), result.getString(4), result.getDouble(5),
						(ObjectNode) PlanStore.json(result.getString(6))));
			}
		}
		return rows;
	}

	static Array texts(Connection connection, Collection<String> values) throws SQLException {
		return connection.createArrayOf("text", values.toArray(String[]::new));
	}
}
