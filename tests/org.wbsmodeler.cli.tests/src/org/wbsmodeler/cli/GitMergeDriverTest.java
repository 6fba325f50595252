package org.wbsmodeler.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;

/**
 * The git set-up of the README in a real repository, with git run as a process and {@code wbs merge} as its merge
 * driver (the command line on a flat classpath made of this test run's bundles, as {@code ./wbs} would run it):
 * changes to different tasks merge on their own; one task's duration changed on both branches stops the merge with
 * the conflict named.
 */
public class GitMergeDriverTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private Path repo;

	@Test
	public void gitMergesDifferentTasksAndStopsOnOneTasksDuration() throws Exception {
		repo = folder.getRoot().toPath();
		String wbs = wbsCommand();
		git("init", "-q", "-b", "main");
		git("config", "user.email", "test@example.org");
		git("config", "user.name", "Test");
		// the README's set-up
		Files.writeString(repo.resolve(".gitattributes"), "*.wbs merge=wbs diff=wbs\n");
		git("config", "merge.wbs.name", "WBS Modeler plan merge");
		git("config", "merge.wbs.driver", wbs + " merge %O %A %B -o %A");
		git("config", "diff.wbs.textconv", wbs + " diff --textconv");
		Path plan = MergePlans.base(repo.resolve("plan.wbs"));
		git("add", ".");
		git("commit", "-q", "-m", "base plan");

		git("checkout", "-q", "-b", "design");
		MergePlans.edit(plan, plan, p -> MergePlans.element(p, "Code").setDuration(8));
		git("commit", "-q", "-am", "longer coding");
		// the textconv shows the element and the feature, not XMI
		String diff = git("diff", "main", "--", "plan.wbs");
		assertTrue(diff, diff.contains("-1.2 Code | duration=5") && diff.contains("+1.2 Code | duration=8"));
		git("checkout", "-q", "main");
		git("checkout", "-q", "-b", "test");
		MergePlans.edit(plan, plan, p -> MergePlans.element(p, "Test").setDuration(4));
		git("commit", "-q", "-am", "longer test");

		git("merge", "--no-edit", "design");
		String status = git("status", "--porcelain");
		assertTrue(status, !status.contains("plan.wbs"));
		Project project = ModelFiles.load(plan);
		assertEquals(8, MergePlans.element(project, "Code").getDuration(), 0);
		assertEquals(4, MergePlans.element(project, "Test").getDuration(), 0);

		git("checkout", "-q", "-b", "short", "main");
		MergePlans.edit(plan, plan, p -> MergePlans.element(p, "Code").setDuration(3));
		git("commit", "-q", "-am", "shorter coding");
		Result conflict = run(List.of("git", "merge", "--no-edit", "design"));
		assertNotEquals(conflict.toString(), 0, conflict.exit);
		assertTrue(conflict.toString(), conflict.output.contains("CONFLICT 1.2 Code: duration: base 5, ours 3, theirs 8"));
		assertTrue(git("status", "--porcelain"), git("status", "--porcelain").contains("UU plan.wbs"));
		// the file holds ours on the conflict and still loads
		assertEquals(3, MergePlans.element(ModelFiles.load(plan), "Code").getDuration(), 0);
	}

	/** {@code java -cp BUNDLES org.wbsmodeler.cli.CommandLine}: the command line on a flat classpath. */
	private static String wbsCommand() throws IOException {
		Set<String> entries = new LinkedHashSet<>();
		Bundle self = FrameworkUtil.getBundle(GitMergeDriverTest.class);
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			if (bundle.getBundleId() == 0) {
				continue;
			}
			File file = FileLocator.getBundleFile(bundle);
			if (file.isDirectory() && new File(file, "target/classes").isDirectory()) {
				file = new File(file, "target/classes");
			}
			entries.add(file.getAbsolutePath());
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return java + " -Djava.awt.headless=true -cp " + String.join(File.pathSeparator, entries) + " org.wbsmodeler.cli.CommandLine";
	}

	private record Result(int exit, String output) {
	}

	private Result run(List<String> command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(repo.toFile()).redirectErrorStream(true);
		builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
		builder.environment().put("HOME", repo.toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue("git did not finish", process.waitFor(120, TimeUnit.SECONDS));
		return new Result(process.exitValue(), output);
	}

	private String git(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("git"));
		command.addAll(List.of(args));
		Result result = run(command);
		assertEquals(String.join(" ", command) + "\n" + result.output, 0, result.exit);
		return result.output;
	}
}
