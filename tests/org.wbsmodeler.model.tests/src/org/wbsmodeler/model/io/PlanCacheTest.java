package org.wbsmodeler.model.io;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The binary copy of a large plan that spares the next load the XML parse: what it loads equals what the parse gives
 * (tree, ids, the file written back), and it is never used for bytes it was not made from (an edit of the same
 * length, a damaged entry), nor made where it cannot be written or for a plan it could not carry.
 */
public class PlanCacheTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private Path cache;

	@Before
	public void everyPlanIsLargeEnough() throws IOException {
		cache = folder.newFolder("cache").toPath();
		System.setProperty("wbsmodeler.planCache", cache.toString());
		System.setProperty("wbsmodeler.planCache.minBytes", "0");
	}

	@After
	public void defaults() {
		System.clearProperty("wbsmodeler.planCache");
		System.clearProperty("wbsmodeler.planCache.minBytes");
	}

	private Path example() throws IOException {
		Path shipped = Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs");
		Path copy = folder.getRoot().toPath().resolve("plan.wbs");
		Files.copy(shipped, copy);
		return copy;
	}

	private Resource parsed(Path file) throws ModelLoadException {
		System.setProperty("wbsmodeler.planCache", "off");
		try {
			return ModelFiles.loadResource(file);
		} finally {
			System.setProperty("wbsmodeler.planCache", cache.toString());
		}
	}

	private static byte[] written(Resource resource) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		((WbsResource) resource).write(out);
		return out.toByteArray();
	}

	private List<Path> entries() throws IOException {
		try (Stream<Path> files = Files.list(cache)) {
			return files.filter(file -> file.toString().endsWith(".bin")).toList();
		}
	}

	@Test
	public void secondLoadReadsTheCopyAndGetsTheSamePlan() throws IOException {
		Path file = example();
		WbsResource first = (WbsResource) ModelFiles.loadResource(file);
		assertFalse(first.isFromCache());
		assertEquals(1, entries().size());
		WbsResource second = (WbsResource) ModelFiles.loadResource(file);
		assertTrue("read from the cache", second.isFromCache());
		assertFalse(second.isModified());
		assertEquals(first.getTimeStamp(), second.getTimeStamp());
		Resource reference = parsed(file);
		assertTrue(EcoreUtil.equals(reference.getContents(), second.getContents()));
		int elements = 0;
		Iterator<EObject> parsedElements = reference.getAllContents();
		for (Iterator<EObject> cached = second.getAllContents(); cached.hasNext(); elements++) {
			EObject element = cached.next();
			String id = ((WbsResource) reference).getID(parsedElements.next());
			assertEquals(id, second.getID(element));
			assertSame(element, second.getEObject(id));
		}
		assertTrue(elements > 100);
		assertArrayEquals("written back byte for byte as the parsed plan", written(reference), written(second));
	}

	@Test
	public void anEditOfTheSameLengthIsParsed() throws IOException {
		Path file = example();
		ModelFiles.loadResource(file);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		String renamed = text.replaceFirst("name=\"([^\"])", "name=\"Q");
		assertEquals(text.length(), renamed.length());
		FileTime time = Files.getLastModifiedTime(file);
		Files.writeString(file, renamed, StandardCharsets.UTF_8);
		Files.setLastModifiedTime(file, time); // same length, same time: only the bytes tell
		WbsResource loaded = (WbsResource) ModelFiles.loadResource(file);
		assertFalse(loaded.isFromCache());
		assertTrue(EcoreUtil.equals(parsed(file).getContents(), loaded.getContents()));
		assertTrue("the entry now holds the edited plan", ((WbsResource) ModelFiles.loadResource(file)).isFromCache());
	}

	@Test
	public void aDamagedEntryIsParsedAround() throws IOException {
		Path file = example();
		ModelFiles.loadResource(file);
		Path entry = entries().get(0);
		byte[] bytes = Files.readAllBytes(entry);
		bytes[bytes.length / 2] ^= 0x5a;
		Files.write(entry, bytes);
		WbsResource loaded = (WbsResource) ModelFiles.loadResource(file);
		assertFalse(loaded.isFromCache());
		assertTrue(EcoreUtil.equals(parsed(file).getContents(), loaded.getContents()));
	}

	@Test
	public void aFolderThatCannotBeWrittenOnlyMeansParsing() throws IOException {
		Path file = example();
		Path blocked = folder.newFile("not-a-folder").toPath();
		System.setProperty("wbsmodeler.planCache", blocked.resolve("plans").toString());
		Resource first = ModelFiles.loadResource(file);
		WbsResource second = (WbsResource) ModelFiles.loadResource(file);
		assertFalse(second.isFromCache());
		assertTrue(EcoreUtil.equals(first.getContents(), second.getContents()));
	}

	@Test
	public void contentOfAPackageNotInstalledIsNotCached() throws IOException {
		Path file = example();
		String text = Files.readString(file, StandardCharsets.UTF_8);
		int children = text.indexOf("<children ");
		String foreign = text.substring(0, children) + "<ext:note xmlns:ext=\"http://example.org/not-installed/1.0\" text=\"kept\"/>\n"
				+ text.substring(children);
		Files.writeString(file, foreign, StandardCharsets.UTF_8);
		Resource first = ModelFiles.loadResource(file);
		assertFalse(first.getWarnings().isEmpty());
		assertTrue(entries().isEmpty());
		assertFalse(((WbsResource) ModelFiles.loadResource(file)).isFromCache());
	}

	@Test
	public void offMeansNoEntry() throws IOException {
		Path file = example();
		parsed(file);
		parsed(file);
		assertTrue(entries().isEmpty());
	}

	@Test
	public void aSaveRefreshesTheEntryAndTheNextLoadEqualsAParse() throws IOException {
		Path file = example();
		WbsResource loaded = (WbsResource) ModelFiles.loadResource(file);
		org.wbsmodeler.model.Project project = (org.wbsmodeler.model.Project) loaded.getContents().get(0);
		// an edit that changes the file's length, then another kept in memory only after the save
		project.setName(project.getName() + " (saved)");
		ModelFiles.save(loaded, file);
		assertEquals(1, entries().size());
		WbsResource next = (WbsResource) ModelFiles.loadResource(file);
		assertTrue("the saved plan is read from the entry the save wrote", next.isFromCache());
		assertEquals(project.getName(), ((org.wbsmodeler.model.Project) next.getContents().get(0)).getName());
		Resource reference = parsed(file);
		assertTrue(EcoreUtil.equals(reference.getContents(), next.getContents()));
		Iterator<EObject> parsedElements = reference.getAllContents();
		for (Iterator<EObject> cached = next.getAllContents(); cached.hasNext();) {
			assertEquals(((WbsResource) reference).getID(parsedElements.next()), next.getID(cached.next()));
		}
		assertArrayEquals("written back byte for byte as the parsed plan", written(reference), written(next));
		assertArrayEquals("and as the file the save wrote", Files.readAllBytes(file), written(next));
	}

	@Test
	public void aFileChangedAfterTheSaveIsParsed() throws IOException {
		Path file = example();
		WbsResource loaded = (WbsResource) ModelFiles.loadResource(file);
		ModelFiles.save(loaded, file);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Files.writeString(file, text.replaceFirst("name=\"([^\"])", "name=\"Q"), StandardCharsets.UTF_8);
		WbsResource reloaded = (WbsResource) ModelFiles.loadResource(file);
		assertFalse(reloaded.isFromCache());
		assertTrue(EcoreUtil.equals(parsed(file).getContents(), reloaded.getContents()));
	}

	@Test
	public void aSaveToANewFileStoresItsEntryToo() throws IOException {
		Path file = example();
		Resource loaded = ModelFiles.loadResource(file);
		Path other = folder.getRoot().toPath().resolve("other.wbs");
		ModelFiles.save(loaded, other);
		WbsResource next = (WbsResource) ModelFiles.loadResource(other);
		assertTrue(next.isFromCache());
		assertArrayEquals(Files.readAllBytes(other), written(next));
	}

	@Test
	public void aSaveWithTheCacheOffWritesNoEntry() throws IOException {
		Path file = example();
		Resource loaded = parsed(file);
		System.setProperty("wbsmodeler.planCache", "off");
		ModelFiles.save(loaded, file);
		System.setProperty("wbsmodeler.planCache", cache.toString());
		assertTrue(entries().isEmpty());
	}
}
