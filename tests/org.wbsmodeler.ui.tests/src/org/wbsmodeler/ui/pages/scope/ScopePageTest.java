package org.wbsmodeler.ui.pages.scope;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.model.BudgetLine;
import org.wbsmodeler.model.Requirement;
import org.wbsmodeler.model.RequirementKind;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.pages.cells.ModelTexts;
import org.wbsmodeler.ui.tests.Gestures;
import org.wbsmodeler.ui.tests.ModelFixture;
import org.wbsmodeler.ui.tests.PageShell;
import org.wbsmodeler.ui.tests.Screenshots;
import org.wbsmodeler.ui.tests.Widgets;

/** The Scope page on the shipped example, driven with real mouse and keyboard events. */
public class ScopePageTest {

	private ModelFixture model;
	private ScopePage page;
	private PageShell window;

	@Before
	public void open() throws Exception {
		model = new ModelFixture();
		page = new ScopePage(model.context);
		window = new PageShell(page);
	}

	@After
	public void close() {
		window.close();
	}

	@Test
	public void everyTabShowsTheExampleAndIsPhotographed() {
		TreeViewer requirements = (TreeViewer) page.viewer(ScopePage.REQUIREMENTS);
		TreeItem[] kinds = requirements.getTree().getItems();
		assertEquals("one row per requirement kind", RequirementKind.VALUES.size(), kinds.length);
		assertEquals("Business (3)", kinds[0].getText(0));
		int requirementRows = Arrays.stream(kinds).mapToInt(TreeItem::getItemCount).sum();
		assertEquals(model.project.getCrm().getRequirements().size(), requirementRows);
		assertEquals("BR-01", kinds[0].getItem(0).getText(0));
		assertEquals("must-haves come first in a kind", "Should", kinds[0].getItem(2).getText(2));
		for (String tab : List.of(ScopePage.REQUIREMENTS, ScopePage.TRACEABILITY, ScopePage.COMPONENTS, ScopePage.STAKEHOLDERS, ScopePage.OBJECTIVES,
				ScopePage.BUDGET)) {
			page.showTab(tab);
			window.settle();
			assertTrue(tab + " shows rows", rowCount(page.viewer(tab).getControl()) > 0);
			Screenshots.save(window.shell, "scope-" + tab.toLowerCase().replaceAll("[^a-z]+", "-"));
		}
		Table budget = ((TableViewer) page.viewer(ScopePage.BUDGET)).getTable();
		assertEquals("60,000.00", budget.getItem(0).getText(2));
	}

	@Test
	public void typingANameInACellIsOneCommandThatUndoes() {
		TreeViewer requirements = (TreeViewer) page.viewer(ScopePage.REQUIREMENTS);
		TreeItem br01 = requirements.getTree().getItem(0).getItem(0);
		Requirement requirement = (Requirement) br01.getData();
		String before = requirement.getName();
		Gestures.edit(requirements, br01, 1);
		assertTrue("a click on the name cell opens its editor", requirements.isCellEditorActive());
		Gestures.replaceText(window.display(), "one record per customer");
		window.settle();
		assertEquals("one record per customer", requirement.getName());
		assertEquals("Set name of requirement BR-01", model.undoLabel());
		assertEquals("one record per customer", br01.getText(1));
		model.domain.getCommandStack().undo();
		window.settle();
		assertEquals(before, requirement.getName());
		assertEquals("undo shows at once", before, requirements.getTree().getItem(0).getItem(0).getText(1));
	}

	@Test
	public void typedNonsenseChangesNothingAndSaysWhy() {
		page.showTab(ScopePage.BUDGET);
		window.settle();
		TableViewer budget = (TableViewer) page.viewer(ScopePage.BUDGET);
		TableItem first = budget.getTable().getItem(0);
		BudgetLine line = (BudgetLine) first.getData();
		Gestures.edit(budget, first, 2);
		Gestures.replaceText(window.display(), "5x");
		window.settle();
		assertEquals(60000.0, line.getAmount(), 0);
		assertFalse("nothing to undo", model.domain.getCommandStack().canUndo());
		assertTrue(model.lastStatus(), model.lastStatus().contains("'5x' is not a number"));
		Gestures.edit(budget, first, 2);
		Gestures.replaceText(window.display(), "65000");
		window.settle();
		assertEquals(65000.0, line.getAmount(), 0);
		assertTrue("the total follows", totalText().contains("235,000.00"));
	}

