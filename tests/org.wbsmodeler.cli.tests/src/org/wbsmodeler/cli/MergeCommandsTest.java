package org.wbsmodeler.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;

/** {@code wbs diff} and {@code wbs merge}: output, exit codes, files written and not written. */
public class MergeCommandsTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private Path dir;
	private Path base;

	@Before
	public void plans() throws Exception {
		dir = folder.getRoot().toPath();
		base = MergePlans.base(dir.resolve("base.wbs"));
	}

	@Test
	public void diffPrintsOneLinePerChangeWithCodeAndName() throws Exception {
		MergePlans.edit(base, dir.resolve("b.wbs"), p -> {
			MergePlans.element(p, "Code").setDuration(8);
			MergePlans.element(p, "Test").setName("System test");
		});
		CliRun same = CliRun.wbs(dir, "diff", "base.wbs", "base.wbs");
		assertEquals(same.toString(), 0, same.exitCode);
		assertEquals("", same.out);
		CliRun run = CliRun.wbs(dir, "diff", "base.wbs", "b.wbs");
		assertEquals(run.toString(), 1, run.exitCode);
		String[] lines = run.out.split("\n");
		assertEquals(run.out, 2, lines.length);
		assertTrue(run.out, run.out.contains("1.2 Code: duration: 5 → 8\n"));
		assertTrue(run.out, run.out.contains("1.3 System test: name: Test → System test\n"));
		CliRun json = CliRun.wbs(dir, "diff", "base.wbs", "b.wbs", "--json");
		assertEquals(1, json.exitCode);
		assertTrue(json.out, json.out.contains("\"kind\":\"set\"") && json.out.contains("\"code\":\"1.2\"") && json.out.contains("\"new\":\"8\""));
	}

	@Test
	public void mergeOfDifferentTasksIsCleanAndHasBothChanges() throws Exception {
		MergePlans.edit(base, dir.resolve("ours.wbs"), p -> MergePlans.element(p, "Code").setDuration(8));
		MergePlans.edit(base, dir.resolve("theirs.wbs"), p -> MergePlans.element(p, "Test").setDuration(4));
		CliRun run = CliRun.wbs(dir, "merge", "base.wbs", "ours.wbs", "theirs.wbs", "-o", "out.wbs");
		assertEquals(run.toString(), 0, run.exitCode);
		Project merged = ModelFiles.load(dir.resolve("out.wbs"));
		assertEquals(8, MergePlans.element(merged, "Code").getDuration(), 0);
		assertEquals(4, MergePlans.element(merged, "Test").getDuration(), 0);
		assertFalse(Files.exists(dir.resolve("out.wbs.conflicts.json")));
		assertEquals(0, CliRun.wbs(dir, "diff", "out.wbs", "out.wbs").exitCode);
	}

	@Test
	public void mergeWithAConflictKeepsOursPrintsTheConflictAndListsItBesideOut() throws Exception {
		MergePlans.edit(base, dir.resolve("ours.wbs"), p -> MergePlans.element(p, "Code").setDuration(8));
		MergePlans.edit(base, dir.resolve("theirs.wbs"), p -> MergePlans.element(p, "Code").setDuration(6));
		CliRun run = CliRun.wbs(dir, "merge", "base.wbs", "ours.wbs", "theirs.wbs", "-o", "out.wbs");
		assertEquals(run.toString(), 1, run.exitCode);
		assertTrue(run.out, run.out.contains("CONFLICT 1.2 Code: duration: base 5, ours 8, theirs 6"));
		assertEquals(8, MergePlans.element(ModelFiles.load(dir.resolve("out.wbs")), "Code").getDuration(), 0);
		String list = Files.readString(dir.resolve("out.wbs.conflicts.json"), StandardCharsets.UTF_8);
		assertTrue(list, list.contains("\"feature\":\"duration\"") && list.contains("\"base\":\"5\"") && list.contains("\"theirs\":\"6\""));
	}

	@Test
	public void badInputIsOneLineExit2AndWritesNothing() throws Exception {
		Files.writeString(dir.resolve("notaplan.wbs"), "<html>not a plan</html>");
		Path other = MergePlans.base(dir.resolve("other.wbs"));
		MergePlans.edit(base, dir.resolve("ours.wbs"), p -> MergePlans.element(p, "Code").setDuration(8));
		// an old-format copy of the base: the same plan in the namespace of format 1.0
		Files.writeString(dir.resolve("old.wbs"), Files.readString(base).replace("http://www.wbsmodeler.org/wbs/1.1", "http://www.wbsmodeler.org/wbs/1.0"));
		String[][] cases = { { "notaplan.wbs", "ours.wbs", "base.wbs", "notaplan.wbs" }, { "other.wbs", "ours.wbs", "base.wbs", "shares no element ids" },
				{ "old.wbs", "ours.wbs", "base.wbs", "migrate" }, { "base.wbs", "ours.wbs", "missing.wbs", "missing.wbs" } };
		for (String[] c : cases) {
			CliRun run = CliRun.wbs(dir, "merge", c[0], c[1], c[2], "-o", "out.wbs");
			assertEquals(run.toString(), 2, run.exitCode);
			assertEquals(run.toString(), 1, run.err.trim().split("\n").length);
			assertTrue(run.toString(), run.err.contains(c[3]));
			assertFalse(c[0], Files.exists(dir.resolve("out.wbs")));
		}
		// different roots: ours is another plan with the same shape
		CliRun roots = CliRun.wbs(dir, "diff", "base.wbs", other.getFileName().toString());
		assertEquals(roots.toString(), 2, roots.exitCode);
		assertTrue(roots.err, roots.err.contains("different plans"));
	}
}
