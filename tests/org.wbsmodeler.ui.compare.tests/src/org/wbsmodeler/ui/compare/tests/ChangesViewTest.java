package org.wbsmodeler.ui.compare.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.merge.diff.Change;
import org.wbsmodeler.merge.diff.PlanDiff;
import org.wbsmodeler.merge.index.ComparedFeatures;
import org.wbsmodeler.merge.index.PlanIndex;
import org.wbsmodeler.merge.text.PlanLabels;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.ui.compare.changes.ChangesView;
import org.wbsmodeler.ui.editor.WbsEditor;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Gestures;
import org.wbsmodeler.ui.tests.Screenshots;

/**
 * Compare With &gt; Each Other on two versions of the example: the Plan Changes view lists the merge core's diff under
 * the elements' codes and names, and selecting a change selects its element in the Plan.
 */
public class ChangesViewTest {

	private EditorFixture fixture;
	private IFile after;
	private String renamedId;

	@Before
	public void twoVersions() throws Exception {
		fixture = EditorFixture.openExample();
		after = fixture.project.getFile("changed.wbs");
		Variants.write(after, Variants.edited(plan -> {
			List<Activity> activities = Variants.activities(plan);
			activities.get(0).setDuration(activities.get(0).getDuration() + 3);
			activities.get(1).setName("Renamed in the newer version");
			renamedId = Variants.id(activities.get(1));
			EcoreUtil.delete(activities.get(2), true);
			Activity added = WbsFactory.eINSTANCE.createActivity();
			added.setName("Added in the newer version");
			added.setDuration(2);
			((WbsContainer) activities.get(0).eContainer()).getChildren().add(added);
		}));
	}

	@After
	public void close() throws Exception {
		fixture.page.closeAllEditors(false);
		IViewPart view = fixture.page.findView(ChangesView.ID);
		if (view != null) {
			fixture.page.hideView(view);
		}
		fixture.close();
	}

	/** Both files selected in the Project Explorer, then Compare With > Each Other (the command the menu runs). */
	private ChangesView compare() throws Exception {
		IViewPart explorer = fixture.page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(List.of(fixture.file, after)));
		fixture.flush();
		assertEquals(2, ((IStructuredSelection) explorer.getSite().getSelectionProvider().getSelection()).size());
		IHandlerService handlers = explorer.getSite().getService(IHandlerService.class);
		handlers.executeCommand("org.wbsmodeler.ui.compare.eachOther", null);
		fixture.flush();
		ChangesView view = (ChangesView) fixture.page.findView(ChangesView.ID);
		assertNotNull("Compare With > Each Other opened the Plan Changes view", view);
		return view;
	}

	@Test
	public void theTreeListsTheMergeCoresDiffUnderCodesAndNames() throws Exception {
		ChangesView view = compare();
		Resource from = ModelFiles.loadResource(fixture.file.getLocation().toFile().toPath());
		Resource to = ModelFiles.loadResource(after.getLocation().toFile().toPath());
		ComparedFeatures features = new ComparedFeatures();
		PlanIndex before = PlanIndex.of(from, features);
		PlanIndex now = PlanIndex.of(to, features);
		PlanLabels labels = new PlanLabels();
		List<String> expected = new ArrayList<>();
		for (Change change : PlanDiff.compare(before, now)) {
			expected.add(labels.line(change, before, now));
		}
		List<String> shown = new ArrayList<>();
		Tree tree = view.viewer().getTree();
		for (TreeItem element : tree.getItems()) {
			assertTrue(element.getText(), element.getExpanded());
			for (TreeItem change : element.getItems()) {
				// a change of an object inside the element (a link) reads in full; the element's own after its label
				shown.add(change.getText().startsWith(element.getText() + " ›") ? change.getText() : element.getText() + ": " + change.getText());
			}
		}
		Screenshots.save(fixture.shell(), "compare-each-other");
		assertTrue(expected.toString(), expected.size() >= 4);
		assertEquals(expected.stream().sorted().toList(), shown.stream().sorted().toList());
		assertTrue(view.getContentDescription(), view.getContentDescription().contains(expected.size() + " change(s)"));
		// under codes: the rows of WBS elements start with their code, in outline order
		assertTrue(tree.getItem(0).getText(), tree.getItem(0).getText().matches("\\d+(\\.\\d+)* .*"));
	}

	@Test
	public void selectingAChangeSelectsItsElementInThePlan() throws Exception {
		ChangesView view = compare();
		Tree tree = view.viewer().getTree();
		TreeItem renamed = null;
		for (TreeItem element : tree.getItems()) {
			for (TreeItem change : element.getItems()) {
				if (change.getText().startsWith("name: ") && change.getText().endsWith("Renamed in the newer version")) {
					renamed = change;
				}
			}
		}
		assertNotNull("the rename is listed", renamed);
		Gestures.click(tree, renamed, 0);
		assertTrue("the newer plan opened in the model editor",
				fixture.waitUntil(() -> fixture.page.findEditor(new FileEditorInput(after)) instanceof WbsEditor, 20_000));
		WbsEditor editor = (WbsEditor) fixture.page.findEditor(new FileEditorInput(after));
		assertTrue("the Plan selects the renamed element", fixture.waitUntil(() -> {
			Object selected = editor.planPage().viewer().getStructuredSelection().getFirstElement();
			return selected instanceof EObject object && renamedId.equals(Variants.id(object));
		}, 10_000));
		assertEquals("the view keeps the focus", view, fixture.page.getActivePart());
		Screenshots.save(fixture.shell(), "compare-select-change");
	}
}
