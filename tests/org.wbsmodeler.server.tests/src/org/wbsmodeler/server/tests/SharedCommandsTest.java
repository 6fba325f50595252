package org.wbsmodeler.server.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.wbsmodeler.cli.CommandLine;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.server.client.CheckoutCommand;
import org.wbsmodeler.server.client.CommitCommand;
import org.wbsmodeler.server.client.LogCommand;
import org.wbsmodeler.server.client.ShareCommand;
import org.wbsmodeler.server.client.UpdateCommand;
import org.wbsmodeler.server.http.PlanServer;

/** share, checkout, commit (merged and conflicting), update, log and blame, as a user types them. */
public class SharedCommandsTest {

	private static PlanServer server;
	private static String token;
	private static Path folder;

	@BeforeClass
	public static void start() throws Exception {
		server = TestDatabase.newServer();
		token = TestDatabase.newUser("cli");
		folder = Files.createTempDirectory("wbs-shared-commands");
	}

	@AfterClass
	public static void stop() throws Exception {
		server.close();
	}

	private record Run(int code, String out, String err) {
	}

	private static Run wbs(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		List<org.wbsmodeler.cli.Command> commands = List.of(new ShareCommand(), new CheckoutCommand(), new CommitCommand(), new UpdateCommand(),
				new LogCommand(), new LogCommand.Blame());
		String[] withToken = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--token", token)).toArray(String[]::new);
		java.util.Set<Thread> before = httpClientThreads();
		int code = new CommandLine(commands).run(withToken,
				new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), folder));
		assertClientsClosed(args[0], before);
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** The selector thread every open java.net.http client keeps: it ends when the client is closed. */
	private static java.util.Set<Thread> httpClientThreads() {
		return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("HttpClient-") && t.getName().endsWith("-SelectorManager"))
				.collect(java.util.stream.Collectors.toSet());
	}

	/** A command closes its client: no selector thread started during it outlives it by more than a moment. */
	private static void assertClientsClosed(String command, java.util.Set<Thread> before) {
		for (Thread thread : httpClientThreads()) {
			if (before.contains(thread)) {
				continue;
			}
			try {
				thread.join(10_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
			if (thread.isAlive()) {
				throw new AssertionError("wbs " + command + " left its HTTP client open: " + thread.getName());
			}
		}
	}

	private static void edit(String file, Consumer<Project> change) throws Exception {
		Project project = ModelFiles.load(folder.resolve(file));
		change.accept(project);
		ModelFiles.save(project, folder.resolve(file));
	}

	private static WbsElement charter(Project project) {
		return ((WbsContainer) ((WbsContainer) project.getChildren().get(0)).getChildren().get(0)).getChildren().get(0);
	}

	private static WbsElement second(Project project) {
		return ((WbsContainer) ((WbsContainer) project.getChildren().get(0)).getChildren().get(0)).getChildren().get(1);
	}

	@Test
	public void twoCopiesCommitMergeUpdateAndConflict() throws Exception {
		Files.copy(Plans.EXAMPLE, folder.resolve("a.wbs"));
		Run share = wbs("share", "a.wbs", "--server", server.url());
		assertEquals(share.err(), 0, share.code());
		String url = share.out().strip();
		assertTrue(url, url.matches("http://127\\.0\\.0\\.1:\\d+/plans/\\d+"));
		Run checkout = wbs("checkout", url, "-o", "b.wbs");
		assertEquals(checkout.err(), 0, checkout.code());

		edit("a.wbs", p -> charter(p).setName("Write the charter"));
		Run first = wbs("commit", "a.wbs", "-m", "rename charter");
		assertEquals(first.err(), 0, first.code());
		assertTrue(first.out(), first.out().contains("committed revision 2"));

		// b is still at revision 1: its edit of another element is merged, and b gets a's rename with it
		edit("b.wbs", p -> second(p).setDuration(4));
		Run second = wbs("commit", "b.wbs", "-m", "longer approval");
		assertEquals(second.err(), 0, second.code());
		assertTrue(second.out(), second.out().contains("committed revision 3") && second.out().contains("merged with 1 commit"));
		assertEquals("Write the charter", charter(ModelFiles.load(folder.resolve("b.wbs"))).getName());

		Run update = wbs("update", "a.wbs");
		assertEquals(update.err(), 0, update.code());
		assertEquals(4.0, second(ModelFiles.load(folder.resolve("a.wbs"))).getDuration(), 0);

		// both rename the same task: the second commit is refused, one line per conflict, exit 1, nothing committed
		edit("a.wbs", p -> charter(p).setName("Charter A"));
		edit("b.wbs", p -> charter(p).setName("Charter B"));
		assertEquals(0, wbs("commit", "a.wbs", "-m", "A").code());
		Run conflict = wbs("commit", "b.wbs", "-m", "B");
		assertEquals(1, conflict.code());
		List<String> lines = conflict.out().lines().toList();
		assertEquals(conflict.out(), 1, lines.size());
		assertTrue(lines.get(0), lines.get(0).contains("name") && lines.get(0).contains("\"Charter B\"") && lines.get(0).contains("\"Charter A\""));
		Run refusedUpdate = wbs("update", "b.wbs");
		assertEquals(1, refusedUpdate.code());
		assertEquals("Charter B", charter(ModelFiles.load(folder.resolve("b.wbs"))).getName());

		Run log = wbs("log", url, "1.1.1");
		assertEquals(log.err(), 0, log.code());
		assertTrue(log.out(), log.out().contains("rename charter") && log.out().contains("\"Write the charter\" → \"Charter A\""));
		Run blame = wbs("blame", url, "1.1.1");
		assertEquals(blame.err(), 0, blame.code());
		String nameLine = blame.out().lines().filter(l -> l.startsWith("name ")).findFirst().orElseThrow(() -> new AssertionError(blame.out()));
		assertTrue(nameLine, nameLine.contains("r4") && nameLine.contains("cli-") && nameLine.contains("\"Write the charter\" → \"Charter A\""));
	}
}
