package org.wbsmodeler.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * The README's fresh-machine line installs exactly the packages CI installs ({@code .ci/run}'s {@code need+=(…)}):
 * a newcomer who follows the README runs the same tests CI runs, none skipped for a missing tool.
 */
public class FreshMachineTest {

	private static final Path REPO = Path.of(System.getProperty("wbs.repo", "../.."));

	@Test
	public void theReadmeInstallsWhatCiInstalls() throws Exception {
		Set<String> ci = new TreeSet<>();
		Matcher need = Pattern.compile("need\\+=\\(([^)]+)\\)").matcher(Files.readString(REPO.resolve(".ci/run")));
		while (need.find()) {
			ci.add(need.group(1).strip());
		}
		Matcher line = Pattern.compile("(?m)^apt-get install -y ([^\\n`]+)$").matcher(Files.readString(REPO.resolve("README.md")));
		assertTrue("the README has a fresh-machine apt-get line", line.find());
		Set<String> readme = new TreeSet<>(Arrays.asList(line.group(1).strip().split("\\s+")));
		assertTrue(ci.contains("planner-data"));
		assertEquals(ci, readme);
	}
}
