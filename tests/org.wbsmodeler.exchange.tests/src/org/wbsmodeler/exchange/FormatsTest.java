package org.wbsmodeler.exchange;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.exchange.internal.ContributedFormats;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;

/**
 * The formats besides MSPDI: every exporter writes, what MPXJ can read comes back with its WBS and links, CSV is
 * proper CSV. Exporters and importers come from the extension points (or the service files on a flat classpath).
 */
public class FormatsTest {

	private static final Path EXAMPLE = Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs");

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private Path export(Project project, String format) throws Exception {
		Path file = folder.getRoot().toPath().resolve("plan." + format);
		ModelExporter exporter = ExchangeFormats.exporter(format).orElseThrow();
		ExchangeFormats.exportFile(project, exporter, file, ExchangeWarnings.NONE);
		assertTrue(format + " wrote something", Files.size(file) > 100);
		return file;
	}

	@Test
	public void builtInFormatsAreContributed() {
		assertEquals(List.of("csv", "json", "mpx", "mspdi", "planner", "pmxml"), ExchangeFormats.exporters().stream().map(ModelExporter::id).toList());
		assertEquals(List.of("mpxj", "mspdi"), ExchangeFormats.importers().stream().map(ModelImporter::id).toList());
	}

	/** In Eclipse the built-in formats come through the extension points, and say the same as the service files. */
	@Test
	public void extensionPointsAndServiceFilesAgree() {
		IExtensionRegistry registry;
		try {
			registry = RegistryFactory.getRegistry();
		} catch (LinkageError flatClasspath) {
			registry = null;
		}
		org.junit.Assume.assumeNotNull(registry);
		assertEquals(classes(ServiceLoader.load(ModelExporter.class, ContributedFormats.class.getClassLoader())),
				classes(registry.getConfigurationElementsFor(ContributedFormats.EXPORTERS)));
		assertEquals(classes(ServiceLoader.load(ModelImporter.class, ContributedFormats.class.getClassLoader())),
				classes(registry.getConfigurationElementsFor(ContributedFormats.IMPORTERS)));
	}

	private static Set<String> classes(Iterable<?> contributions) {
		Set<String> names = new TreeSet<>();
		for (Object contribution : contributions) {
			names.add(contribution.getClass().getName());
		}
		return names;
	}

	private static Set<String> classes(IConfigurationElement[] elements) {
		Set<String> names = new TreeSet<>();
		for (IConfigurationElement element : elements) {
			names.add(element.getAttribute("class"));
		}
		return names;
	}

	/** MPX, PMXML and Planner files we write are read back by MPXJ: the same elements at the same levels, the same links. */
	@Test
	public void mpxjFormatsComeBackWithTheirWbsAndLinks() throws Exception {
		Project example = ModelFiles.load(EXAMPLE);
		List<String> names = names(example);
		for (String format : List.of("mpx", "pmxml", "planner")) {
			Path file = export(example, format);
			assertEquals(format, "mpxj", ExchangeFormats.importerFor(file).id());
			Project back = ExchangeFormats.importFile(file, ExchangeWarnings.NONE);
			if (format.equals("pmxml")) {
				// Primavera keeps a WBS node's activities apart from its child nodes: a milestone under a phase comes first
				assertEquals(format, names.stream().sorted().toList(), names(back).stream().sorted().toList());
			} else {
				assertEquals(format, names, names(back));
			}
			assertEquals(format, links(example), links(back));
		}
	}

	private static List<String> names(Project project) {
		return OutlineIndex.build(project).lines().stream().map(l -> l.level() + " " + l.element().getName()).toList();
	}

	private static int links(Project project) {
		return OutlineIndex.build(project).lines().stream().mapToInt(l -> l.element().getPredecessors().size()).sum();
	}

	@Test
	public void jsonHoldsEveryTask() throws Exception {
		Project example = ModelFiles.load(EXAMPLE);
		String json = Files.readString(export(example, "json"));
		assertTrue(json.startsWith("{"));
		for (OutlineIndex.Line line : OutlineIndex.build(example).lines()) {
			assertThat(json, containsString("\"" + line.element().getName() + "\""));
		}
	}

	@Test
	public void csvIsOneQuotedRowPerElement() throws Exception {
		Project example = ModelFiles.load(EXAMPLE);
		OutlineIndex outline = OutlineIndex.build(example);
		outline.lines().get(2).element().setName("Draft, \"review\"\nand sign");
		List<List<String>> rows = parse(Files.readString(export(example, "csv"), StandardCharsets.UTF_8));
		assertEquals(outline.size() + 1, rows.size());
		assertEquals("WBS", rows.get(0).get(0));
		assertEquals("Draft, \"review\"\nand sign", rows.get(3).get(3));
		for (int i = 0; i < outline.size(); i++) {
			assertEquals(outline.lines().get(i).code(), rows.get(i + 1).get(0));
			assertEquals(rows.get(0).size(), rows.get(i + 1).size());
		}
		int predecessors = rows.get(0).indexOf("Predecessors");
		Dependency lagged = outline.lines().stream().flatMap(l -> l.element().getPredecessors().stream()).filter(d -> d.getLag() > 0).findFirst().orElseThrow();
		int row = outline.lines().indexOf(outline.lines().stream().filter(l -> l.element() == lagged.getSuccessor()).findFirst().orElseThrow()) + 1;
		assertThat(rows.get(row).get(predecessors), containsString(outline.code(lagged.getPredecessor()) + lagged.getType().getName() + "+"));
	}

	/** RFC 4180, as a spreadsheet reads it. */
	private static List<List<String>> parse(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					cell.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			} else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			} else {
				cell.append(c);
			}
		}
		return rows;
	}
}
