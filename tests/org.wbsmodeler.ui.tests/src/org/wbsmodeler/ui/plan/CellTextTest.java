package org.wbsmodeler.ui.plan;

import org.wbsmodeler.editing.rules.RefusedEdit;
import org.wbsmodeler.editing.rules.AssignmentSpec;
import org.wbsmodeler.editing.rules.LinkSpec;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.Test;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.format.Durations;
import org.wbsmodeler.diagram.columns.CellTexts;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.io.ModelFiles;

/** What people type into Plan cells, read and written back the way MS Project does. */
public class CellTextTest {

	@Test
	public void durations() throws RefusedEdit {
		assertEquals(5, DurationText.parse("5d", 8, false), 1e-9);
		assertEquals(5, DurationText.parse("5", 8, false), 1e-9);
		assertEquals(0.375, DurationText.parse("3h", 8, false), 1e-9);
		assertEquals(10, DurationText.parse("2w", 8, false), 1e-9);
		assertEquals(1.5, DurationText.parse("1,5 days", 8, false), 1e-9);
		assertEquals(-1, DurationText.parse("-1d", 8, true), 1e-9);
		assertThrows(RefusedEdit.class, () -> DurationText.parse("5x", 8, false));
		assertThrows(RefusedEdit.class, () -> DurationText.parse("-2d", 8, false));
		assertThrows(RefusedEdit.class, () -> DurationText.parse("", 8, false));
		// one form everywhere, and what it writes reads back
		assertEquals("5 d", Durations.days(5));
		assertEquals("2.33 d", Durations.days(7 / 3.0));
		assertEquals("0.5 d", Durations.days(0.5));
		assertEquals(2.33, DurationText.parse(Durations.days(7 / 3.0), 8, false), 1e-9);
		assertEquals("\u22121 d", Durations.lag(-1));
		assertEquals(-1, DurationText.parse(Durations.lag(-1), 8, true), 1e-9);
	}

	@Test
	public void predecessorsByCode() throws Exception {
		Project project = ModelFiles.load(Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs"));
		OutlineIndex index = Codes.index(project);
		WbsElement self = index.byCode("2.2.2");
		List<LinkSpec> links = PredecessorText.parse("3.1.1FS+2d; 1.2.2SS-1d; 1.4; 2.1.1+3h", self, index, 8);
		assertEquals(4, links.size());
		assertEquals(new LinkSpec(index.byCode("3.1.1"), DependencyType.FS, 2), links.get(0));
		assertEquals(new LinkSpec(index.byCode("1.2.2"), DependencyType.SS, -1), links.get(1));
		assertEquals(new LinkSpec(index.byCode("1.4"), DependencyType.FS, 0), links.get(2));
		assertEquals(new LinkSpec(index.byCode("2.1.1"), DependencyType.FS, 0.375), links.get(3));
		assertEquals("'9.9': there is no task with the code 9.9", assertThrows(RefusedEdit.class, () -> PredecessorText.parse("9.9", self, index, 8)).getMessage());
		assertThrows(RefusedEdit.class, () -> PredecessorText.parse("1.4FS+5x", self, index, 8));
		assertEquals("2.1.2SS+2 d; 2.1.3FF+2 d; 2.1.4FF+1 d", CellTexts.predecessors(index.byCode("2.1.5")));
		assertEquals("the text reads back as the same links", index.byCode("2.1.5").getPredecessors().size(),
				PredecessorText.parse(CellTexts.predecessors(index.byCode("2.1.5")), index.byCode("2.1.5"), index, 8).size());
	}

	@Test
	public void assignmentsByName() throws Exception {
		Project project = ModelFiles.load(Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs"));
		List<AssignmentSpec> entries = AssignmentText.parse("trainer[50%]; Data specialist", project);
		assertEquals("Trainer", entries.get(0).resource().getName());
		assertEquals(0.5, entries.get(0).units(), 1e-9);
		assertEquals(1, entries.get(1).units(), 1e-9);
		assertThrows(RefusedEdit.class, () -> AssignmentText.parse("Anna", project));
		assertThrows(RefusedEdit.class, () -> AssignmentText.parse("Trainer[0%]", project));
	}
}
