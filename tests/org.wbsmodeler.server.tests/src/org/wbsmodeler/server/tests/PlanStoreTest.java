package org.wbsmodeler.server.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Map;

import org.junit.BeforeClass;
import org.junit.Test;
import org.wbsmodeler.server.auth.Tokens;
import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.PlanException;
import org.wbsmodeler.server.store.CommitRecord;
import org.wbsmodeler.server.store.CommitResult;
import org.wbsmodeler.server.store.Conflict;
import org.wbsmodeler.server.store.PlanStore;

import com.fasterxml.jackson.databind.node.TextNode;

/** The store on a real PostgreSQL: share, commit, merge of stale commits, conflicts, checks, replay. */
public class PlanStoreTest {

	private static PlanStore store;
	private static long user;

	@BeforeClass
	public static void connect() throws Exception {
		store = new PlanStore(TestDatabase.database().dataSource());
		Tokens tokens = new Tokens(TestDatabase.database().dataSource());
		String name = "store-" + System.nanoTime();
		user = tokens.user(tokens.addUser(name)).id();
	}

	private static long share(Map<String, ElementRow> rows) throws Exception {
		return store.create(user, "CRM", rows);
	}

	private static Change set(String element, String feature, String old, String value) {
		return new Change(element, feature, old == null ? null : TextNode.valueOf(old), value == null ? null : TextNode.valueOf(value));
	}

	@Test
	public void aSharedPlanChecksOutAsItWasAndReplaysFromItsLog() throws Exception {
		Map<String, ElementRow> rows = Plans.exampleRows();
		long plan = share(rows);
		PlanStore.Snapshot snapshot = store.checkout(plan);
		assertEquals(1, snapshot.info().revision());
		assertEquals(rows.size(), snapshot.rows().size());
		for (ElementRow row : rows.values()) {
			assertTrue(row.id(), row.equalsRow(snapshot.rows().get(row.id())));
		}
		Map<String, ElementRow> replayed = store.replay(plan);
		assertEquals(rows.size(), replayed.size());
		rows.values().forEach(row -> assertTrue(row.equalsRow(replayed.get(row.id()))));
	}

	@Test
	public void aStaleCommitOnOtherFeaturesMergesAndOneOnTheSameFeatureConflicts() throws Exception {
		Map<String, ElementRow> rows = Plans.exampleRows();
		long plan = share(rows);
		String charter = Plans.idOf(rows, "Activity", "Draft charter");
		String approve = Plans.idOf(rows, "Activity", "Approve charter with sponsor");
		CommitResult first = store.commit(plan, user, 1, "rename", List.of(set(charter, "name", "Draft charter", "Write charter")));
		assertEquals(2, first.revision());
		// based on revision 1, changes another element: merged, applied
		CommitResult merged = store.commit(plan, user, 1, "describe", List.of(set(approve, "description", null, "with the sponsor")));
		assertTrue(merged.accepted());
		assertEquals(3, merged.revision());
		// based on revision 1, changes the name revision 2 changed: a conflict with base / mine / theirs, nothing applied
		CommitResult conflicting = store.commit(plan, user, 1, "rename too",
				List.of(set(approve, "duration", "1.0", "2.0"), set(charter, "name", "Draft charter", "Charter draft")));
		assertFalse(conflicting.accepted());
		Conflict conflict = conflicting.conflicts().get(0);
		assertEquals(charter, conflict.element());
		assertEquals("name", conflict.feature());
		assertEquals("Draft charter", conflict.base().asText());
		assertEquals("Charter draft", conflict.mine().asText());
		assertEquals("Write charter", conflict.theirs().asText());
		PlanStore.Snapshot now = store.checkout(plan);
		assertEquals(3, now.info().revision());
		assertEquals("1.0", now.rows().get(approve).attrs().get("duration").asText());
		assertEquals("with the sponsor", now.rows().get(approve).attrs().get("description").asText());
		List<CommitRecord> log = store.log(plan, charter);
		assertEquals("created in revision 1, renamed in 2", List.of(1L, 2L), log.stream().map(CommitRecord::revision).toList());
	}

	@Test
	public void badCommitsAreRefusedWithOneLineAndWriteNothing() throws Exception {
		Map<String, ElementRow> rows = Plans.exampleRows();
		long plan = share(rows);
		String charter = Plans.idOf(rows, "Activity", "Draft charter");
		String approve = Plans.idOf(rows, "Activity", "Approve charter with sponsor");
		String phase = Plans.idOf(rows, "Phase", "Initiation");
		String deliverable = rows.get(charter).parent();
		refused(plan, List.of(set("no-such-id", "name", "a", "b")), "unknown element no-such-id");
		refused(plan, List.of(set(charter, "duration", "3.0", "three days")), "is not a");
		refused(plan, List.of(set(charter, "colour", null, "red")), "has no feature colour");
		refused(plan, List.of(set(phase, ElementRow.PARENT, rows.get(phase).parent() + "/children", deliverable + "/children")), "cycle");
		// deleting an activity another one depends on leaves a dangling predecessor reference
		List<Change> delete = new java.util.ArrayList<>();
		rows.values().stream().filter(r -> charter.equals(r.parent())).forEach(child -> delete.addAll(deletion(child)));
		delete.addAll(deletion(rows.get(charter)));
		refused(plan, delete, "refers to " + charter);
		refused(plan, List.of(set(charter, "name", "Not its name", "x")), "the change says it was");
		assertEquals(1, store.checkout(plan).info().revision());
		assertEquals(1, store.log(plan, null).size());
		assertEquals("Draft charter", store.checkout(plan).rows().get(charter).attrs().get("name").asText());
		assertNull(store.checkout(plan).rows().get(approve).attrs().get("description"));
	}

	private static List<Change> deletion(ElementRow row) {
		List<Change> changes = new java.util.ArrayList<>();
		row.attrs().fields().forEachRemaining(f -> changes.add(new Change(row.id(), f.getKey(), f.getValue(), null)));
		changes.add(new Change(row.id(), ElementRow.ORDER, row.value(ElementRow.ORDER), null));
		changes.add(new Change(row.id(), ElementRow.PARENT, row.value(ElementRow.PARENT), null));
		changes.add(new Change(row.id(), ElementRow.KIND, row.value(ElementRow.KIND), null));
		return changes;
	}

	private static void refused(long plan, List<Change> changes, String expected) throws Exception {
		try {
			store.commit(plan, user, 1, "bad", changes);
			fail("accepted: " + changes);
		} catch (PlanException e) {
			assertTrue(e.getMessage(), e.getMessage().contains(expected));
			assertFalse(e.getMessage(), e.getMessage().contains("\n"));
		}
	}
}
