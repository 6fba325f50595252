package org.wbsmodeler.exchange.mpxj;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.mpx.MPXReader;
import org.mpxj.mpx.MPXWriter;
import org.wbsmodeler.exchange.ExchangeException;
import org.wbsmodeler.exchange.ExchangeFormats;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.exchange.ImportOptions;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.exchange.ScheduledCopy;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;

import com.healthmarketscience.jackcess.ColumnBuilder;
import com.healthmarketscience.jackcess.DataType;
import com.healthmarketscience.jackcess.Database;
import com.healthmarketscience.jackcess.DatabaseBuilder;
import com.healthmarketscience.jackcess.TableBuilder;

/**
 * Files that need more than content sniffing: MPX in another language, password-protected MS Project files, empty
 * files and MS Project 98 databases. Each either imports or gets its own one line naming the file.
 */
public class ImportProblemsTest {

	private static final Path EXAMPLE = Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs");

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	@BeforeClass
	public static void prepareLibraries() {
		// Jackcess writes this test's databases, possibly before any import has prepared its logging
		MpxjRuntime.prepare();
	}

	/** The example as MPX, written by MPXJ in a language. */
	private Path mpx(Locale locale) throws Exception {
		ProjectFile file = ProjectFileBuilder.build(ScheduledCopy.of(ModelFiles.load(EXAMPLE)), false, ExchangeWarnings.NONE);
		MPXWriter writer = new MPXWriter();
		writer.setLocale(locale);
		Path path = folder.getRoot().toPath().resolve("plan-" + locale.getLanguage() + ".mpx");
		try (OutputStream out = Files.newOutputStream(path)) {
			writer.write(file, out);
		}
		return path;
	}

	@Test
	public void germanMpxImports() throws Exception {
		Path german = mpx(Locale.GERMAN);
		// the premise: German durations, which MPXJ's reader refuses when not told the language
		assertThat(Files.readString(german, StandardCharsets.ISO_8859_1), containsString(";3t;"));
		try {
			new MPXReader().read(german.toFile());
			fail("MPXJ reads German MPX only when told");
		} catch (MPXJException expected) {
			// as the user saw it
		}
		List<String> warnings = new ArrayList<>();
		Project imported = ExchangeFormats.importFile(german, ExchangeWarnings.into(warnings));
		Project example = ModelFiles.load(EXAMPLE);
		assertEquals(lines(example), lines(imported));
		assertTrue(warnings.toString(), warnings.stream().anyMatch(w -> w.contains("German") && w.contains("--locale de")));
	}

	@Test
	public void aForcedLocaleIsUsedAsItIs() throws Exception {
		Path german = mpx(Locale.GERMAN);
		List<String> warnings = new ArrayList<>();
		Project imported = ExchangeFormats.importFile(german, new ImportOptions(Locale.GERMAN, null), ExchangeWarnings.into(warnings));
		assertEquals(lines(ModelFiles.load(EXAMPLE)), lines(imported));
		assertEquals("told, not guessed", List.of(), warnings.stream().filter(w -> w.contains("German")).toList());
		ExchangeException wrong = refused(german, new ImportOptions(Locale.FRENCH, null));
		assertThat(wrong.getMessage(), containsString(german + ": cannot read as MPX in French"));
		ExchangeException unknown = refused(german, new ImportOptions(Locale.JAPANESE, null));
		assertThat(unknown.getMessage(), containsString("MPXJ reads MPX in en, de,"));
		assertThat(unknown.getMessage(), containsString("not in 'ja'"));
	}

	@Test
	public void englishMpxNeedsNoLocale() throws Exception {
		List<String> warnings = new ArrayList<>();
		Project imported = ExchangeFormats.importFile(mpx(Locale.ENGLISH), ExchangeWarnings.into(warnings));
		assertEquals(lines(ModelFiles.load(EXAMPLE)), lines(imported));
		assertFalse(warnings.toString(), warnings.stream().anyMatch(w -> w.contains("--locale")));
	}

	@Test
	public void anMpxFileNoLanguageReadsSaysSo() throws Exception {
		Path german = mpx(Locale.GERMAN);
		String text = Files.readString(german, StandardCharsets.ISO_8859_1).replace(";3t;", ";3q;");
		Files.writeString(german, text, StandardCharsets.ISO_8859_1);
		ExchangeException e = refused(german, ImportOptions.NONE);
		assertThat(e.getMessage(), containsString("in English or any other language MPXJ knows (en, de,"));
		assertFalse(e.getMessage().contains("\n"));
	}

	@Test
	public void anEmptyFileIsNamed() throws Exception {
		Path empty = folder.newFile("plan.mpp").toPath();
		ExchangeException e = refused(empty, ImportOptions.NONE);
		assertEquals(empty + ": the file is empty (0 bytes): nothing to import", e.getMessage());
	}

	@Test
	public void aJetFileThatIsNoDatabaseIsAnUnreadableProjectDatabase() throws Exception {
		Path mpd = folder.getRoot().toPath().resolve("plan.mpd");
		byte[] bytes = new byte[4096];
		byte[] signature = "\0\1\0\0Standard Jet DB\0".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(signature, 0, bytes, 0, signature.length);
		Files.write(mpd, bytes);
		ExchangeException e = refused(mpd, ImportOptions.NONE);
		assertThat(e.getMessage(), containsString(mpd + ": an MS Project 98 database (.mpd) that cannot be read ("));
		assertThat(e.getMessage(), containsString("save it as .mpp or .xml"));
		assertThat("the database library itself works", e.getMessage(), not(containsString("cannot be found")));
		assertFalse(e.getMessage().contains("\n"));
	}

