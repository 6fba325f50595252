package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.build.NetworkBuilder;
import org.wbsmodeler.diagram.build.WbsTreeBuilder;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.schedule.model.ProjectSchedule;
import org.wbsmodeler.ui.diagram.page.DiagramPage;
import org.wbsmodeler.ui.tests.EditorFixture;

/** What a page exports is what {@code ./wbs render} writes for the same model (its pipeline, run here on the saved file). */
public class ExportTest {

	private EditorFixture fixture;

	@Before
	public void open() throws Exception {
		fixture = EditorFixture.open(DemoModel.bytes());
	}

	@After
	public void close() throws Exception {
		fixture.close();
	}

	@Test
	public void wbsChartExportIsTheRenderedSvg() throws Exception {
		DiagramPage page = DiagramTabs.open(fixture, "WBS chart");
		assertEquals(rendered(false), exported(page));
	}

	@Test
	public void networkExportIsTheRenderedSvg() throws Exception {
		DiagramPage page = DiagramTabs.open(fixture, "Network");
		assertEquals(rendered(true), exported(page));
	}

	private String exported(DiagramPage page) throws Exception {
		Path file = Files.createTempFile("export", ".svg");
		try {
			page.export(file);
			return Files.readString(file, StandardCharsets.UTF_8);
		} finally {
			Files.deleteIfExists(file);
		}
	}

	/** ./wbs render's steps on the file as saved: load, schedule, build, export. */
	private String rendered(boolean network) throws Exception {
		Project project = ModelFiles.load(fixture.file.getLocation().toFile().toPath());
		ProjectSchedule.compute(project).writeToModel();
		Diagram diagram = network ? new NetworkBuilder().build(project) : new WbsTreeBuilder().build(project);
		DiagramExporter exporter = new DiagramExporter();
		return exporter.toSvg(exporter.prepare(diagram));
	}
}
