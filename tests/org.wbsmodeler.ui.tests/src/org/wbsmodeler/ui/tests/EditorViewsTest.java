package org.wbsmodeler.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.edit.DomainActionBarContributor;
import org.wbsmodeler.ui.edit.ItemPropertySource;
import org.wbsmodeler.ui.plan.Codes;

/** Properties, Outline and the New Child menu work on the editor's one command stack and selection. */
public class EditorViewsTest {

	@Test
	public void aPropertyEditIsOneUndoableCommandAndThePlanFollows() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			WbsElement row = fixture.element("2.3.1");
			Input.click(fixture.item(row), 1);
			// what the Properties view does with the value typed into its Name cell
			IPropertySource source = ItemPropertySource.of(
					((org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain) fixture.editor.getEditingDomain()).getAdapterFactory(), row);
			Object nameId = Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals("Name")).findFirst().orElseThrow().getId();
			source.setPropertyValue(nameId, "Profile customer data");
			fixture.flush();
			CommandStack stack = fixture.editor.getEditingDomain().getCommandStack();
			assertTrue("the edit went through the editor's stack", stack.canUndo());
			assertEquals("Profile customer data", fixture.item(row).getText(1));
			Screenshots.save(fixture.shell(), "properties-after-edit");
			stack.undo();
			fixture.flush();
			assertEquals("Profile legacy customer data", fixture.item(row).getText(1));
		}
	}

	@Test
	public void selectingInTheOutlineSelectsThePlanRow() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			WbsElement row = fixture.element("5.3.2");
			ContentOutline outline = (ContentOutline) fixture.page.findView(IPageLayout.ID_OUTLINE);
			fixture.page.activate(outline);
			((org.eclipse.ui.views.contentoutline.IContentOutlinePage) outline.getCurrentPage()).setSelection(new StructuredSelection(row));
			fixture.flush();
			assertEquals(List.of(row), fixture.editor.planPage().selectedRows());
			assertEquals(new StructuredSelection(row).toList(), ((StructuredSelection) fixture.editor.getSite().getSelectionProvider().getSelection()).toList());
			Screenshots.save(fixture.shell(), "outline-selects-plan-row");
		}
	}

	@Test
	public void newChildComesFromTheDomainAndIsOneCommand() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			WbsElement deliverable = fixture.element("4.4");
			Input.click(fixture.item(deliverable), 1);
			DomainActionBarContributor contributor = (DomainActionBarContributor) fixture.editor.getEditorSite().getActionBarContributor();
			MenuManager menu = new MenuManager();
			contributor.menuAboutToShow(menu);
			IMenuManager newChild = (IMenuManager) Arrays.stream(menu.getItems()).filter(i -> i instanceof MenuManager m && "&New Child".equals(m.getMenuText()))
					.findFirst().orElseThrow();
			IAction activity = Arrays.stream(newChild.getItems()).map(i -> ((org.eclipse.jface.action.ActionContributionItem) i).getAction())
					.filter(a -> a.getText().contains("Activity")).findFirst().orElseThrow();
			int before = ((WbsContainer) deliverable).getChildren().size();
			activity.run();
			fixture.flush();
			assertEquals(before + 1, ((WbsContainer) deliverable).getChildren().size());
			WbsElement created = ((WbsContainer) deliverable).getChildren().get(before);
			assertTrue(created instanceof Activity);
			assertEquals("4.4.3", Codes.of(created));
			fixture.waitUntil(() -> List.of(created).equals(fixture.editor.planPage().selectedRows()), 3000);
			assertEquals("the new row is selected", List.of(created), fixture.editor.planPage().selectedRows());
			assertEquals(EditorFixture.outline(fixture.saveAndLoad()), fixture.planRows());
			for (IContributionItem item : menu.getItems()) {
				assertNotNull(item);
			}
		}
	}

	@Test
	public void droppingRowsOnAnotherSummaryMovesThemInOneCommand() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			WbsElement row = fixture.element("3.3.1");
			WbsElement target = fixture.element("4.6");
			fixture.editor.getEditingDomain().getCommandStack().execute(
					fixture.editor.planPage().commands().moveTo(List.of(row), target, ((WbsContainer) target).getChildren().size()));
			fixture.flush();
			assertSame(target, row.eContainer());
			assertEquals("4.6.3", Codes.of(row));
			assertEquals(EditorFixture.outline(fixture.saveAndLoad()), fixture.planRows());
			fixture.editor.getEditingDomain().getCommandStack().undo();
			fixture.flush();
			assertEquals("3.3.1", Codes.of(row));
			assertEquals(EditorFixture.outline(fixture.saveAndLoad()), fixture.planRows());
		}
	}
}
