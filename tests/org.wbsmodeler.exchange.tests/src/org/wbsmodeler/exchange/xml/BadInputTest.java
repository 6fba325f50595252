package org.wbsmodeler.exchange.xml;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.exchange.ExchangeException;
import org.wbsmodeler.exchange.ExchangeFormats;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.exchange.ModelImporter;
import org.wbsmodeler.exchange.mpxj.MpxjImporter;
import org.wbsmodeler.exchange.mspdi.MspdiExporter;
import org.wbsmodeler.exchange.mspdi.MspdiImporter;
import org.wbsmodeler.model.io.ModelFiles;

/**
 * Hostile and broken files: DTDs are refused before any reader sees them (XXE, billion laughs, external DTDs),
 * malformed and truncated files give one line naming the file and, for XML, the line.
 */
public class BadInputTest {

	private static final Path EXAMPLE = Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs");
	private static final String MSPDI = "<Project xmlns=\"http://schemas.microsoft.com/project\">";

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private Path file(String name, String content) throws Exception {
		Path file = folder.getRoot().toPath().resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	/** Every importer, and the automatic choice, refuse the file with one line; returns that line. */
	private String refused(Path file) {
		String message = null;
		for (ModelImporter importer : List.of(new MspdiImporter(), new MpxjImporter())) {
			try {
				importer.read(file, ExchangeWarnings.NONE);
				fail(importer.id() + " read " + file.getFileName());
			} catch (ExchangeException e) {
				message = e.getMessage();
				assertFalse("one line: " + message, message.contains("\n"));
				assertThat(message, containsString(file.toString()));
			}
		}
		try {
			ExchangeFormats.importFile(file, ExchangeWarnings.NONE);
			fail("imported " + file.getFileName());
		} catch (ExchangeException e) {
			assertEquals(message, e.getMessage());
		}
		return message;
	}

	@Test
	public void externalEntitiesAreRefused() throws Exception {
		Path secret = file("secret.txt", "TOP-SECRET-VALUE");
		Path xxe = file("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [\n<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n]>\n" + MSPDI
				+ "<Name>&xxe;</Name><Title>&xxe;</Title></Project>\n");
		String message = refused(xxe);
		assertThat(message, containsString("DOCTYPE"));
		assertThat(message, containsString("xxe.xml:2:"));
		assertThat(message, not(containsString("TOP-SECRET")));
	}

	@Test
	public void billionLaughsIsRefusedAtOnce() throws Exception {
		StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
		for (int i = 1; i <= 9; i++) {
			dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
		}
		dtd.append("]>\n").append(MSPDI).append("<Name>&lol9;</Name></Project>\n");
		long start = System.nanoTime();
		assertThat(refused(file("lolz.xml", dtd.toString())), containsString("DOCTYPE"));
		assertTrue("refused without expanding anything", System.nanoTime() - start < 5_000_000_000L);
	}

	@Test
	public void externalDtdsAreNotFetched() throws Exception {
		// port 9 discards: a parser that fetched the DTD would hang or fail differently
		assertThat(refused(file("external.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE Project SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n" + MSPDI + "</Project>\n")),
				containsString("DOCTYPE"));
	}

	/** A DOCTYPE after a long comment is past the first 4 KiB the importers judge a file by; the gate still sees it. */
	@Test
	public void aDoctypeBehindALongPrologIsRefusedToo() throws Exception {
		String prolog = "<?xml version=\"1.0\"?>\n<!--" + "x".repeat(10_000) + "-->\n<!DOCTYPE Project [<!ENTITY a \"b\">]>\n";
		assertThat(refused(file("late-doctype.xml", prolog + MSPDI + "<Name>&a;</Name></Project>\n")), containsString("DOCTYPE"));
	}

	@Test
	public void malformedXmlNamesTheLine() throws Exception {
		Path export = folder.newFile("good.xml").toPath();
		ExchangeFormats.exportFile(ModelFiles.load(EXAMPLE), new MspdiExporter(), export, ExchangeWarnings.NONE);
		List<String> lines = Files.readAllLines(export);
		int broken = lines.size() / 2;
		lines.set(broken, lines.get(broken).replace("<", "<<"));
		Path malformed = folder.getRoot().toPath().resolve("malformed.xml");
		Files.write(malformed, lines);
		String message = refused(malformed);
		assertThat(message, containsString("malformed.xml:" + (broken + 1) + ": not well-formed XML"));
	}

	@Test
	public void truncatedExportsGiveOneLine() throws Exception {
		Path export = folder.newFile("whole.xml").toPath();
		ExchangeFormats.exportFile(ModelFiles.load(EXAMPLE), new MspdiExporter(), export, ExchangeWarnings.NONE);
		byte[] bytes = Files.readAllBytes(export);
		for (int cut : new int[] { 1, 100, bytes.length / 3, bytes.length / 2, bytes.length - 20 }) {
			Path truncated = folder.getRoot().toPath().resolve("truncated-" + cut + ".xml");
			Files.write(truncated, java.util.Arrays.copyOf(bytes, cut));
			assertThat(refused(truncated), containsString("not well-formed XML"));
		}
	}

	@Test
	public void otherFilesAreNotProjects() throws Exception {
		Path text = file("notes.txt", "just some text\nwith lines\n");
		try {
			ExchangeFormats.importFile(text, ExchangeWarnings.NONE);
			fail();
		} catch (ExchangeException e) {
			assertThat(e.getMessage(), containsString("not a project file MPXJ recognises"));
		}
		Path empty = file("empty.xml", "");
		try {
			ExchangeFormats.importFile(empty, ExchangeWarnings.NONE);
			fail();
		} catch (ExchangeException e) {
			assertFalse(e.getMessage().contains("\n"));
		}
		try {
			ExchangeFormats.importFile(folder.getRoot().toPath().resolve("absent.xml"), ExchangeWarnings.NONE);
			fail();
		} catch (ExchangeException e) {
			assertThat(e.getMessage(), containsString("absent.xml: no such file"));
		}
	}
}
