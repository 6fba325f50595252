package org.wbsmodeler.ui.tasks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.exchange.ModelExporter;
import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.BaselineEntry;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.schedule.model.ScheduleModelException;
import org.wbsmodeler.ui.pages.cells.ModelTexts;
import org.wbsmodeler.ui.session.Criticality;
import org.wbsmodeler.ui.tests.ModelFixture;

/** The non-UI part of each WBS command, on the shipped example. */
public class TasksTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	@Test
	public void theCriticalPathRunsFromTheStartToTheFinishWithoutFloat() throws Exception {
		ModelFixture model = new ModelFixture();
		CriticalPathReport report = CriticalPathReport.of(model.project);
		assertEquals(model.project.getStart(), report.start());
		assertTrue(((LocalDateTime) report.finish()).isAfter((LocalDateTime) report.start()));
		assertTrue(report.criticalPath().size() > 5);
		assertEquals("the path starts at the project start", report.start(), report.criticalPath().get(0).start());
		assertEquals("and ends at its finish", report.finish(), report.criticalPath().get(report.criticalPath().size() - 1).finish());
		report.criticalPath().forEach(row -> assertEquals(row.code(), 0.0, row.totalFloat(), 1e-9));
		assertEquals("1.1.1", report.criticalPath().get(0).code());
		assertEquals("scheduling wrote nothing into the model", null, model.element("1.1.1").getEarlyStart());
	}

	@Test
	public void saveBaselineIsOneUndoableCommandOnTheLiveElements() throws Exception {
		ModelFixture model = new ModelFixture();
		int elements = ModelTexts.outline(model.project).size();
		Command save = BaselineCommands.save(model.domain, model.project, "Plan", LocalDateTime.now());
		assertEquals("Save baseline 'Plan'", save.getLabel());
		model.domain.getCommandStack().execute(save);
		assertEquals(1, model.project.getBaselines().size());
		Baseline baseline = model.project.getBaselines().get(0);
		assertEquals(elements, baseline.getEntries().size());
		for (BaselineEntry entry : baseline.getEntries()) {
			assertSame("entries point at the live model", model.resource, entry.getElement().eResource());
			assertNotNull(entry.getStart());
		}
		BaselineEntry first = baseline.getEntries().get(0);
		assertEquals(model.project.getChildren().get(0), first.getElement());
		assertEquals(null, model.element("1.1.1").getEarlyStart());

		model.domain.getCommandStack().execute(BaselineCommands.save(model.domain, model.project, "Plan", LocalDateTime.now()));
		assertEquals("the same name replaces", 1, model.project.getBaselines().size());
		model.domain.getCommandStack().undo();
		assertSame(baseline, model.project.getBaselines().get(0));
		model.domain.getCommandStack().undo();
		assertTrue(model.project.getBaselines().isEmpty());
	}

	@Test
	public void whyFollowsTheDrivingChainBackToTheProjectStart() throws Exception {
		ModelFixture model = new ModelFixture();
		WbsElement workshops = model.element("2.1.2");
		WhyChain why = WhyChain.of(model.project, workshops);
		assertSame(workshops, why.elements().get(0));
		assertEquals("1.1.1", why.elements().get(why.elements().size() - 1).getCode());
		assertTrue(why.driving().get(0), why.driving().get(0).startsWith("2.1.2 Run sales workshops starts"));
		assertTrue(why.driving().get(0), why.driving().get(0).contains("waits for 2.1.1 Plan requirement workshops (FS +2 d)"));
		assertTrue(why.driving().get(why.driving().size() - 1).endsWith("the project start"));
		assertTrue(why.text(), why.text().contains("Starts when it does because:"));
		assertThrows(ScheduleModelException.class, () -> WhyChain.of(model.project, model.element("2.1")));
	}

	@Test
	public void exportThenImportNextToItGivesTheSameOutline() throws Exception {
		ModelFixture model = new ModelFixture();
		ModelExporter mspdi = ExchangeTasks.exporters().stream().filter(e -> e.id().equals("mspdi")).findFirst().orElseThrow();
		Path xml = folder.getRoot().toPath().resolve("plan.xml");
		List<String> warnings = new ArrayList<>();
		ExchangeTasks.export(ModelSnapshot.of(model.project).project(), mspdi, xml, warnings);
		assertTrue(Files.readString(xml).contains("<Project"));
		Path imported = ExchangeTasks.importNextTo(xml, warnings);
		assertEquals(xml.resolveSibling("plan.wbs"), imported);
		Project back = ModelFiles.load(imported);
		assertEquals(ModelTexts.outline(model.project).size(), ModelTexts.outline(back).size());
		assertEquals("a second import does not overwrite the first", xml.resolveSibling("plan-2.wbs"), ExchangeTasks.importNextTo(xml, warnings));
	}

	@Test
	public void theCsvExportAfterARiskRunHasTheCriticalityOfTheLiveTasks() throws Exception {
		ModelFixture model = new ModelFixture();
		// what the Risk page hands the session when a run ends: an index per live task (here two made-up ones)
		Criticality criticality = new Criticality();
		criticality.set(Map.of(model.element("1.1"), 0.375, model.element("2.1"), 1.0));
		ModelExporter csv = ExchangeTasks.exporters().stream().filter(e -> e.id().equals("csv")).findFirst().orElseThrow();
		ModelExporter mspdi = ExchangeTasks.exporters().stream().filter(e -> e.id().equals("mspdi")).findFirst().orElseThrow();
		ModelSnapshot snapshot = ModelSnapshot.of(model.project);
		assertSame("a format without the column", mspdi, ExchangeTasks.withCriticality(mspdi, snapshot, criticality::of));
		Path file = folder.getRoot().toPath().resolve("plan.csv");
		ExchangeTasks.export(snapshot.project(), ExchangeTasks.withCriticality(csv, snapshot, criticality::of), file, new ArrayList<>());
		Map<String, String> byCode = new HashMap<>();
		List<String> rows = List.of(Files.readString(file).split("\r\n"));
		assertTrue(rows.get(0), rows.get(0).endsWith(",Criticality"));
		for (String row : rows.subList(1, rows.size())) {
			byCode.put(row.substring(0, row.indexOf(',')), row.substring(row.lastIndexOf(',') + 1));
		}
		assertEquals("37.5%", byCode.get("1.1"));
		assertEquals("100%", byCode.get("2.1"));
		assertEquals("no index, an empty cell", "", byCode.get("1.2"));
	}

	@Test
	public void aFileNoImporterReadsWritesNothing() throws Exception {
		Path junk = folder.getRoot().toPath().resolve("notes.xml");
		Files.writeString(junk, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
		assertThrows(Exception.class, () -> ExchangeTasks.importNextTo(junk, new ArrayList<>()));
		assertFalse(Files.exists(junk.resolveSibling("notes.wbs")));
	}

	@Test
	public void diagramsAndTheReportAreWrittenFromASnapshot() throws Exception {
		ModelFixture model = new ModelFixture();
		Path svg = folder.getRoot().toPath().resolve("wbs.svg");
		assertTrue(DiagramTasks.render(ModelSnapshot.of(model.project).project(), DiagramTasks.Kind.WBS, svg) > 20);
		assertTrue(Files.readString(svg).contains("<svg"));
		Path png = folder.getRoot().toPath().resolve("network.png");
		DiagramTasks.render(ModelSnapshot.of(model.project).project(), DiagramTasks.Kind.NETWORK, png);
		byte[] head = Files.readAllBytes(png);
		assertEquals("a PNG", (byte) 0x89, head[0]);
		Path index = DiagramTasks.report(ModelSnapshot.of(model.project).project(), folder.getRoot().toPath().resolve("report"));
		assertTrue(Files.readString(index).contains(model.project.getName()));
		assertEquals("the live model got no scheduled dates", null, model.element("1.1.1").getEarlyStart());
	}
}