	/** A real Access database (written by Jackcess, which MPXJ reads databases with): MPXJ opens it and finds no project in it. */
	@Test
	public void accessDatabasesAreOpenedAndJudgedByTheirTables() throws Exception {
		Path other = folder.getRoot().toPath().resolve("contacts.mdb");
		try (Database db = DatabaseBuilder.create(Database.FileFormat.V2000, other.toFile())) {
			new TableBuilder("CONTACTS").addColumn(new ColumnBuilder("NAME", DataType.TEXT)).toTable(db);
		}
		assertThat(refused(other, ImportOptions.NONE).getMessage(),
				containsString(other + ": an Access database without MS Project's tables, not an MS Project 98 database (.mpd)"));

		Path mpd = folder.getRoot().toPath().resolve("plan.mpd");
		try (Database db = DatabaseBuilder.create(Database.FileFormat.V2000, mpd.toFile())) {
			new TableBuilder("MSP_PROJECTS").addColumn(new ColumnBuilder("PROJ_ID", DataType.LONG)).toTable(db);
		}
		// MS Project's tables but not its data: MPXJ's MPD reader is reached and fails on what is missing
		try {
			assertEquals("a database without project rows has no elements", 0, OutlineIndex.build(ExchangeFormats.importFile(mpd, ExchangeWarnings.NONE)).size());
		} catch (ExchangeException e) {
			assertThat(e.getMessage(), containsString(mpd + ": an MS Project 98 database (.mpd) that cannot be read ("));
			assertFalse(e.getMessage().contains("\n"));
		}
	}

	@Test
	public void aProtectedProjectFileAsksForItsPassword() throws Exception {
		Path file = protectedMpp("geheim");
		assertThat(refused(file, ImportOptions.NONE).getMessage(),
				containsString(file + ": the MS Project file is password-protected; give its password with --password"));
		assertThat(refused(file, new ImportOptions(null, "falsch")).getMessage(),
				containsString(file + ": the password given with --password does not open this protected MS Project file"));
		// the right password passes MPXJ's check; this hand-made file has nothing behind it, which is the next complaint
		String behind = refused(file, new ImportOptions(null, "geheim")).getMessage();
		assertThat(behind, not(containsString("password")));
		assertThat(behind, containsString(file + ": cannot read as a project file"));
	}

	/**
	 * An MS Project 2000–2003 file (MPP9) that has nothing but what MPXJ reads before it checks the read password:
	 * the format name and the properties with the protection flag and the hidden password. No MPXJ writer writes
	 * MPP, so the test builds the OLE2 container with POI.
	 */
	private Path protectedMpp(String password) throws Exception {
		Path path = folder.getRoot().toPath().resolve("protected.mpp");
		try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(path)) {
			fs.createDocument(new ByteArrayInputStream(compObj()), "\u0001CompObj");
			fs.createDocument(new ByteArrayInputStream(props(password)), "Props9");
			fs.writeFilesystem(out);
		}
		return path;
	}

	private static byte[] compObj() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[28]);
		for (String text : List.of("Microsoft Project 9.0", "MSProject.MPP9", "MSProject.Project.9")) {
			byte[] bytes = (text + "\0").getBytes(StandardCharsets.US_ASCII);
			out.writeBytes(int32(bytes.length));
			out.writeBytes(bytes);
		}
		return out.toByteArray();
	}

	/** MPXJ's Props9 layout: a 16-byte header with the item count at 12, then (size, key, attribute, data) items. */
	private static byte[] props(String password) {
		// where MS Project hides the password's characters in its 64-byte block (MPXJ's MPPUtility.PASSWORD_MASK)
		int[] mask = { 60, 30, 48, 2, 6, 14, 8, 22, 44, 12, 38, 10, 62, 16, 34, 24 };
		byte[] hidden = new byte[64];
		for (int i = 0; i < password.length(); i++) {
			hidden[mask[i]] = (byte) password.charAt(i);
		}
		byte[][] items = { { 1 }, hidden, { 0 }, "C:\\plan.mpp\0".getBytes(StandardCharsets.UTF_16LE) };
		int[] keys = { 893386752 /* PASSWORD_FLAG */, 893386756 /* PROTECTION_PASSWORD_HASH */, 893386759 /* ENCRYPTION_CODE */,
				893386760 /* PROJECT_FILE_PATH */ };
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] header = new byte[16];
		header[12] = (byte) items.length;
		out.writeBytes(header);
		for (int i = 0; i < items.length; i++) {
			out.writeBytes(int32(items[i].length));
			out.writeBytes(int32(keys[i]));
			out.writeBytes(int32(0));
			out.writeBytes(items[i]);
			if (items[i].length % 2 != 0) {
				out.write(0);
			}
		}
		return out.toByteArray();
	}

	private static byte[] int32(int value) {
		return new byte[] { (byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24) };
	}

	private static ExchangeException refused(Path file, ImportOptions options) {
		try {
			ExchangeFormats.importFile(file, options, ExchangeWarnings.NONE);
		} catch (ExchangeException e) {
			assertFalse(e.getMessage(), e.getMessage().contains("\n"));
			return e;
		}
		throw new AssertionError(file + " should have been refused");
	}

	/** Level and name of every element, and the duration of every leaf: what an MPX file carries of the WBS. */
	private static List<String> lines(Project project) {
		return OutlineIndex.build(project).lines().stream()
				.map(l -> l.level() + " " + l.element().getName() + (l.summary() ? "" : " " + l.element().getDuration() + "d"))
				.toList();
	}
}
