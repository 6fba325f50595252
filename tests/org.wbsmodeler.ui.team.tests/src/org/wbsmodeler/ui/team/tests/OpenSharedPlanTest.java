package org.wbsmodeler.ui.team.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.PlanCodec;
import org.wbsmodeler.server.store.Conflict;
import org.wbsmodeler.ui.editor.WbsEditor;
import org.wbsmodeler.ui.team.editor.SharedEditor;
import org.wbsmodeler.ui.team.editor.SharedEditors;
import org.wbsmodeler.ui.tests.DialogAnswer;
import org.wbsmodeler.ui.tests.Input;
import org.wbsmodeler.ui.tests.Screenshots;
import org.wbsmodeler.ui.tests.UiTestSupport;
import org.wbsmodeler.ui.tests.Widgets;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * File > Open Shared Plan… filled in by typing, and a conflict: Ben's unsaved name of an element and Anna's commit
 * of another name for it; Ben's value stays in the editor and the conflict is handed to the presenter (the hook the
 * Conflicts view takes).
 */
public class OpenSharedPlanTest {

	private static Team team;

	@BeforeClass
	public static void start() throws Exception {
		team = Team.start("Steering plan");
	}

	@AfterClass
	public static void stop() throws Exception {
		SharedEditors.setConflictPresenter(null);
		team.close();
	}

	@Test
	public void theDialogOpensThePlanAndAConflictKeepsTheUnsavedValue() throws Exception {
		Display display = Display.getCurrent();
		StringBuilder stillOpen = new StringBuilder();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		DialogAnswer answer = DialogAnswer.when(display, "Open Shared Plan", shell -> {
			List<Text> fields = new ArrayList<>();
			for (Control control : Widgets.all(shell)) {
				// the title area's message is a Text too, a read-only one
				if (control instanceof Text text && text.getEditable()) {
					fields.add(text);
				}
			}
			String[] values = { team.server.url(), team.benToken, Long.toString(team.plan) };
			for (int i = 0; i < values.length; i++) {
				Text field = fields.get(i);
				field.setFocus();
				assertTrue("focus in field " + i, UiTestSupport.waitFor(display, () -> display.getFocusControl() == field, 5_000));
				// what is there is replaced, as after a triple click (Ctrl+A is no Select All in a GTK entry)
				field.selectAll();
				Input.type(display, values[i]);
			}
			Screenshots.save(shell, "open-shared-plan-dialog");
			DialogAnswer.pressDefault(shell);
			UiTestSupport.settle(display);
			if (!shell.isDisposed()) {
				// the dialog refused what was typed: say what it shows instead of waiting on it forever
				stillOpen.append(Widgets.texts(shell));
				shell.close();
			}
		});
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.wbsmodeler.ui.team.openSharedPlan", null);
		answer.check();
		assertEquals("the dialog took what was typed", "", stillOpen.toString());
		assertTrue("the plan editor opened", page.getActiveEditor() instanceof WbsEditor);
		WbsEditor editor = (WbsEditor) page.getActiveEditor();
		try {
			assertEquals("Steering plan-" + team.plan + ".wbs", editor.getEditorInput().getName());
			SharedEditor shared = SharedEditors.of(editor);
			assertTrue("opened as a shared plan", shared != null);
			assertTrue(UiTestSupport.waitFor(display, () -> shared.statusText().startsWith("Shared r1"), 10_000));

			List<Conflict> shown = new ArrayList<>();
			SharedEditors.setConflictPresenter((on, title, conflicts, rows) -> shown.addAll(conflicts));
			WbsElement element = named(editor, "Identify stakeholders");
			String original = element.getName();
			editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(editor.getEditingDomain(), element,
					org.wbsmodeler.model.WbsPackage.Literals.WBS_ELEMENT__NAME, "Ben's stakeholders"));
			team.anna.commit(team.plan, 1, "rename", List.of(new Change(PlanCodec.idOf(element), "name", TextNode.valueOf(original),
					TextNode.valueOf("Anna's stakeholders"))));
			assertTrue("the conflict was shown", UiTestSupport.waitFor(display, () -> !shown.isEmpty(), 20_000));
			assertEquals(1, shown.size());
			assertEquals("name", shown.get(0).feature());
			assertEquals("Anna's stakeholders", shown.get(0).theirs().asText());
			assertEquals("the unsaved value stays", "Ben's stakeholders", element.getName());
			assertTrue(UiTestSupport.waitFor(display, () -> shared.statusText().startsWith("Shared r2"), 10_000));
		} finally {
			page.closeEditor(editor, false);
		}
	}

	private static WbsElement named(WbsEditor editor, String name) {
		for (var it = editor.project().eAllContents(); it.hasNext();) {
			if (it.next() instanceof WbsElement element && name.equals(element.getName())) {
				return element;
			}
		}
		throw new AssertionError("no element named " + name);
	}
}
