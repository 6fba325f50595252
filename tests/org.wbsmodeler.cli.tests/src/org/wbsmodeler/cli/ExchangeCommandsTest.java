package org.wbsmodeler.cli;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** ./wbs export, import, report and bench exchange, on the example and on broken and hostile input. */
public class ExchangeCommandsTest {

	private static final Path REPO = Path.of(System.getProperty("wbs.repo", "../.."));
	private static final Path EXAMPLE = REPO.resolve("examples/pschse-crm.wbs");

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private Path dir() {
		return folder.getRoot().toPath();
	}

	@Test
	public void exportsEveryFormatAndImportsMsProjectBack() throws Exception {
		for (String format : new String[] { "mspdi", "mpx", "pmxml", "planner", "json", "csv" }) {
			CliRun run = CliRun.wbs(dir(), "export", EXAMPLE.toString(), "--format", format, "-o", "plan." + format);
			assertEquals(run.toString(), 0, run.exitCode);
			assertThat(run.out, startsWith("plan." + format + ": 88 WBS elements as "));
			assertTrue(Files.size(dir().resolve("plan." + format)) > 1000);
		}
		CliRun imported = CliRun.wbs(dir(), "import", "plan.mspdi", "-o", "back.wbs");
		assertEquals(imported.toString(), 0, imported.exitCode);
		assertEquals("back.wbs: 88 WBS elements from plan.mspdi (MS Project XML (MSPDI))\n", imported.out);
		assertEquals("", imported.err);
		CliRun valid = CliRun.wbs(dir(), "validate", "back.wbs");
		assertEquals(valid.toString(), 0, valid.exitCode);
		CliRun mpx = CliRun.wbs(dir(), "import", "plan.mpx", "-o", "mpx.wbs");
		assertEquals(mpx.toString(), 0, mpx.exitCode);
	}

	@Test
	public void unknownFormatsAreUsageErrors() {
		CliRun run = CliRun.wbs(dir(), "export", EXAMPLE.toString(), "--format", "xls", "-o", "x.xls");
		assertEquals(2, run.exitCode);
		assertThat(run.err, containsString("no format 'xls'; known: csv|json|mpx|mspdi|planner|pmxml"));
		assertFalse(Files.exists(dir().resolve("x.xls")));
		assertEquals(2, CliRun.wbs(dir(), "export", EXAMPLE.toString(), "-o", "x.xml").exitCode);
	}

	/** A truncated file: one line, exit 2, and the model file that was there is untouched. */
	@Test
	public void truncatedInputChangesNothing() throws Exception {
		assertEquals(0, CliRun.wbs(dir(), "export", EXAMPLE.toString(), "--format", "mspdi", "-o", "plan.xml").exitCode);
		byte[] whole = Files.readAllBytes(dir().resolve("plan.xml"));
		Files.write(dir().resolve("cut.xml"), java.util.Arrays.copyOf(whole, whole.length / 2));
		Files.copy(EXAMPLE, dir().resolve("existing.wbs"));
		byte[] before = Files.readAllBytes(dir().resolve("existing.wbs"));
		CliRun run = CliRun.wbs(dir(), "import", "cut.xml", "-o", "existing.wbs");
		assertEquals(run.toString(), 2, run.exitCode);
		assertEquals(run.toString(), 1, run.err.lines().count());
		assertThat(run.err, startsWith("wbs import: cut.xml:"));
		assertThat(run.err, containsString("not well-formed XML"));
		assertEquals("", run.out);
		assertArrayEquals(before, Files.readAllBytes(dir().resolve("existing.wbs")));
		CliRun fresh = CliRun.wbs(dir(), "import", "cut.xml", "-o", "fresh.wbs");
		assertEquals(2, fresh.exitCode);
		try (var files = Files.list(dir())) {
			assertTrue("nothing written, not even a temporary file", files.noneMatch(p -> p.getFileName().toString().contains("fresh")));
		}
	}

	@Test
	public void doctypesAreRefused() throws Exception {
		Files.writeString(dir().resolve("xxe.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
				+ "<Project xmlns=\"http://schemas.microsoft.com/project\"><Name>&x;</Name></Project>\n");
		CliRun run = CliRun.wbs(dir(), "import", "xxe.xml", "-o", "x.wbs");
		assertEquals(2, run.exitCode);
		assertEquals("wbs import: xxe.xml:2: refused: a DOCTYPE declaration (project files never need one; it could pull in external entities)\n", run.err);
		assertFalse(Files.exists(dir().resolve("x.wbs")));
	}

	@Test
	public void reportWritesThePages() throws Exception {
		CliRun run = CliRun.wbs(dir(), "report", EXAMPLE.toString(), "-o", "site");
		assertEquals(run.toString(), 0, run.exitCode);
		for (String page : new String[] { "index.html", "outline.html", "critical-path.html", "gantt.html", "traceability.html", "processes.html", "report.css" }) {
			assertTrue(page, Files.isRegularFile(dir().resolve("site").resolve(page)));
		}
		assertThat(Files.readString(dir().resolve("site/traceability.html")), containsString("BR-01 Record every customer interaction in one place"));
		String diagrams = Files.readString(dir().resolve("site/diagrams.html"));
		assertThat(diagrams, containsString("<h2>WBS chart</h2>"));
		assertThat(diagrams, containsString("<h2>Process breakdown</h2>"));
		assertEquals("three diagrams drawn by the diagram bundle", 3, diagrams.split("<svg", -1).length - 1);
	}

	@Test
	public void benchExchangePrintsOneLine() {
		CliRun run = CliRun.wbs(dir(), "bench", "exchange", "--tasks", "200", "--rounds", "1");
		assertEquals(run.toString(), 0, run.exitCode);
		assertTrue(run.out, run.out.matches("tasks=200 export_ms=\\d+ mpxj_write_ms=\\d+ import_ms=\\d+ mpxj_read_ms=\\d+\n"));
		CliRun unknown = CliRun.wbs(dir(), "bench", "nothing");
		assertEquals(2, unknown.exitCode);
		assertThat(unknown.err, containsString("known: exchange"));
	}
}
