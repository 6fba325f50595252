package org.wbsmodeler.exchange;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.exchange.bench.RandomProjects;
import org.wbsmodeler.exchange.mspdi.MspdiExporter;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.testing.Mutations;

/**
 * Mutates valid exports more than ten thousand times and imports each result: every file must end in a model or
 * in an {@link ExchangeException} with a one-line message. Any other exception or error is a bug; the files that
 * caused them are kept and named. Every tenth model that comes in is exported again, so what the importer builds
 * from damaged input is a model the rest of the tool can work with.
 */
public class FuzzTest {

	/** At least ten thousand; more with -Dwbs.fuzz.mutations=N, another sequence with -Dwbs.fuzz.seed=S. */
	static final int MUTATIONS = Math.max(10_500, Integer.getInteger("wbs.fuzz.mutations", 0));
	private static final long SEED = Long.getLong("wbs.fuzz.seed", 20261125);

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	@Test
	public void mutatedExportsNeverEscapeAsExceptions() throws Exception {
		Map<String, byte[]> seeds = seeds();
		List<String> names = new ArrayList<>(seeds.keySet());
		Mutations mutations = new Mutations(SEED);
		Path file = folder.getRoot().toPath().resolve("mutant");
		List<String> uncaught = new ArrayList<>();
		int imported = 0;
		int refused = 0;
		for (int i = 0; i < MUTATIONS; i++) {
			String seed = names.get(i % names.size());
			byte[] mutant = mutations.mutate(seeds.get(seed));
			Files.write(file, mutant);
			try {
				Project project = ExchangeFormats.importFile(file, ExchangeWarnings.NONE);
				imported++;
				if (i % 10 == 0) {
					exportOrOneLine(project);
				}
			} catch (ExchangeException e) {
				refused++;
				if (e.getMessage().contains("\n")) {
					uncaught.add(keep(mutant, i, seed, mutations.last(), "message of more than one line: " + e.getMessage()));
				}
			} catch (Exception | Error e) {
				uncaught.add(keep(mutant, i, seed, mutations.last(), e.toString()));
			}
		}
		System.out.println("fuzz (seed " + SEED + "): " + MUTATIONS + " mutated files, " + imported + " imported, " + refused + " refused with one line, " + uncaught.size()
				+ " uncaught");
		assertEquals(String.join("\n", uncaught.subList(0, Math.min(20, uncaught.size()))), 0, uncaught.size());
		assertEquals(MUTATIONS, imported + refused);
		assertTrue("the fuzzer also produces files that still import", imported > MUTATIONS / 20);
		assertTrue("and files that do not", refused > MUTATIONS / 4);
	}

	/** What imports exports too, or is refused with one line (a damaged estimate can stop the scheduler the export runs). */
	private static void exportOrOneLine(Project project) throws Exception {
		try {
			new MspdiExporter().write(project, new ByteArrayOutputStream(), ExchangeWarnings.NONE);
		} catch (ExchangeException e) {
			if (e.getMessage().contains("\n")) {
				throw new AssertionError("export refused with more than one line: " + e.getMessage());
			}
		}
	}

	/** Valid files of every importable format, small enough to mutate ten thousand times. */
	private Map<String, byte[]> seeds() throws Exception {
		Map<String, byte[]> seeds = new LinkedHashMap<>();
		Project random = RandomProjects.generate(25, 5);
		Project other = RandomProjects.generate(12, 9);
		seeds.put("random.mspdi", bytes(random, "mspdi"));
		seeds.put("other.mspdi", bytes(other, "mspdi"));
		seeds.put("random.mpx", bytes(random, "mpx"));
		seeds.put("other.mpx", bytes(other, "mpx"));
		seeds.put("random.planner", bytes(random, "planner"));
		seeds.put("random.pmxml", bytes(random, "pmxml"));
		return seeds;
	}

	private static byte[] bytes(Project project, String format) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ExchangeFormats.exporter(format).orElseThrow().write(project, out, ExchangeWarnings.NONE);
		return out.toByteArray();
	}

	private String keep(byte[] mutant, int index, String seed, String mutation, String problem) throws Exception {
		Path kept = Files.write(folder.getRoot().toPath().resolve("failure-" + index), mutant);
		return "#" + index + " " + seed + " [" + mutation + "] " + problem + " (" + kept + ")";
	}
}
