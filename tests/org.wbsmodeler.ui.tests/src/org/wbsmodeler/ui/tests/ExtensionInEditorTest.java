package org.wbsmodeler.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.junit.Test;
import org.wbsmodeler.example.risk.Risk;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.edit.DomainActionBarContributor;

/**
 * A plug-in's model extension in the model editor, with the risk example installed: its "New Child" entry on a plan
 * row (one undoable command), its objects in the Outline under their element, and its features in Properties.
 */
public class ExtensionInEditorTest {

	@Test
	public void newChildOffersARiskAndPropertiesEditIt() throws Exception {
		Path example = Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm-risks.wbs");
		try (EditorFixture fixture = EditorFixture.open(Files.readAllBytes(example))) {
			WbsElement activity = fixture.element("1.2.1");
			assertTrue(activity.getAnnotations().isEmpty());
			Input.click(fixture.item(activity), 1);
			fixture.flush();
			DomainActionBarContributor contributor = (DomainActionBarContributor) fixture.editor.getEditorSite().getActionBarContributor();
			MenuManager menu = new MenuManager();
			contributor.menuAboutToShow(menu);
			IMenuManager newChild = (IMenuManager) Arrays.stream(menu.getItems()).filter(i -> i instanceof MenuManager m && "&New Child".equals(m.getMenuText()))
					.findFirst().orElseThrow();
			IAction risk = Arrays.stream(newChild.getItems()).map(i -> ((ActionContributionItem) i).getAction())
					.filter(a -> a.getText().contains("Risk")).findFirst().orElseThrow(() -> new AssertionError("no Risk in New Child: "
							+ Arrays.stream(newChild.getItems()).map(i -> ((ActionContributionItem) i).getAction().getText()).toList()));
			risk.run();
			fixture.flush();
			assertEquals(1, activity.getAnnotations().size());
			Risk created = (Risk) activity.getAnnotations().get(0);

			// the Outline shows it under its element; selecting it there fills Properties with its features
			ContentOutline outline = (ContentOutline) fixture.page.showView(IPageLayout.ID_OUTLINE);
			PropertySheet sheet = (PropertySheet) fixture.page.showView(IPageLayout.ID_PROP_SHEET);
			fixture.page.activate(outline);
			((IContentOutlinePage) outline.getCurrentPage()).setSelection(new StructuredSelection(created));
			fixture.flush();
			Tree properties = (Tree) ((PropertySheetPage) sheet.getCurrentPage()).getControl();
			List<String> names = names(properties);
			for (String name : List.of("Title", "Probability", "Impact", "Exposure", "Owner", "Mitigation")) {
				assertTrue(name + " in " + names, names.contains(name));
			}
			Screenshots.save(fixture.shell(), "extension-risk-properties");

			fixture.page.activate(fixture.editor);
			fixture.editor.getEditingDomain().getCommandStack().undo();
			fixture.flush();
			assertTrue("New Child was one command", activity.getAnnotations().isEmpty());
		}
	}

	/**
	 * A plan whose plug-in is not installed: the Problems view says so once, and saving from the editor writes the
	 * plug-in's content back.
	 */
	@Test
	public void aMissingPlugInIsAWarningAndItsContentSurvivesASave() throws Exception {
		Path example = Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm-risks.wbs");
		String missing = "http://example.org/not-installed/risk/9.9";
		String xml = Files.readString(example).replace("xmlns:risk=\"http://www.wbsmodeler.org/example/risk/1.0\"", "xmlns:risk=\"" + missing + "\"");
		List<String> annotations = annotationTags(xml);
		assertEquals(6, annotations.size());
		try (EditorFixture fixture = EditorFixture.open(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
			assertTrue("a warning marker names the package", fixture.waitUntil(() -> markers(fixture).stream().anyMatch(m -> m.contains(missing)), 5000));
			assertEquals(1, markers(fixture).stream().filter(m -> m.contains("not installed")).count());
			WbsElement activity = fixture.element("1.2.1");
			fixture.editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(fixture.editor.getEditingDomain(),
					activity, org.wbsmodeler.model.WbsPackage.Literals.WBS_ELEMENT__NAME, "Identify all stakeholders"));
			fixture.saveAndLoad();
			String saved = fixture.fileText();
			assertTrue("the edit was saved", saved.contains("Identify all stakeholders"));
			assertEquals(annotations, annotationTags(saved));
		}
	}

	private static List<String> markers(EditorFixture fixture) {
		try {
			return Arrays.stream(org.wbsmodeler.ui.markers.ProblemMarkers.of(fixture.file)).map(m -> m.getAttribute(org.eclipse.core.resources.IMarker.MESSAGE, ""))
					.toList();
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new AssertionError(e);
		}
	}

	private static List<String> annotationTags(String xml) {
		return java.util.regex.Pattern.compile("<annotations [^>]*>").matcher(xml).results().map(java.util.regex.MatchResult::group).toList();
	}

	private static List<String> names(Tree tree) {
		List<String> names = new java.util.ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			collect(item, names);
		}
		return names;
	}

	private static void collect(TreeItem item, List<String> names) {
		names.add(item.getText(0));
		item.setExpanded(true);
		for (TreeItem child : item.getItems()) {
			collect(child, names);
		}
	}
}