	@Test
	public void tickingAMatrixCellAddsTheTraceAndUntickingRemovesIt() {
		page.showTab(ScopePage.TRACEABILITY);
		window.settle();
		TableViewer matrix = (TableViewer) page.viewer(ScopePage.TRACEABILITY);
		Table table = matrix.getTable();
		assertEquals("the element column, then one column per requirement", 1 + model.project.getCrm().getRequirements().size(), table.getColumnCount());
		Requirement br01 = TraceabilityMatrix.requirementColumns(model.project).get(0);
		assertEquals("BR-01", table.getColumn(1).getText());
		WbsElement charter = model.element("1.1");
		TableItem row = table.getItem(1);
		assertEquals(charter, row.getData());
		assertFalse(br01.getDeliveredBy().contains(charter));

		Gestures.click(table, row, 1);
		window.settle();
		if (!br01.getDeliveredBy().contains(charter)) {
			// the click selected the row (see Gestures#edit on clicks in cells); Space ticks the focused cell
			Gestures.moveFocus(window.display(), 1 - focusColumn(matrix));
			Gestures.key(window.display(), ' ', ' ');
			window.settle();
		}
		assertTrue("ticked", br01.getDeliveredBy().contains(charter));
		assertEquals("Add trace BR-01 – 1.1", model.undoLabel());
		assertEquals(TraceabilityMatrix.TICK, table.getItem(1).getText(1));
		Screenshots.save(window.shell, "scope-traceability-ticked");

		model.domain.getCommandStack().undo();
		window.settle();
		assertFalse("undo removes the trace", br01.getDeliveredBy().contains(charter));
		assertEquals("", table.getItem(1).getText(1));

		WbsElement traced = br01.getDeliveredBy().get(0);
		TableItem tracedRow = table.getItem(ModelTexts.outline(model.project).indexOf(traced));
		Gestures.click(table, tracedRow, 1);
		window.settle();
		if (br01.getDeliveredBy().contains(traced)) {
			Gestures.moveFocus(window.display(), 1 - focusColumn(matrix));
			Gestures.key(window.display(), ' ', ' ');
			window.settle();
		}
		assertFalse("unticked", br01.getDeliveredBy().contains(traced));
		assertEquals("Remove trace BR-01 – " + traced.getCode(), model.undoLabel());
		model.domain.getCommandStack().undo();
		assertTrue(br01.getDeliveredBy().contains(traced));
	}

	@Test
	public void addRequirementTakesTheSelectedKindAndTheNextIdentifier() {
		TreeViewer requirements = (TreeViewer) page.viewer(ScopePage.REQUIREMENTS);
		TreeItem user = requirements.getTree().getItem(RequirementKind.USER_VALUE);
		Gestures.click(requirements.getTree(), user, 0);
		int before = model.project.getCrm().getRequirements().size();
		Gestures.click(Widgets.button(window.shell, "Add requirement"));
		window.settle();
		assertEquals(before + 1, model.project.getCrm().getRequirements().size());
		Requirement added = model.project.getCrm().getRequirements().get(before);
		assertEquals(RequirementKind.USER, added.getKind());
		assertEquals("UR-03", added.getIdentifier());
		assertEquals("Add requirement UR-03", model.undoLabel());
		assertEquals("the matrix has a column for it", before + 2, ((TableViewer) page.viewer(ScopePage.TRACEABILITY)).getTable().getColumnCount());
		model.domain.getCommandStack().undo();
		window.settle();
		assertEquals(before, model.project.getCrm().getRequirements().size());
		assertEquals(before + 1, ((TableViewer) page.viewer(ScopePage.TRACEABILITY)).getTable().getColumnCount());
	}

	private static int focusColumn(TableViewer viewer) {
		var cell = viewer.getColumnViewerEditor().getFocusCell();
		return cell == null ? 0 : cell.getColumnIndex();
	}

	private String totalText() {
		Composite section = ((TableViewer) page.viewer(ScopePage.BUDGET)).getTable().getParent().getParent();
		for (Control child : section.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label label && label.getText().startsWith("Total")) {
				return label.getText();
			}
		}
		throw new AssertionError("no total");
	}

	private static int rowCount(Control control) {
		return control instanceof Table table ? table.getItemCount() : ((org.eclipse.swt.widgets.Tree) control).getItemCount();
	}


}
