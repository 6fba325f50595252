package org.wbsmodeler.ui.pages.processes;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.model.Process;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.pages.cells.ChooserDialog;
import org.wbsmodeler.ui.tests.DialogAnswer;
import org.wbsmodeler.ui.tests.Gestures;
import org.wbsmodeler.ui.tests.ModelFixture;
import org.wbsmodeler.ui.tests.PageShell;
import org.wbsmodeler.ui.tests.Screenshots;
import org.wbsmodeler.ui.tests.UiTestSupport;
import org.wbsmodeler.ui.tests.Widgets;

/** The Processes page (PBS) on the shipped example. */
public class ProcessesPageTest {

	private ModelFixture model;
	private ProcessesPage page;
	private PageShell window;

	@Before
	public void open() throws Exception {
		model = new ModelFixture();
		page = new ProcessesPage(model.context);
		window = new PageShell(page);
	}

	@After
	public void close() {
		window.close();
	}

	@Test
	public void showsProcessesStepsOwnersAndWbsLinks() {
		Tree tree = page.processViewer().getTree();
		assertEquals(3, tree.getItemCount());
		TreeItem sales = tree.getItem(0);
		assertEquals("Sales process", sales.getText(0));
		assertEquals("Sales", sales.getText(1));
		assertEquals("Sales manager", sales.getText(2));
		assertEquals(4, sales.getItemCount());
		ProcessStep follow = (ProcessStep) sales.getItem(1).getData();
		assertEquals("Follow up", sales.getItem(1).getText(0));
		assertEquals("the codes of the WBS elements that change the step",
				follow.getWbsElements().get(0).getCode() + "; " + follow.getWbsElements().get(1).getCode(), sales.getItem(1).getText(6));
		assertEquals(5, page.roleViewer().getTable().getItemCount());
		Screenshots.save(window.shell, "processes");
	}

	@Test
	public void moveDownReordersStepsAsOneCommandAndUndoRestores() {
		Tree tree = page.processViewer().getTree();
		Process sales = (Process) tree.getItem(0).getData();
		ProcessStep identify = sales.getSteps().get(0);
		Gestures.click(tree, tree.getItem(0).getItem(0), 1);
		Gestures.click(Widgets.button(window.shell, "Move down"));
		window.settle();
		assertEquals(identify, sales.getSteps().get(1));
		assertEquals("Move process step 'Identify prospect' down", model.undoLabel());
		assertEquals("Identify prospect", tree.getItem(0).getItem(1).getText(0));
		model.domain.getCommandStack().undo();
		window.settle();
		assertEquals(identify, sales.getSteps().get(0));
		assertEquals("Identify prospect", tree.getItem(0).getItem(0).getText(0));
	}

	@Test
	public void typingACycleTimeSetsIt() {
		Tree tree = page.processViewer().getTree();
		TreeItem negotiate = tree.getItem(0).getItem(2);
		ProcessStep step = (ProcessStep) negotiate.getData();
		Gestures.edit(page.processViewer(), negotiate, 5);
		Gestures.replaceText(window.display(), "12.5");
		window.settle();
		assertEquals(12.5, step.getCycleTime(), 0);
		assertEquals("Set cycle time of process step 'Negotiate'", model.undoLabel());
		model.domain.getCommandStack().undo();
		assertEquals(8.0, step.getCycleTime(), 0);
	}

	@Test
	public void theChooserSetsTheWbsElementsThatChangeAStep() {
		Tree tree = page.processViewer().getTree();
		TreeItem negotiate = tree.getItem(0).getItem(2);
		ProcessStep step = (ProcessStep) negotiate.getData();
		List<WbsElement> before = List.copyOf(step.getWbsElements());
		WbsElement charter = model.element("1.1");
		Gestures.click(tree, negotiate, 0);
		Display display = window.display();
		DialogAnswer answer = DialogAnswer.when(display, "WBS elements that change", shell -> {
			ChooserDialog chooser = (ChooserDialog) shell.getData();
			TableItem first = chooser.list().getTable().getItem(1);
			assertEquals("1.1 Project charter", first.getText());
			Gestures.click(chooser.list().getTable(), first, 0);
			Gestures.key(display, ' ', ' ');
			assertTrue("space ticks the row", chooser.list().getChecked(charter));
			Screenshots.save(shell, "processes-changed-by-chooser");
			DialogAnswer.pressDefault(shell);
		});
		Gestures.click(Widgets.button(window.shell, "Changed by\u2026"));
		UiTestSupport.settle(display);
		answer.check();
		assertTrue(step.getWbsElements().contains(charter));
		assertEquals(before.size() + 1, step.getWbsElements().size());
		assertNotNull(model.undoLabel());
		model.domain.getCommandStack().undo();
		assertEquals(before, step.getWbsElements());
	}
}
