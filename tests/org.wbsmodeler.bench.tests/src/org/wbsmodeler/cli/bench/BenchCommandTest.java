package org.wbsmodeler.cli.bench;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.cli.CommandLine;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.internal.CommandRegistry;

/**
 * {@code wbs bench} as the product runs it: found through the command registry (this bundle's contribution to
 * org.wbsmodeler.cli.commands, which the command line does not know otherwise), one line per benchmark.
 */
public class BenchCommandTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private record Run(int exitCode, String out, String err) {
	}

	private Run wbs(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				folder.getRoot().toPath());
		int code = new CommandLine(CommandRegistry.commands()).run(args, console);
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	public void benchExchangePrintsOneLine() {
		Run run = wbs("bench", "exchange", "--tasks", "200", "--rounds", "1");
		assertEquals(run.toString(), 0, run.exitCode());
		assertTrue(run.out(), run.out().matches("tasks=200 export_ms=\\d+ mpxj_write_ms=\\d+ import_ms=\\d+ mpxj_read_ms=\\d+ export_ratio=\\d+\\.\\d\\d"
				+ " import_ratio=\\d+\\.\\d\\d file_mb=\\d+ import_heap_mb=\\d+ mpxj_read_heap_mb=\\d+\n"));
		Run unknown = wbs("bench", "nothing");
		assertEquals(2, unknown.exitCode());
		assertThat(unknown.err(), containsString("known: exchange"));
	}

	@Test
	public void theHeadlessGanttBenchmarkPrintsItsLine() {
		Run run = wbs("bench", "gantt", "--rows", "300", "--runs", "1");
		assertEquals(run.toString(), 0, run.exitCode());
		assertTrue(run.out(), run.out().matches("gantt rows=300 svg_ms=\\d+\n"));
	}

	@Test
	public void benchIsInTheCommandList() {
		Run help = wbs("--help");
		assertThat(help.out() + help.err(), containsString("bench"));
	}
}
