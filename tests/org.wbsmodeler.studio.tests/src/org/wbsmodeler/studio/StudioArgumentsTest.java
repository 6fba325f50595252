package org.wbsmodeler.studio;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** ./wbs studio's arguments: FILE, --smoke, --bench editor with its options, and one-line refusals. */
public class StudioArgumentsTest {

	@Test
	public void noArgumentsOpensTheEmptyStudio() {
		StudioArguments arguments = StudioArguments.parse();
		assertNull(arguments.file());
		assertFalse(arguments.smoke() || arguments.bench() || arguments.help());
	}

	@Test
	public void aFileAndSmoke() {
		StudioArguments arguments = StudioArguments.parse("examples/pschse-crm.wbs", "--smoke");
		assertEquals("examples/pschse-crm.wbs", arguments.file());
		assertTrue(arguments.smoke());
	}

	@Test
	public void benchDefaultsToTheWbsEditorAndOneHundredThousandActivities() {
		StudioArguments arguments = StudioArguments.parse("--bench", "editor");
		assertTrue(arguments.bench());
		assertEquals(100_000, arguments.activities());
		assertEquals(StudioIds.MODEL_EDITOR, arguments.editorId());
	}

	@Test
	public void diagramBenchDefaultsToTwoThousandActivities() {
		StudioArguments arguments = StudioArguments.parse("--bench", "diagram");
		assertTrue(arguments.bench());
		assertEquals("diagram", arguments.benchKind());
		assertEquals(2_000, arguments.activities());
		assertEquals(500, StudioArguments.parse("--bench", "diagram", "--activities", "500").activities());
		assertRefused("--editor belongs to --bench editor", "--bench", "diagram", "--editor", "x.y");
	}

	@Test
	public void ganttBenchDefaultsToTenThousandRows() {
		StudioArguments arguments = StudioArguments.parse("--bench", "gantt");
		assertEquals("gantt", arguments.benchKind());
		assertEquals(10_000, arguments.activities());
		assertEquals(2_000, StudioArguments.parse("--bench", "gantt", "--activities", "2000").activities());
		assertRefused("--editor belongs to --bench editor", "--bench", "gantt", "--editor", "x.y");
	}

	@Test
	public void benchTakesASizeAndAnEditor() {
		StudioArguments arguments = StudioArguments.parse("--bench", "editor", "--activities", "20_000", "--editor", "x.y");
		assertEquals(20_000, arguments.activities());
		assertEquals("x.y", arguments.editorId());
	}

	@Test
	public void platformAndTestHarnessOptionsAreLeftAlone() {
		StudioArguments arguments = StudioArguments.parse("-testproperties", "/tmp/surefire.properties", "-clearPersistedState", "plan.wbs",
				"-testApplication", "org.wbsmodeler.studio.application");
		assertEquals("plan.wbs", arguments.file());
	}

	@Test
	public void nonsenseIsRefusedInOneLineThatSaysWhat() {
		assertRefused("unknown option --frobnicate", "--frobnicate");
		assertRefused("--activities needs a whole number above 0, not 'many'", "--bench", "editor", "--activities", "many");
		assertRefused("--activities needs a whole number above 0, not '0'", "--bench", "editor", "--activities", "0");
		assertRefused("--activities needs a value", "--bench", "editor", "--activities");
		assertRefused("--activities belongs to --bench editor", "--activities", "10");
		assertRefused("no FILE", "--bench", "editor", "plan.wbs");
		assertRefused("one FILE at most, got a.wbs and b.wbs", "a.wbs", "b.wbs");
	}

	@Test
	public void helpWins() {
		assertTrue(StudioArguments.parse("plan.wbs", "--help").help());
	}

	private static void assertRefused(String expected, String... args) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StudioArguments.parse(args));
		assertTrue(e.getMessage(), e.getMessage().contains(expected));
		assertFalse("one line: " + e.getMessage(), e.getMessage().contains("\n"));
	}
}
