package org.wbsmodeler.cli;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mpxj.ProjectFile;
import org.mpxj.mpx.MPXReader;
import org.mpxj.mpx.MPXWriter;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;

/** ./wbs export, import, and report, on the example and on broken and hostile input. */
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

	/** A cycle has no schedule to export: one line naming it, exit 1 as for schedule, nothing written. */
	@Test
	public void aCycleIsNotExported() throws Exception {
		TestModels.cyclic(dir());
		CliRun run = CliRun.wbs(dir(), "export", "cycle.wbs", "--format", "mspdi", "-o", "cycle.xml");
		assertEquals(run.toString(), 1, run.exitCode);
		assertEquals(run.toString(), 1, run.err.lines().count());
		assertThat(run.err, startsWith("wbs export: cycle.wbs: cannot export, the plan has no schedule: dependency cycle: "));
		assertThat(run.err, containsString("Design"));
		assertFalse(Files.exists(dir().resolve("cycle.xml")));
	}

	/** MS Project in German writes German MPX; import finds the language, or is told it. */
	@Test
	public void germanMpxImports() throws Exception {
		assertEquals(0, CliRun.wbs(dir(), "export", EXAMPLE.toString(), "--format", "mpx", "-o", "plan.mpx").exitCode);
		ProjectFile file = new MPXReader().read(dir().resolve("plan.mpx").toFile());
		MPXWriter german = new MPXWriter();
		german.setLocale(Locale.GERMAN);
		german.write(file, dir().resolve("plan-de.mpx").toString());
		assertThat(Files.readString(dir().resolve("plan-de.mpx"), StandardCharsets.ISO_8859_1), containsString("t;"));

		CliRun found = CliRun.wbs(dir(), "import", "plan-de.mpx", "-o", "found.wbs");
		assertEquals(found.toString(), 0, found.exitCode);
		assertThat(found.out, startsWith("found.wbs: 88 WBS elements from plan-de.mpx"));
		assertEquals("wbs import: warning: read as MPX written in German (--locale de)\n", found.err);
		CliRun told = CliRun.wbs(dir(), "import", "plan-de.mpx", "-o", "told.wbs", "--locale", "de");
		assertEquals(told.toString(), 0, told.exitCode);
		assertEquals("", told.err);
		assertEquals("the same model either way", names(dir().resolve("found.wbs")), names(dir().resolve("told.wbs")));
		assertEquals(88, names(dir().resolve("told.wbs")).size());
		CliRun wrong = CliRun.wbs(dir(), "import", "plan-de.mpx", "-o", "wrong.wbs", "--locale", "fr");
		assertEquals(wrong.toString(), 2, wrong.exitCode);
		assertEquals(wrong.toString(), 1, wrong.err.lines().count());
		assertThat(wrong.err, startsWith("wbs import: plan-de.mpx: cannot read as MPX in French ("));
		assertFalse(Files.exists(dir().resolve("wrong.wbs")));
		assertEquals(2, CliRun.wbs(dir(), "import", "plan-de.mpx", "-o", "x.wbs", "--locale", "!!").exitCode);
	}

	private static List<String> names(Path model) throws Exception {
		List<String> names = new ArrayList<>();
		ModelFiles.load(model).eAllContents().forEachRemaining(o -> {
			if (o instanceof WbsElement element) {
				names.add(element.getName());
			}
		});
		return names;
	}

	@Test
	public void emptyFilesAndProjectDatabasesGetTheirOwnLine() throws Exception {
		Files.write(dir().resolve("empty.mpp"), new byte[0]);
		CliRun empty = CliRun.wbs(dir(), "import", "empty.mpp", "-o", "empty.wbs");
		assertEquals(empty.toString(), 2, empty.exitCode);
		assertEquals("wbs import: empty.mpp: the file is empty (0 bytes): nothing to import\n", empty.err);
		assertFalse(Files.exists(dir().resolve("empty.wbs")));

		byte[] jet = new byte[4096];
		byte[] signature = "\0\1\0\0Standard Jet DB\0".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(signature, 0, jet, 0, signature.length);
		Files.write(dir().resolve("plan.mpd"), jet);
		CliRun mpd = CliRun.wbs(dir(), "import", "plan.mpd", "-o", "mpd.wbs");
		assertEquals(mpd.toString(), 2, mpd.exitCode);
		assertEquals(mpd.toString(), 1, mpd.err.lines().count());
		assertThat(mpd.err, startsWith("wbs import: plan.mpd: an MS Project 98 database (.mpd) that cannot be read ("));
		assertFalse(Files.exists(dir().resolve("mpd.wbs")));
	}

	/** The password goes with the import (MPXJ checks it on protected MPP files; MSPDI has none and ignores it). */
	@Test
	public void passwordIsAnImportOption() throws Exception {
		assertEquals(0, CliRun.wbs(dir(), "export", EXAMPLE.toString(), "--format", "mspdi", "-o", "plan.xml").exitCode);
		CliRun run = CliRun.wbs(dir(), "import", "plan.xml", "-o", "back.wbs", "--password", "secret");
		assertEquals(run.toString(), 0, run.exitCode);
		CliRun help = CliRun.wbs(dir(), "import", "--help");
		assertThat(help.out + help.err, containsString("[--locale LANG] [--password P]"));
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
}
