package org.wbsmodeler.ui.compare.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.merge.conflict.ConflictList;
import org.wbsmodeler.merge.text.PlanLabels;
import org.wbsmodeler.merge.threeway.MergeResult;
import org.wbsmodeler.merge.threeway.PlanMerge;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.ui.compare.conflicts.ConflictsView;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Gestures;
import org.wbsmodeler.ui.tests.Input;
import org.wbsmodeler.ui.tests.Screenshots;
import org.wbsmodeler.ui.tests.Widgets;

/**
 * A plan merged with conflicts (as {@code ./wbs merge} writes it: ours on each conflict, the list beside it) opens with
 * the Conflicts view; taking a side is one undoable command; once every conflict is picked, saving removes the list.
 */
public class ConflictsViewTest {

	private EditorFixture fixture;
	private String durationId;
	private String renamedId;
	private Path listFile;

	@Before
	public void mergedWithConflicts() throws Exception {
		Resource base = Variants.example();
		Resource ours = Variants.example();
		Resource theirs = Variants.example();
		WbsElement timed = Variants.activities(ours).get(0);
		durationId = Variants.id(timed);
		timed.setDuration(7);
		Variants.activities(theirs).get(0).setDuration(9);
		Variants.activities(ours).get(1).setName("Named by ours");
		Variants.activities(theirs).get(1).setName("Named by theirs");
		renamedId = Variants.id(Variants.activities(ours).get(1));
		MergeResult result = PlanMerge.merge(base, ours, theirs);
		assertEquals(2, result.conflicts().size());
		// the merged plan first, then its list beside it, and the plan opened again: as after a git merge
		fixture = EditorFixture.open(Variants.bytes(result.merged()));
		listFile = fixture.file.getLocation().toFile().toPath().resolveSibling("model.wbs" + ConflictList.SUFFIX);
		Files.writeString(listFile, ConflictList.write(ConflictList.of(result, new PlanLabels())), StandardCharsets.UTF_8);
		fixture.page.closeEditor(fixture.editor, false);
		fixture.flush();
		fixture.reopen();
	}

	@After
	public void close() throws Exception {
		IViewPart view = fixture.page.findView(ConflictsView.ID);
		if (view != null) {
			fixture.page.hideView(view);
		}
		fixture.close();
	}

	private WbsElement inEditor(String id) {
		return (WbsElement) fixture.model().eResource().getEObject(id);
	}

	private TableItem row(Table table, String feature) {
		for (TableItem item : table.getItems()) {
			if (item.getText(1).equals(feature)) {
				return item;
			}
		}
		throw new AssertionError("no conflict on " + feature + " listed");
	}

	@Test
	public void takingASideIsAnUndoableCommandAndSavingWithNoneLeftRemovesTheList() throws Exception {
		assertTrue("the plan opened with the Conflicts view", fixture.waitUntil(() -> fixture.page.findView(ConflictsView.ID) != null, 20_000));
		ConflictsView view = (ConflictsView) fixture.page.showView(ConflictsView.ID);
		Table table = view.viewer().getTable();
		assertTrue(view.getContentDescription(), fixture.waitUntil(() -> table.getItemCount() == 2, 10_000));
		assertEquals("7", row(table, "duration").getText(3));
		assertEquals("9", row(table, "duration").getText(4));
		Screenshots.save(fixture.shell(), "conflicts-opened");

		Gestures.click(table, row(table, "duration"), 0);
		Gestures.click(Widgets.button(view.viewer().getControl().getParent(), "Take Theirs"));
		assertEquals(9, inEditor(durationId).getDuration(), 0);
		assertEquals(1, table.getItemCount());
		assertTrue(fixture.editor.isDirty());

		fixture.page.activate(fixture.editor);
		fixture.activate();
		Input.ctrl(fixture.display(), 'z');
		fixture.flush();
		assertEquals("undo restores ours", 7, inEditor(durationId).getDuration(), 0);
		assertEquals("undo brings the conflict back", 2, table.getItemCount());

		view = (ConflictsView) fixture.page.showView(ConflictsView.ID);
		Gestures.click(table, row(table, "duration"), 0);
		Gestures.click(Widgets.button(view.viewer().getControl().getParent(), "Take Theirs"));
		Gestures.click(table, row(table, "name"), 0);
		Gestures.click(Widgets.button(view.viewer().getControl().getParent(), "Take Ours"));
		assertEquals(0, table.getItemCount());
		assertEquals("Named by ours", inEditor(renamedId).getName());
		assertTrue("the list stays until the plan is saved", Files.exists(listFile));
		Screenshots.save(fixture.shell(), "conflicts-all-picked");

		fixture.page.activate(fixture.editor);
		fixture.activate();
		Input.ctrl(fixture.display(), 's');
		assertTrue("saving with no conflict left removes the list", fixture.waitUntil(() -> !Files.exists(listFile), 10_000));
		assertFalse(fixture.editor.isDirty());
		Project saved = ModelFiles.load(fixture.file.getLocation().toFile().toPath());
		assertEquals(9, ((WbsElement) saved.eResource().getEObject(durationId)).getDuration(), 0);
		assertEquals("Named by ours", ((WbsElement) saved.eResource().getEObject(renamedId)).getName());
	}

	@Test
	public void aPlanWithoutAListShowsNoConflicts() throws Exception {
		Files.delete(listFile);
		fixture.page.closeEditor(fixture.editor, false);
		fixture.flush();
		fixture.reopen();
		ConflictsView view = (ConflictsView) fixture.page.showView(ConflictsView.ID);
		fixture.page.activate(fixture.editor);
		fixture.flush();
		assertNotNull(view);
		assertEquals(0, view.viewer().getTable().getItemCount());
		assertTrue(view.getContentDescription(), view.getContentDescription().startsWith("No conflicts listed beside"));
		assertEquals(List.of(), List.of(view.viewer().getTable().getItems()));
	}
}
