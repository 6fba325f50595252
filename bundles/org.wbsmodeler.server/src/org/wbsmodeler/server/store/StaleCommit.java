package org.wbsmodeler.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.merge.index.ComparedFeatures;
import org.wbsmodeler.merge.index.PlanIndex;
import org.wbsmodeler.merge.threeway.MergeResult;
import org.wbsmodeler.merge.threeway.PlanMerge;
import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.PlanCodec;
import org.wbsmodeler.server.plan.PlanException;
import org.wbsmodeler.server.plan.RowApply;
import org.wbsmodeler.server.plan.RowDiff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A commit based on an older revision, merged with the merge core's rules (moves, sibling order, deletion against
 * an edit, dependency cycles the two together make) as {@code ./wbs merge} merges files. The three plans:
 * <ul>
 * <li>base: what the author saw — the plan at the commit's base revision, with each changed feature at the value
 * the change says the author saw (a writer whose own commits went in after its base saw those, not the base's);</li>
 * <li>ours: the plan now;</li>
 * <li>theirs: the author's plan, that view with the commit's changes applied.</li>
 * </ul>
 * One feature changed on both sides conflicts even when both set the same value
 * ({@link PlanMerge.EqualChanges#CONFLICT}): two writers that read a counter at 5 and wrote 6 made two increments.
 * Clean, the commit to apply is what the merge brings into the plan now, as changes from the plan now.
 */
final class StaleCommit {

	/** The changes to apply to the plan now (empty: nothing left to do), or the conflicts. */
	record Outcome(List<Change> changes, List<Conflict> conflicts) {
	}

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final Connection connection;
	private final long planId;
	private final CommitCheck check;
	private final PlanCodec codec = new PlanCodec();

	StaleCommit(Connection connection, long planId, CommitCheck check) {
		this.connection = connection;
		this.planId = planId;
		this.check = check;
	}

	Outcome merge(long base, List<Change> changes) throws PlanException, SQLException {
		Map<String, ElementRow> now = Rows.all(connection, planId);
		Map<String, ElementRow> seen = atRevision(now, base);
		List<Conflict> gone = new ArrayList<>();
		overlaySeen(seen, now, changes, gone);
		if (!gone.isEmpty()) {
			return new Outcome(List.of(), gone);
		}
		Map<String, ElementRow> mine = copy(seen);
		for (Change change : changes) {
			check.shape(mine.get(change.element()), change);
			RowApply.apply(mine, change);
		}
		MergeResult result;
		try {
			ComparedFeatures features = new ComparedFeatures();
			PlanIndex baseIndex = PlanIndex.of(model(seen, "base"), features);
			PlanIndex oursIndex = PlanIndex.of(model(now, "plan"), features);
			PlanIndex theirsIndex = PlanIndex.of(model(mine, "commit"), features);
			result = PlanMerge.merge(baseIndex, oursIndex, theirsIndex, PlanMerge.EqualChanges.CONFLICT);
		} catch (MergeException e) {
			throw new PlanException(e.getMessage());
		}
		if (!result.isClean()) {
			List<Conflict> conflicts = new ArrayList<>();
			for (org.wbsmodeler.merge.conflict.Conflict conflict : result.conflicts()) {
				conflicts.add(conflict(conflict, seen, mine, now));
			}
			return new Outcome(List.of(), conflicts);
		}
		Map<String, ElementRow> merged = codec.rows(result.merged());
		keepComputed(merged, now, changes);
		return new Outcome(ownChanges(RowDiff.diff(now, merged), now, merged, changes), List.of());
	}

	/** The plan at an older revision: the rows now with the log's changes since taken back, newest first. */
	private Map<String, ElementRow> atRevision(Map<String, ElementRow> now, long revision) throws SQLException {
		Map<String, ElementRow> rows = copy(now);
		List<CommitRecord> since = Log.commits(connection, planId, revision, null);
		for (int c = since.size() - 1; c >= 0; c--) {
			List<Change> changes = since.get(c).changes();
			for (int i = changes.size() - 1; i >= 0; i--) {
				Change change = changes.get(i);
				RowApply.apply(rows, new Change(change.element(), change.feature(), change.value(), change.old()));
			}
		}
		return rows;
	}

	/**
	 * Puts each changed feature at the value its author saw. An element the author knew but the base revision does
	 * not have (the author's own commit made it after the base) comes from the plan now, with its containers; one
	 * that is in neither was deleted since (a conflict) or never was (bad input).
	 */
	private void overlaySeen(Map<String, ElementRow> seen, Map<String, ElementRow> now, List<Change> changes, List<Conflict> gone)
			throws PlanException, SQLException {
		Set<String> created = new HashSet<>();
		Set<String> unknown = new LinkedHashSet<>();
		for (Change change : changes) {
			String id = change.element();
			if (change.creation()) {
				created.add(id);
				seen.remove(id);
				continue;
			}
			if (created.contains(id)) {
				continue;
			}
			if (!seen.containsKey(id) && !adopt(seen, now, id)) {
				unknown.add(id);
				gone.add(new Conflict(id, change.feature(), change.old(), change.value(), null));
				continue;
			}
			if (!change.feature().equals(ElementRow.KIND)) {
				seen.get(id).set(change.feature(), change.old());
				adoptTargets(seen, now, seen.get(id), change.feature());
			}
		}
		if (!unknown.isEmpty()) {
			Set<String> known = CommitWriter.everMentioned(connection, planId, unknown);
			for (String id : unknown) {
				if (!known.contains(id)) {
					throw new PlanException("unknown element " + id);
				}
			}
		}
	}

	/** Brings an element of the plan now (and its containers) into the author's view; false if it is not there. */
	private boolean adopt(Map<String, ElementRow> seen, Map<String, ElementRow> now, String id) {
		ElementRow row = now.get(id);
		if (row == null) {
			return false;
		}
		List<ElementRow> copies = new ArrayList<>();
		for (ElementRow at = row; at != null && !seen.containsKey(at.id()); at = at.parent() == null ? null : now.get(at.parent())) {
			ElementRow copy = at.copy();
			seen.put(copy.id(), copy);
			copies.add(copy);
		}
		// references to what the view does not hold are left out (the merge then keeps the plan's)
		for (ElementRow copy : copies) {
			dropDangling(copy, seen);
		}
		return true;
	}

	/** The targets the author saw a reference at, from the plan now where the view lacks them (else left out). */
	private void adoptTargets(Map<String, ElementRow> seen, Map<String, ElementRow> now, ElementRow row, String name) {
		EClass eClass = codec.eClass(row.kind());
		JsonNode value = row.attrs().get(name);
		if (value == null || eClass == null || !(eClass.getEStructuralFeature(name) instanceof EReference)) {
			return;
		}
		for (JsonNode target : value.isArray() ? value : List.of(value)) {
			if (!seen.containsKey(target.asText())) {
				adopt(seen, now, target.asText());
			}
		}
		dropDangling(row, seen);
	}

	private void dropDangling(ElementRow row, Map<String, ElementRow> rows) {
		EClass eClass = codec.eClass(row.kind());
		if (eClass == null) {
			return;
		}
		for (String name : fieldNames(row)) {
			if (!(eClass.getEStructuralFeature(name) instanceof EReference)) {
				continue;
			}
			JsonNode value = row.attrs().get(name);
			if (value.isArray()) {
				ArrayNode kept = JSON.arrayNode();
				value.forEach(target -> {
					if (rows.containsKey(target.asText())) {
						kept.add(target);
					}
				});
				row.attrs().set(name, kept);
			} else if (!rows.containsKey(value.asText())) {
				row.attrs().remove(name);
			}
		}
	}

	private Resource model(Map<String, ElementRow> rows, String name) throws PlanException {
		return codec.model(rows, URI.createURI(name + ".wbs"));
	}

	/**
	 * Values the merge does not compare (the scheduler's dates and floats, see {@link ComparedFeatures}) stay as the
	 * plan now has them, but where the commit sets them.
	 */
	private void keepComputed(Map<String, ElementRow> merged, Map<String, ElementRow> now, List<Change> changes) {
		for (ElementRow row : merged.values()) {
			ElementRow current = now.get(row.id());
			if (current != null && current.kind().equals(row.kind())) {
				for (String name : fieldNames(current)) {
					if (computed(row, name)) {
						row.attrs().set(name, current.attrs().get(name));
					}
				}
			}
		}
		for (Change change : changes) {
			ElementRow row = merged.get(change.element());
			if (row != null && !change.feature().startsWith("@") && computed(row, change.feature())) {
				row.set(change.feature(), change.value());
			}
		}
	}

	private boolean computed(ElementRow row, String name) {
		EClass eClass = codec.eClass(row.kind());
		EStructuralFeature feature = eClass == null ? null : eClass.getEStructuralFeature(name);
		return feature != null && ComparedFeatures.isComputed(feature);
	}

	/**
	 * The merge's changes to the plan now, less any rewrite of a value the commit did not touch (an attribute the
	 * model writes in another form than the one stored: same value, other text).
	 */
	private static List<Change> ownChanges(List<Change> diff, Map<String, ElementRow> now, Map<String, ElementRow> merged, List<Change> commit) {
		Set<String> touched = new HashSet<>();
		for (Change change : commit) {
			touched.add(change.element() + "\n" + change.feature());
		}
		List<Change> result = new ArrayList<>(diff.size());
		for (Change change : diff) {
			boolean plainValue = !change.feature().startsWith("@");
			boolean bothHaveIt = now.containsKey(change.element()) && merged.containsKey(change.element());
			if (!plainValue || !bothHaveIt || touched.contains(change.element() + "\n" + change.feature())) {
				result.add(change);
			}
		}
		return result;
	}

	/** A conflict of the merge core in the server's terms: element, feature, and the values as rows hold them. */
	private static Conflict conflict(org.wbsmodeler.merge.conflict.Conflict conflict, Map<String, ElementRow> seen, Map<String, ElementRow> mine,
			Map<String, ElementRow> now) {
		String id = conflict.elementId();
		String feature = switch (conflict.kind()) {
		case MOVE, MOVE_CYCLE -> ElementRow.PARENT;
		case DELETE -> ElementRow.KIND;
		case ORDER -> ElementRow.ORDER;
		default -> conflict.feature();
		};
		String detail = conflict.detail();
		return switch (conflict.kind()) {
		// a list of children (ids) or a cycle: the core's own values and words
		case ORDER, CONTAINMENT, DEPENDENCY_CYCLE -> new Conflict(id, feature, json(conflict.base()), json(conflict.theirs()), json(conflict.ours()), detail);
		default -> new Conflict(id, feature, ElementRow.valueOf(seen.get(id), feature), ElementRow.valueOf(mine.get(id), feature),
				ElementRow.valueOf(now.get(id), feature), detail);
		};
	}

	private static JsonNode json(Object value) {
		if (value == null || org.wbsmodeler.merge.conflict.Conflict.ABSENT.equals(value)) {
			return null;
		}
		if (value instanceof List<?> list) {
			ArrayNode array = JSON.arrayNode();
			list.forEach(item -> array.add(String.valueOf(item)));
			return array;
		}
		return TextNode.valueOf(String.valueOf(value));
	}

	private static List<String> fieldNames(ElementRow row) {
		List<String> names = new ArrayList<>();
		row.attrs().fieldNames().forEachRemaining(names::add);
		return names;
	}

	private static Map<String, ElementRow> copy(Map<String, ElementRow> rows) {
		Map<String, ElementRow> copy = new LinkedHashMap<>(rows.size() * 2);
		rows.forEach((id, row) -> copy.put(id, row.copy()));
		return copy;
	}
}
