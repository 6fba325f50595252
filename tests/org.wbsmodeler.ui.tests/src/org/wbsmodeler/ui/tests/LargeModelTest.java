package org.wbsmodeler.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.Test;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.exchange.bench.RandomProjects;
import org.wbsmodeler.diagram.columns.PlanColumn;
import org.wbsmodeler.schedule.rollup.Totals;

/**
 * A 100,000-element model opens and takes edits: the Plan is virtual, so it shows its first screen without touching
 * every row. Prints the times it saw (a check that nothing is quadratic, not a benchmark: `./wbs studio --bench
 * editor` is that).
 */
public class LargeModelTest {

	@Test
	public void aHundredThousandElementModelOpensAndReschedulesAnEdit() throws Exception {
		Project generated = RandomProjects.generate(100_000, 7);
		Resource resource = ModelFiles.newResourceSet().createResource(URI.createURI("memory.wbs"));
		resource.getContents().add(generated);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, null);
		// what reading the file costs by itself, to tell it from what the editor adds
		java.nio.file.Path temp = java.nio.file.Files.createTempFile("large", ".wbs");
		java.nio.file.Files.write(temp, bytes.toByteArray());
		long loadStart = System.nanoTime();
		ModelFiles.loadResource(temp);
		long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
		java.nio.file.Files.delete(temp);
		long start = System.nanoTime();
		try (EditorFixture fixture = EditorFixture.open(bytes.toByteArray())) {
			long openMs = (System.nanoTime() - start) / 1_000_000;
			assertEquals("1", fixture.tree().getItem(0).getText(PlanColumn.CODE.ordinal()));
			WbsElement leaf = firstLeaf(fixture.model());
			Totals before = fixture.editor.liveSchedule().totals(leaf);
			long editStart = System.nanoTime();
			fixture.editor.getEditingDomain().getCommandStack().execute(
					SetCommand.create(fixture.editor.getEditingDomain(), leaf, WbsPackage.Literals.WBS_ELEMENT__DURATION, leaf.getDuration() + 3));
			UiTestSupport.flush(fixture.display());
			long editMs = (System.nanoTime() - editStart) / 1_000_000;
			Totals after = fixture.editor.liveSchedule().totals(leaf);
			assertTrue("the edit was rescheduled", !after.equals(before));
			System.out.println("large model: elements=100000 load_ms=" + loadMs + " open_ms=" + openMs + " edit_ms=" + editMs + " heap_mb="
					+ (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024));
			Screenshots.save(fixture.shell(), "plan-100000-elements");
		}
	}

	private static WbsElement firstLeaf(Project project) {
		for (var it = project.eAllContents(); it.hasNext();) {
			if (it.next() instanceof WbsElement element && !element.isSummary()
					&& !(element instanceof org.wbsmodeler.model.Milestone)) {
				return element;
			}
		}
		throw new AssertionError("no leaf");
	}
}
