package org.wbsmodeler.cli.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The CLI benchmark: one line per size and command, every command succeeding, its files where it was told. */
public class CliBenchmarkTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	@Test
	public void printsOneLinePerSizeAndCommandAndEveryCommandSucceeds() throws Exception {
		Path work = folder.newFolder().toPath();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CliBenchmark.run(List.of(120, 240), work, new PrintStream(bytes, true, StandardCharsets.UTF_8));
		List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
		assertEquals(String.join("\n", lines), 12, lines.size());
		int i = 0;
		for (int size : new int[] { 120, 240 }) {
			assertTrue(lines.get(i), lines.get(i++).matches("cli activities=" + size + " command=generate ms=\\d+ file_mb=\\d+"));
			for (String command : new String[] { "export", "import", "validate", "schedule", "save" }) {
				assertTrue(lines.get(i), lines.get(i++).matches("cli activities=" + size + " command=" + command + " ms=\\d+ heap_mb=\\d+ exit=0"));
			}
		}
		try (var files = Files.list(work)) {
			// the plan, its export and its import per size; the warm-up's files are gone
			assertEquals(6, files.count());
		}
	}
}
