package org.wbsmodeler.model.io;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.util.ModelBuilder;

/** Saving and loading .wbs files: round trip, atomic save, and one clear line for every kind of bad file. */
public class ModelFilesTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private static Project sample() {
		ModelBuilder build = new ModelBuilder();
		Project project = build.project("Sample", LocalDate.of(2027, 2, 1));
		var deliverable = build.deliverable(build.phase(project, "Phase", "first phase"), "Deliverable", null);
		Activity a = build.activity(deliverable, "A", 2, 16);
		Activity b = build.activity(deliverable, "B", 3, 24);
		build.link(a, b, DependencyType.SS, -1.5);
		build.assign(b, build.resource(project, "Analyst", ResourceType.WORK, 80), 0.5, 12);
		return project;
	}

	private Path saved(Project project) throws IOException {
		Path file = folder.getRoot().toPath().resolve("plan.wbs");
		ModelFiles.save(project, file);
		return file;
	}

	private ModelLoadException loadFails(Path file) {
		try {
			ModelFiles.load(file);
		} catch (ModelLoadException e) {
			assertFalse("one line: " + e.getMessage(), e.getMessage().contains("\n"));
			assertThat(e.getMessage(), containsString(file.getFileName().toString()));
			return e;
		}
		fail("loading " + file + " should fail");
		return null;
	}

	private Path write(String name, String content) throws IOException {
		Path file = folder.getRoot().toPath().resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	/**
	 * A plan whose references are ids has no proxy, so the load skips the walk that resolves them; a reference written
	 * as a URI ({@code linked.wbs#id}, the file itself) is a proxy, which the load still resolves.
	 */
	@Test
	public void referencesWrittenAsUrisAreStillResolved() throws Exception {
		Path example = Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs");
		org.eclipse.emf.ecore.resource.Resource plain = ModelFiles.loadResource(example);
		assertFalse(((WbsResource) plain).hasProxies());
		String text = Files.readString(example);
		java.util.regex.Matcher link = java.util.regex.Pattern.compile(" resource=\"(_[^\"]+)\"").matcher(text);
		assertTrue(link.find());
		String id = link.group(1);
		org.eclipse.emf.ecore.resource.Resource linked = ModelFiles.loadResource(write("linked.wbs", text.replace(link.group(), " resource=\"linked.wbs#" + id + "\"")));
		assertTrue(((WbsResource) linked).hasProxies());
		// read without resolving: the load itself resolved the proxy to the element of that id
		int links = 0;
		for (var it = linked.getAllContents(); it.hasNext();) {
			if (it.next() instanceof org.wbsmodeler.model.Assignment assignment) {
				org.eclipse.emf.ecore.EObject resource = (org.eclipse.emf.ecore.EObject) assignment.eGet(WbsPackage.Literals.ASSIGNMENT__RESOURCE, false);
				assertFalse("resolved at load", resource.eIsProxy());
				links += resource == linked.getEObject(id) ? 1 : 0;
			}
		}
		assertTrue("the link written as a URI leads to " + id, links > 0);
	}

	@Test
	public void roundTripKeepsEverything() throws IOException {
		Project original = sample();
		Project loaded = ModelFiles.load(saved(original));
		assertTrue(EcoreUtil.equals(original, loaded));
		Activity b = (Activity) ((org.wbsmodeler.model.SummaryElement) ((org.wbsmodeler.model.SummaryElement) loaded.getChildren().get(0)).getChildren().get(0)).getChildren().get(1);
		assertEquals("1.1.2", b.getCode());
		assertEquals(-1.5, b.getPredecessors().get(0).getLag(), 0);
		assertEquals("A", b.getPredecessors().get(0).getPredecessor().getName());
	}

	@Test
	public void savedFileNamesTheVersionedNamespace() throws IOException {
		String xml = Files.readString(saved(sample()));
		assertThat(xml, containsString("xmlns:wbs=\"" + WbsPackage.eNS_URI + "\""));
		assertEquals("http://www.wbsmodeler.org/wbs/1.1", WbsPackage.eNS_URI);
		// format 1.1: dates are local, without an offset
		assertThat(xml, containsString("start=\"2027-02-01T08:00\""));
	}

	@Test
	public void failureMidWriteLeavesThePreviousFile() throws IOException {
		Path file = saved(sample());
		byte[] before = Files.readAllBytes(file);
		try {
			AtomicFiles.write(file, out -> {
				out.write("<?xml version=\"1.0\"?><half".getBytes(StandardCharsets.UTF_8));
				throw new IOException("disk full");
			});
			fail("the injected failure must surface");
		} catch (IOException expected) {
			assertEquals("disk full", expected.getMessage());
		}
		assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
		try (var files = Files.list(folder.getRoot().toPath())) {
			assertEquals("no temporary file is left behind", 1, files.count());
		}
	}

	@Test
	public void runtimeFailureMidWriteAlsoLeavesThePreviousFile() throws IOException {
		Path file = saved(sample());
		byte[] before = Files.readAllBytes(file);
		try {
			AtomicFiles.write(file, out -> {
				out.write(new byte[10_000]);
				throw new IllegalStateException("crash");
			});
			fail();
		} catch (IllegalStateException expected) {
			// the writer's own failure
		}
		assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
	}

	@Test
	public void modelThatCannotBeSerialisedLeavesThePreviousFile() throws IOException {
		Path file = saved(sample());
		String before = Files.readString(file);
		Project broken = sample();
		// a reference to a resource that is in no file: EMF fails in the middle of writing the XML
		new ModelBuilder().assign(((org.wbsmodeler.model.SummaryElement) broken.getChildren().get(0)).getChildren().get(0),
				new ModelBuilder().resource(sample(), "Elsewhere", ResourceType.WORK, 1), 1, 1);
		try {
			ModelFiles.save(broken, file);
			fail("saving a dangling reference must fail");
		} catch (IOException expected) {
			// EMF's dangling-reference failure
		}
		assertEquals(before, Files.readString(file));
	}

	@Test
	public void truncatedFileGivesTheLine() throws IOException {
		String xml = Files.readString(saved(sample()));
		Path truncated = write("truncated.wbs", xml.substring(0, xml.length() / 2));
		ModelLoadException e = loadFails(truncated);
		assertThat(e.getMessage(), containsString("not well-formed XML"));
		assertTrue("a line number: " + e.getMessage(), e.getLine() > 0);
		assertThat(e.getMessage(), containsString("truncated.wbs:" + e.getLine() + ":"));
	}

	@Test
	public void binaryGarbageIsNotWellFormed() throws IOException {
		Path file = folder.getRoot().toPath().resolve("garbage.wbs");
		Files.write(file, new byte[] { 0, 1, 2, (byte) 0xff, 'x' });
		assertThat(loadFails(file).getMessage(), containsString("not well-formed XML"));
	}

	@Test
	public void emptyFileIsReported() throws IOException {
		assertThat(loadFails(write("empty.wbs", "")).getMessage(), not(containsString("Exception")));
	}

	@Test
	public void foreignXmlIsNotAModel() throws IOException {
		Path file = write("page.wbs", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>\n");
		assertThat(loadFails(file).getMessage(), containsString("not a WBS Modeler model"));
	}

	@Test
	public void otherEmfModelIsNotAProject() throws IOException {
		Path file = write("other.wbs", "<?xml version=\"1.0\"?>\n<ecore:EPackage xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
				+ "xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"x\"/>\n");
		assertThat(loadFails(file).getMessage(), containsString("not a WBS Modeler model"));
	}

	@Test
	public void newerFormatIsNamed() throws IOException {
		String xml = Files.readString(saved(sample())).replace(WbsPackage.eNS_URI, "http://www.wbsmodeler.org/wbs/9.0");
		ModelLoadException e = loadFails(write("newer.wbs", xml));
		assertThat(e.getMessage(), containsString("format 9.0"));
		assertThat(e.getMessage(), containsString("newer"));
	}

	@Test
	public void unknownAttributeIsNamedWithItsLine() throws IOException {
		String xml = Files.readString(saved(sample())).replaceFirst("name=\"Phase\"", "name=\"Phase\" bogus=\"1\"");
		ModelLoadException e = loadFails(write("unknown.wbs", xml));
		assertThat(e.getMessage(), containsString("bogus"));
		assertTrue(e.getLine() > 1);
	}

	@Test
	public void illegalValueIsNamed() throws IOException {
		String xml = Files.readString(saved(sample())).replaceFirst("duration=\"2.0\"", "duration=\"two days\"");
		assertThat(loadFails(write("value.wbs", xml)).getMessage(), containsString("two days"));
	}

	/**
	 * Decimals read back to the same double as Java's own reader gives: the shortest forms saves write (16 and 17
	 * digits, the smallest and largest doubles, negative zero) and forms a hand-edited file may hold.
	 */
	@Test
	public void decimalsReadAsJavaReadsThem() throws IOException {
		String[] written = { "9.791452991452992", "0.30000000000000004", "2.2250738585072014E-308", "4.9E-324", "1.7976931348623157E308",
				"-0.0", "0.3333333333333333", "123456789012345.67", "1e3", "  2.5 ", "0x1.8p1", "7d", "NaN", "-Infinity" };
		String xml = Files.readString(saved(sample()));
		for (String text : written) {
			Project loaded = ModelFiles.load(write("decimal.wbs", xml.replaceFirst("duration=\"2.0\"", "duration=\"" + text + "\"")));
			Activity a = null;
			for (var all = loaded.eAllContents(); all.hasNext();) {
				if (all.next() instanceof Activity activity && activity.getName().equals("A")) {
					a = activity;
				}
			}
			assertEquals(text, Double.doubleToRawLongBits(Double.valueOf(text)), Double.doubleToRawLongBits(a.getDuration()));
		}
	}

	@Test
	public void referenceToAMissingElementIsNamed() throws IOException {
		String xml = Files.readString(saved(sample()));
		String id = xml.replaceAll("(?s).*predecessor=\"([^\"]+)\".*", "$1");
		ModelLoadException e = loadFails(write("dangling.wbs", xml.replace("predecessor=\"" + id + "\"", "predecessor=\"_gone\"")));
		assertThat(e.getMessage(), containsString("_gone"));
	}

	@Test
	public void missingFileIsNamed() {
		assertThat(loadFails(folder.getRoot().toPath().resolve("nowhere.wbs")).getMessage(), containsString("no such file"));
	}

	@Test
	public void externalEntitiesAreRefused() throws IOException {
		Path secret = write("secret.txt", "TOP-SECRET");
		String xml = Files.readString(saved(sample()));
		String attack = xml.replaceFirst("\\?>", "?>\n<!DOCTYPE wbs:Project [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
				.replaceFirst("name=\"Phase\"", "name=\"&xxe;\"");
		ModelLoadException e = loadFails(write("xxe.wbs", attack));
		assertThat(e.getMessage(), containsString("DOCTYPE"));
		assertThat(e.getMessage(), not(containsString("TOP-SECRET")));
	}

	@Test
	public void billionLaughsIsRefused() throws IOException {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
		for (int i = 1; i <= 9; i++) {
			xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10)).append("\">");
		}
		xml.append("]>\n<lolz>&lol9;</lolz>\n");
		assertThat(loadFails(write("lol.wbs", xml.toString())).getMessage(), containsString("DOCTYPE"));
	}

	@Test
	public void failedLoadChangesNothingAlreadyLoaded() throws IOException {
		Path good = saved(sample());
		Project loaded = ModelFiles.load(good);
		String xml = Files.readString(good);
		loadFails(write("bad.wbs", xml.substring(0, 200)));
		assertTrue(EcoreUtil.equals(sample(), loaded));
		assertEquals(xml, Files.readString(good));
	}
}
