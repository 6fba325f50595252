package org.wbsmodeler.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.Test;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.commands.PlanGestureHandler;

/**
 * Issue 20, point 7: the breakdown's commands are in the WBS menu and the Plan's context menu with MS Project's keys;
 * typing on a row starts its new name; Insert puts the new row's name into editing; Link and Unlink Tasks.
 */
public class PlanCommandsTest {

	private static final List<String> COMMANDS = List.of("Insert Task", "Indent", "Outdent", "Move Up", "Move Down", "Link Tasks", "Unlink Tasks");

	private static List<String> texts(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		List<String> texts = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			texts.add(item.getText().replace("&", ""));
		}
		return texts;
	}

	@Test
	public void theWbsMenuAndThePlansContextMenuListTheCommandsWithTheirKeys() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			Menu wbs = null;
			for (MenuItem item : fixture.shell().getMenuBar().getItems()) {
				if (item.getText().replace("&", "").equals("WBS")) {
					wbs = item.getMenu();
				}
			}
			List<String> menu = texts(wbs);
			for (String command : COMMANDS) {
				assertTrue(command + " with its key in " + menu, menu.stream().anyMatch(text -> text.startsWith(command + "\t")));
			}
			assertTrue(menu.toString(), menu.stream().anyMatch(text -> text.startsWith("Indent\t") && text.contains("Alt") && text.contains("Shift")));
			fixture.tree().setSelection(fixture.item(fixture.element("3.1.1")));
			List<String> popup = texts(fixture.tree().getMenu());
			for (String command : COMMANDS) {
				assertTrue(command + " in the Plan's context menu " + popup, popup.stream().anyMatch(text -> text.startsWith(command)));
			}
		}
	}

	@Test
	public void typingOnARowStartsItsNewNameAndInsertPutsTheNewRowIntoEditing() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			WbsElement row = fixture.element("3.1.1");
			fixture.editor.planPage().reveal(List.of(row));
			fixture.activate();
			fixture.tree().setFocus();
			Event typed = new Event();
			typed.character = 'Q';
			typed.keyCode = 'q';
			fixture.tree().notifyListeners(SWT.KeyDown, typed);
			assertTrue("typing opened the name cell", fixture.editor.planPage().viewer().isCellEditorActive());
			assertTrue("the name cell has the keyboard: " + fixture.display().getFocusControl(),
					fixture.waitUntil(() -> fixture.display().getFocusControl() instanceof org.eclipse.swt.widgets.Text, 5_000));
			Gestures.type(fixture.display(), "uick fix");
			Gestures.key(fixture.display(), SWT.CR, '\r');
			assertTrue("the typed name: " + row.getName(), fixture.waitUntil(() -> "Quick fix".equals(row.getName()), 5_000));

			fixture.editor.planPage().reveal(List.of(row));
			fixture.flush();
			int before = ((org.wbsmodeler.model.WbsContainer) row.eContainer()).getChildren().size();
			assertTrue(PlanGestureHandler.run(fixture.editor, List.of(row), "insert"));
			assertTrue("Insert: the new row's name is being edited", fixture.waitUntil(() -> fixture.editor.planPage().viewer().isCellEditorActive(), 5_000));
			Screenshots.save(fixture.shell(), "plan-insert-edits-the-new-name");
			Gestures.type(fixture.display(), "new step");
			Gestures.key(fixture.display(), SWT.CR, '\r');
			WbsElement inserted = ((org.wbsmodeler.model.WbsContainer) row.eContainer()).getChildren().get(((org.wbsmodeler.model.WbsContainer) row.eContainer()).getChildren().indexOf(row) - 1);
			assertEquals(before + 1, ((org.wbsmodeler.model.WbsContainer) row.eContainer()).getChildren().size());
			assertTrue(fixture.waitUntil(() -> "new step".equals(inserted.getName()), 5_000));
		}
	}

	@Test
	public void linkTasksChainsTheSelectionAndUnlinkTasksRemovesThoseLinks() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			WbsElement first = fixture.element("3.1.1");
			WbsElement second = fixture.element("3.1.2");
			// from no link between them, whatever the example has
			PlanGestureHandler.run(fixture.editor, List.of(first, second), "unlink");
			assertTrue(second.getPredecessors().stream().noneMatch(l -> l.getPredecessor() == first));
			assertTrue(PlanGestureHandler.run(fixture.editor, List.of(first, second), "link"));
			Dependency link = second.getPredecessors().stream().filter(l -> l.getPredecessor() == first).findFirst().orElseThrow();
			assertSame(first, link.getPredecessor());
			assertTrue(PlanGestureHandler.run(fixture.editor, List.of(first, second), "unlink"));
			assertTrue(second.getPredecessors().stream().noneMatch(l -> l.getPredecessor() == first));
			assertTrue("nothing to unlink: refused in the status line", !PlanGestureHandler.run(fixture.editor, List.of(first, second), "unlink"));
			assertEquals("The selected tasks have no links between them", fixture.editor.statusMessage());
		}
	}
}
