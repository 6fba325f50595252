package org.wbsmodeler.ui.compare.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;
import org.wbsmodeler.merge.conflict.ConflictKind;
import org.wbsmodeler.merge.conflict.ListedConflict;
import org.wbsmodeler.ui.compare.conflicts.OpenConflicts;

/**
 * Conflicts found while a plan is open (a shared plan meeting others' commits) join the listed ones: a newer one on
 * the same element and feature replaces the one still open, and the list written at the saved state holds the open
 * ones.
 */
public class OpenConflictsTest {

	@Test
	public void addedConflictsReplaceTheOpenOnesOfTheSameFeature() throws Exception {
		Path dir = Files.createTempDirectory("open-conflicts");
		Path list = dir.resolve("plan.wbs.conflicts.json");
		ListedConflict name = conflict("a", "name", "Anna's");
		ListedConflict duration = conflict("a", "duration", "5");
		OpenConflicts conflicts = new OpenConflicts(list, List.of(name, duration));
		AtomicInteger told = new AtomicInteger();
		conflicts.addListener(told::incrementAndGet);

		ListedConflict newerName = conflict("a", "name", "Anna's again");
		ListedConflict other = conflict("b", "name", "Carl's");
		conflicts.add(List.of(newerName, other));
		assertEquals(List.of(duration, newerName, other), conflicts.open());
		assertEquals(List.of(duration, newerName, other), conflicts.all());
		assertEquals("the views are told", 1, told.get());

		conflicts.savedStateReached();
		assertTrue(Files.readString(list).contains("Anna's again"));
		assertFalse("the replaced one is not written", Files.readString(list).contains("\"Anna's\""));
		Files.delete(list);
		Files.delete(dir);
	}

	private static ListedConflict conflict(String id, String feature, String theirs) {
		return new ListedConflict(ConflictKind.VALUE, id, "1.1", "1.1 Task", feature, List.of("base", "ours", theirs), List.of("base", "ours", theirs),
				"changed in commits by anna");
	}
}
