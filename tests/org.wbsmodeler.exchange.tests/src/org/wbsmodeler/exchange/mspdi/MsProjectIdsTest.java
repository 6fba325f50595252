package org.wbsmodeler.exchange.mspdi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.exchange.ExchangeFormats;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;

/** Tasks imported from MS Project keep their GUID as the element id: importing the plan again gives the same ids. */
public class MsProjectIdsTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	/** The MS Project sample with a GUID on every task, as MS Project 2010 and later write them. */
	private Map<String, String> sampleWithGuids(Path file) throws Exception {
		String xml;
		try (InputStream in = MsProjectIdsTest.class.getResourceAsStream("ms-project-sample.xml")) {
			xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Map<String, String> guids = new LinkedHashMap<>();
		Matcher task = Pattern.compile("<Task><UID>(\\d+)</UID>(<ID>\\d+</ID><Name>([^<]*)</Name>)").matcher(xml);
		StringBuilder out = new StringBuilder();
		while (task.find()) {
			String guid = UUID.nameUUIDFromBytes(("task " + task.group(1)).getBytes(StandardCharsets.UTF_8)).toString();
			guids.put(task.group(3), guid);
			task.appendReplacement(out, "<Task><UID>" + task.group(1) + "</UID><GUID>" + guid.toUpperCase(java.util.Locale.ROOT) + "</GUID>" + task.group(2));
		}
		task.appendTail(out);
		Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
		return guids;
	}

	private static Map<String, String> ids(Project project) {
		Map<String, String> ids = new LinkedHashMap<>();
		XMLResource resource = (XMLResource) project.eResource();
		for (var it = project.eAllContents(); it.hasNext();) {
			if (it.next() instanceof WbsElement element) {
				ids.put(element.getName(), resource.getID(element));
			}
		}
		return ids;
	}

	@Test
	public void reimportingAPlanGivesTheSameIds() throws Exception {
		Path source = folder.getRoot().toPath().resolve("office-move.xml");
		Map<String, String> guids = sampleWithGuids(source);
		Project first = ExchangeFormats.importFile(source, ExchangeWarnings.into(new ArrayList<>()));
		Project second = ExchangeFormats.importFile(source, ExchangeWarnings.into(new ArrayList<>()));
		Map<String, String> firstIds = ids(first);
		assertEquals(11, firstIds.size());
		assertEquals(firstIds, ids(second));
		firstIds.forEach((name, id) -> assertEquals(name, guids.get(name), id));
		// and the ids survive saving and loading
		Path saved = folder.getRoot().toPath().resolve("office-move.wbs");
		ModelFiles.save(first, saved);
		Project loaded = ModelFiles.load(saved);
		assertEquals(firstIds, ids(loaded));
		assertNotNull(((XMLResource) loaded.eResource()).getEObject(guids.get("Pack")));
	}
}
