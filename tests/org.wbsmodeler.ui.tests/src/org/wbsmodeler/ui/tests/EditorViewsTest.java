package org.wbsmodeler.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.ui.edit.DomainActionBarContributor;
import org.wbsmodeler.ui.edit.ItemPropertySource;
import org.wbsmodeler.ui.plan.Codes;
import org.wbsmodeler.diagram.columns.PlanColumn;
import org.wbsmodeler.ui.schedule.ScheduledValues;

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

	/**
	 * The Properties view shows the live schedule's dates, float and critical flag (not the stale stored ones), they
	 * follow a duration edit and its undo, and they offer no cell editor: a derived value is never a command.
	 */
	@Test
	public void propertiesShowTheLiveScheduleReadOnly() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			PropertySheet sheet = (PropertySheet) fixture.page.showView(IPageLayout.ID_PROP_SHEET);
			fixture.page.activate(fixture.editor);
			WbsElement task = fixture.element("1.2.2");
			Input.click(fixture.item(task), 1);
			fixture.flush();
			Tree properties = (Tree) ((PropertySheetPage) sheet.getCurrentPage()).getControl();
			String planFinish = fixture.item(task).getText(PlanColumn.FINISH.ordinal());
			assertEquals("Early Finish is the Plan's finish", planFinish, propertyText(properties, "Early Finish"));
			assertEquals(String.valueOf(fixture.editor.liveSchedule().totals(task).critical()), propertyText(properties, "Critical"));
			assertNull("the example stores no schedule: the values shown are the live ones", task.getEarlyFinish());
			java.time.LocalDateTime stored = task.getEarlyFinish();

			CommandStack stack = fixture.editor.getEditingDomain().getCommandStack();
			stack.execute(SetCommand.create(fixture.editor.getEditingDomain(), task, WbsPackage.Literals.WBS_ELEMENT__DURATION, task.getDuration() + 2));
			fixture.flush();
			String laterFinish = fixture.item(task).getText(PlanColumn.FINISH.ordinal());
			assertTrue("the edit moved the finish", !laterFinish.equals(planFinish));
			assertEquals(laterFinish, propertyText(properties, "Early Finish"));
			assertEquals("the stored attribute is not written", stored, task.getEarlyFinish());
			Screenshots.save(fixture.shell(), "properties-live-schedule");
			stack.undo();
			fixture.flush();
			assertEquals(planFinish, propertyText(properties, "Early Finish"));
			assertTrue("only the duration edit was on the stack", !stack.canUndo());

			IPropertySource source = ItemPropertySource.of(
					((org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain) fixture.editor.getEditingDomain()).getAdapterFactory(), task,
					new ScheduledValues(fixture.editor.liveSchedule()));
			IPropertyDescriptor earlyFinish = Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals("Early Finish")).findFirst().orElseThrow();
			assertNull("no cell editor for a derived value", earlyFinish.createPropertyEditor(properties));
		}
	}

	/** The value column of the Properties row with this name (rows under categories included). */
	private static String propertyText(Tree properties, String name) {
		for (TreeItem item : properties.getItems()) {
			String found = propertyText(item, name);
			if (found != null) {
				return found;
			}
		}
		throw new AssertionError("no property " + name);
	}

	private static String propertyText(TreeItem item, String name) {
		if (item.getText(0).equals(name)) {
			return item.getText(1);
		}
		item.setExpanded(true);
		for (TreeItem child : item.getItems()) {
			String found = propertyText(child, name);
			if (found != null) {
				return found;
			}
		}
		return null;
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

	/** The main menu has one WBS menu: New Child and New Sibling of the selection first, then the model commands. */
	@Test
	public void oneWbsMenuOffersNewChildAndTheCommands() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			Input.click(fixture.item(fixture.element("4.4")), 1);
			fixture.flush();
			List<MenuItem> wbsMenus = Arrays.stream(fixture.shell().getMenuBar().getItems()).filter(item -> item.getText().replace("&", "").startsWith("WBS"))
					.toList();
			assertEquals("one WBS menu in the menu bar", 1, wbsMenus.size());
			Menu menu = wbsMenus.get(0).getMenu();
			// what opening the menu does: the menu managers fill it on SWT.Show
			menu.notifyListeners(SWT.Show, new Event());
			fixture.flush();
			List<String> entries = Arrays.stream(menu.getItems()).map(item -> item.getText().replace("&", "").split("\t")[0]).toList();
			menu.notifyListeners(SWT.Hide, new Event());
			assertTrue(entries.toString(), entries.indexOf("New Child") == 0 && entries.indexOf("New Sibling") == 1);
			assertTrue(entries.toString(), entries.contains("Validate") && entries.contains("Schedule") && entries.contains("Export..."));
		}
	}

	@Test
	public void droppingRowsOnAnotherSummaryMovesThemInOneCommand() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			WbsElement row = fixture.element("3.3.1");
			WbsElement target = fixture.element("4.6");
			fixture.editor.getEditingDomain().getCommandStack().execute(
					fixture.editor.session().rules().structure().moveTo(List.of(row), target, ((WbsContainer) target).getChildren().size()));
			// wait on the editor's own state: reading tree rows in the wait keeps the event queue busy, and SWT runs the
			// editor's asyncExec only when no event is pending
			fixture.waitUntil(() -> !fixture.editor.session().schedule().isStale(), 5_000);
			fixture.flush();
			assertSame(target, row.eContainer());
			assertEquals("4.6.3", Codes.of(row));
			assertEquals(EditorFixture.outline(fixture.saveAndLoad()), fixture.planRows());
			fixture.editor.getEditingDomain().getCommandStack().undo();
			// wait on the editor's own state: reading tree rows in the wait keeps the event queue busy, and SWT runs the
			// editor's asyncExec only when no event is pending
			fixture.waitUntil(() -> !fixture.editor.session().schedule().isStale(), 5_000);
			fixture.flush();
			assertEquals("3.3.1", Codes.of(row));
			assertEquals(EditorFixture.outline(fixture.saveAndLoad()), fixture.planRows());
		}
	}
}
