package org.wbsmodeler.exchange;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.format.Durations;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.view.ViewFilter;

/**
 * The CSV export's Criticality column: absent unless a risk run's indices are handed over; then one trailing column
 * with each task's index as the Plan shows it, read for the exported model's elements although the export writes a
 * scheduled copy (and, for a view, a cut one).
 */
public class CsvCriticalityTest {

	private static final Path EXAMPLE = Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs");

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	@Test
	public void withoutARunTheInterchangeColumnsStayAsTheyAre() throws Exception {
		List<String> rows = export(ModelFiles.load(EXAMPLE), null, ExchangeFormats.exporter("csv").orElseThrow());
		assertEquals(String.join(",", List.of("WBS", "Level", "Kind", "Name")), rows.get(0).substring(0, rows.get(0).indexOf(",Duration")));
		assertTrue(rows.get(0), rows.get(0).endsWith(",Description"));
		assertFalse(rows.get(0).contains("Criticality"));
	}

	@Test
	public void aRunsIndicesFillATrailingColumnRowByRow() throws Exception {
		Project model = ModelFiles.load(EXAMPLE);
		Map<WbsElement, Double> index = indices(model);
		List<String> rows = export(model, null, csv(index));
		assertTrue(rows.get(0), rows.get(0).endsWith(",Description,Criticality"));
		List<OutlineIndex.Line> lines = OutlineIndex.build(model).lines();
		assertEquals("a row per element", lines.size() + 1, rows.size());
		for (int i = 0; i < lines.size(); i++) {
			WbsElement element = lines.get(i).element();
			String row = rows.get(i + 1);
			assertTrue(row, row.startsWith(lines.get(i).code() + ","));
			assertEquals(lines.get(i).code(), expected(index.get(element)), lastCell(row));
		}
	}

	@Test
	public void aViewKeepsTheIndicesOfTheTasksItKeeps() throws Exception {
		Project model = ModelFiles.load(EXAMPLE);
		View view = model.getViews().stream().filter(v -> "IT team lead".equals(v.getName())).findFirst().orElseThrow();
		Map<WbsElement, Double> index = indices(model);
		List<String> rows = export(model, view, csv(index));
		List<String> expected = new ArrayList<>();
		for (WbsElement kept : ViewFilter.apply(model, view).kept()) {
			expected.add(expected(index.get(kept)));
		}
		List<String> written = new ArrayList<>();
		for (String row : rows.subList(1, rows.size())) {
			written.add(lastCell(row));
		}
		assertTrue("the view keeps tasks with indices", expected.stream().anyMatch(s -> !s.isEmpty()));
		assertTrue("the view cuts the plan", expected.size() < OutlineIndex.build(model).size());
		expected.sort(null);
		written.sort(null);
		assertEquals(expected, written);
	}

	/** A distinct made-up index per task (the column's job is to carry them, not to compute them); none for summaries. */
	private static Map<WbsElement, Double> indices(Project model) {
		Map<WbsElement, Double> index = new IdentityHashMap<>();
		List<OutlineIndex.Line> lines = OutlineIndex.build(model).lines();
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).summary()) {
				index.put(lines.get(i).element(), (double) i / lines.size());
			}
		}
		return index;
	}

	private static ModelExporter csv(Map<WbsElement, Double> index) {
		return ((CriticalityColumn) ExchangeFormats.exporter("csv").orElseThrow()).withCriticality(index::get);
	}

	private static String expected(Double index) {
		return index == null ? "" : Durations.number(Math.round(index * 1000) / 10.0) + "%";
	}

	/** The last cell of a record: never quoted (a percentage or nothing). */
	private static String lastCell(String row) {
		return row.substring(row.lastIndexOf(',') + 1);
	}

	private List<String> export(Project model, View view, ModelExporter exporter) throws Exception {
		Path file = folder.getRoot().toPath().resolve("plan.csv");
		ExchangeFormats.exportFile(model, view, exporter, file, ExchangeWarnings.NONE);
		// records end in CRLF; a description may hold a line break inside its quotes, which the example's do not
		return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r\n"));
	}
}
