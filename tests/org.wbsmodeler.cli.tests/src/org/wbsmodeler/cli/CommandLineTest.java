package org.wbsmodeler.cli;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.util.ModelBuilder;

/** ./wbs validate, info and new on the shipped example and on broken inputs. */
public class CommandLineTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private static final Path REPO = Path.of(System.getProperty("wbs.repo", "../.."));
	private static final String EXAMPLE = "examples/pschse-crm.wbs";

	private Path dir() {
		return folder.getRoot().toPath();
	}

	@Test
	public void helpListsTheCommands() {
		CliRun run = CliRun.wbs(REPO, "--help");
		assertEquals(run.toString(), 0, run.exitCode);
		assertThat(run.out, containsString("validate"));
		assertThat(run.out, containsString("info"));
		assertThat(run.out, containsString("new"));
	}

	/** Every option a command takes is in its synopsis, which --help prints: an option nobody can find is not there. */
	@Test
	public void everyOptionOfACommandIsInItsSynopsis() {
		java.util.List<String> missing = new java.util.ArrayList<>();
		for (Command command : org.wbsmodeler.cli.internal.CommandRegistry.commands()) {
			java.util.Set<String> options = new java.util.TreeSet<>(command.valueOptions());
			options.addAll(command.flags());
			for (String option : options) {
				if (!java.util.regex.Pattern.compile("(^|[\\[\\s|])" + java.util.regex.Pattern.quote(option) + "($|[\\]\\s|=])").matcher(command.synopsis()).find()) {
					missing.add(command.name() + " " + option);
				}
			}
		}
		assertTrue("options missing from the synopsis: " + missing, missing.isEmpty());
	}

	@Test
	public void unknownCommandAndOptionAreUsageErrors() {
		assertEquals(2, CliRun.wbs(REPO, "frobnicate").exitCode);
		CliRun run = CliRun.wbs(REPO, "validate", EXAMPLE, "--bogus");
		assertEquals(2, run.exitCode);
		assertThat(run.err, containsString("unknown option --bogus"));
	}

	@Test
	public void exampleIsValid() {
		CliRun run = CliRun.wbs(REPO, "validate", EXAMPLE);
		assertEquals(run.toString(), 0, run.exitCode);
		assertThat(run.out, containsString(EXAMPLE + ": valid"));
	}

	@Test
	public void infoCountsElementTypesAndPrintsTheOutline() {
		CliRun run = CliRun.wbs(REPO, "info", EXAMPLE);
		assertEquals(run.toString(), 0, run.exitCode);
		assertThat(run.out, containsString("Phase"));
		assertThat(run.out, containsString("Requirement"));
		assertThat(run.out, containsString("ProcessStep"));
		assertTrue(run.out, run.out.matches("(?s).*\\n\\s+2\\.1\\.1\\s+Plan requirement workshops.*"));
	}

	@Test
	public void truncatedCopyGivesOneLineAndExitTwo() throws Exception {
		String xml = Files.readString(REPO.resolve(EXAMPLE));
		Path truncated = dir().resolve("truncated.wbs");
		Files.writeString(truncated, xml.substring(0, xml.length() / 3));
		CliRun run = CliRun.wbs(dir(), "validate", "truncated.wbs");
		assertEquals(run.toString(), 2, run.exitCode);
		assertEquals(run.toString(), 1, run.err.lines().count());
		assertThat(run.err, startsWith("wbs validate: truncated.wbs:"));
		assertThat(run.err, containsString("not well-formed XML"));
		assertEquals("", run.out);
	}

	@Test
	public void cycleIsNamedAndExitsOne() throws Exception {
		TestModels.cyclic(dir());
		CliRun run = CliRun.wbs(dir(), "validate", "cycle.wbs");
		assertEquals(run.toString(), 1, run.exitCode);
		assertThat(run.out, containsString("error: dependency cycle: 1.1.1 Design → 1.1.2 Code → 1.1.1 Design"));
	}

	@Test
	public void warningsFailOnlyWhenStrict() throws Exception {
		ModelBuilder build = new ModelBuilder();
		Project project = build.project("Thin", LocalDate.of(2027, 2, 1));
		build.deliverable(build.phase(project, "P", null), "Nothing under me", null);
		ModelFiles.save(project, dir().resolve("thin.wbs"));
		assertEquals(0, CliRun.wbs(dir(), "validate", "thin.wbs").exitCode);
		CliRun strict = CliRun.wbs(dir(), "validate", "thin.wbs", "--strict");
		assertEquals(strict.toString(), 1, strict.exitCode);
		assertThat(strict.out, containsString("warning: deliverable 1.1 'Nothing under me' has no work under it"));
	}

	@Test
	public void newWritesEachTemplateAndRefusesToOverwrite() throws Exception {
		for (String template : new String[] { "crm-implementation", "crm-components", "empty" }) {
			CliRun run = CliRun.wbs(dir(), "new", "--template", template, "-o", template + ".wbs", "--start", "2027-03-01");
			assertEquals(run.toString(), 0, run.exitCode);
			assertEquals(0, CliRun.wbs(dir(), "validate", template + ".wbs").exitCode);
		}
		String before = Files.readString(dir().resolve("empty.wbs"));
		CliRun again = CliRun.wbs(dir(), "new", "--template", "crm-implementation", "-o", "empty.wbs");
		assertEquals(2, again.exitCode);
		assertThat(again.err, containsString("exists"));
		assertEquals(before, Files.readString(dir().resolve("empty.wbs")));
	}

	@Test
	public void newRejectsAnUnknownTemplateAndABadDate() {
		CliRun unknown = CliRun.wbs(dir(), "new", "--template", "nope", "-o", "x.wbs");
		assertEquals(2, unknown.exitCode);
		assertThat(unknown.err, containsString("crm-implementation"));
		CliRun date = CliRun.wbs(dir(), "new", "--template", "empty", "-o", "x.wbs", "--start", "soon");
		assertEquals(2, date.exitCode);
		assertFalse(Files.exists(dir().resolve("x.wbs")));
	}

	@Test
	public void missingFileIsOneLine() {
		CliRun run = CliRun.wbs(dir(), "info", "absent.wbs");
		assertEquals(2, run.exitCode);
		assertEquals("wbs info: absent.wbs: no such file", run.err.trim());
	}
}
