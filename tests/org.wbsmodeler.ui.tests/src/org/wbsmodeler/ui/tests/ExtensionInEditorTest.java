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
