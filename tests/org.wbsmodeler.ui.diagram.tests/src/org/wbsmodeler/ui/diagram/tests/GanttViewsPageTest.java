package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.diagram.gantt.GanttViews;
import org.wbsmodeler.diagram.gantt.Timescale;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.view.ViewFilter;
import org.wbsmodeler.ui.diagram.gantt.GanttPage;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Screenshots;

/**
 * The example's shipped views chosen in the Gantt page's view selector: each keeps the rows its filter keeps (with
 * the summaries above them), shows its columns and its timescale; "All tasks" brings every row back. Screenshots of
 * each, for people to look at.
 */
public class GanttViewsPageTest {

	private EditorFixture fixture;
	private GanttPage page;

	@Before
	public void open() throws Exception {
		fixture = EditorFixture.openExample();
		// the editor alone on the screen, as someone presenting a view would have it
		fixture.page.setPartState(fixture.page.getReference(fixture.editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		page = GanttTabs.open(fixture);
	}

	@After
	public void close() throws Exception {
		fixture.close();
	}

	@Test
	public void eachShippedViewAppliesItsFilterColumnsAndTimescale() {
		int all = OutlineIndex.of(fixture.model()).size();
		assertEquals("without a view every row", all, page.chart().rowCount());
		Screenshots.save(fixture.shell(), "gantt-example-all-tasks");
		Combo selector = page.viewSelector();
		List<String> items = List.of(selector.getItems());
		assertEquals(GanttPage.ALL_TASKS, items.get(0));
		for (String name : List.of("Steering committee", "IT team lead", "Critical path")) {
			assertTrue(name + " is offered", items.contains(name));
			choose(selector, name);
			View view = ViewFilter.find(fixture.model(), name);
			assertEquals(view, page.view());
			List<WbsElement> kept = ViewFilter.apply(fixture.model(), OutlineIndex.of(fixture.model()), view,
					e -> page.totals(e) != null && page.totals(e).critical()).kept();
			assertTrue(name + " keeps some rows, not all", !kept.isEmpty() && kept.size() < all);
			List<WbsElement> shown = new ArrayList<>();
			page.chart().rows().forEach(r -> shown.add(r.element()));
			assertEquals(name + ": the chart's rows are the view's", kept, shown);
			assertEquals(kept.size(), page.table().getItemCount());
			assertEquals(GanttViews.timescale(view), page.timescale());
			List<String> titles = new ArrayList<>();
			for (TableColumn column : page.table().getColumns()) {
				titles.add(column.getText());
			}
			assertEquals(name + ": columns", expectedTitles(view), titles);
			assertTitlesWhole(name);
			assertEquals(name + ": the caption says which rows these are", name + ": " + kept.size() + " of " + all + " rows", page.caption());
			assertEquals(name + ": the Plan tree shows the same rows", codes(kept), fixture.planRows());
			Screenshots.save(fixture.shell(), "gantt-example-" + name.toLowerCase().replace(' ', '-'));
		}
		choose(selector, GanttPage.ALL_TASKS);
		assertEquals(all, page.chart().rowCount());
		assertEquals("the Plan tree shows every row again", all, fixture.planRows().size());
		assertEquals(Timescale.WEEK, page.timescale());
	}

	@Test
	public void theBaselineSelectorDrawsASavedBaselineUnderTheBarsAndUndoTakesItAway() throws Exception {
		Combo baselines = page.baselineSelector();
		assertEquals("only (none) before a baseline is saved", List.of("(none)"), List.of(baselines.getItems()));
		assertTrue(page.chart().rows().stream().noneMatch(r -> page.chart().bar(r.index()) != null && page.chart().bar(r.index()).hasBaseline()));
		var domain = fixture.editor.getEditingDomain();
		domain.getCommandStack().execute(org.wbsmodeler.ui.tasks.BaselineCommands.save(domain, fixture.model(), "Approved plan",
				java.time.LocalDateTime.of(2026, 1, 5, 8, 0)));
		fixture.flush();
		assertEquals(List.of("(none)", "Approved plan"), List.of(baselines.getItems()));
		choose(baselines, "Approved plan");
		assertEquals(0, page.baseline());
		long withBaseline = page.chart().rows().stream()
				.filter(r -> page.chart().bar(r.index()) != null && page.chart().bar(r.index()).hasBaseline()).count();
		long bars = page.chart().rows().stream().filter(r -> page.chart().bar(r.index()) != null).count();
		assertEquals("every bar has its baseline bar (nothing moved since the save)", bars, withBaseline);
		Screenshots.save(fixture.shell(), "gantt-example-baseline");
		domain.getCommandStack().undo();
		fixture.flush();
		assertEquals("the undone baseline is no longer offered", List.of("(none)"), List.of(baselines.getItems()));
		assertTrue("nor drawn", page.chart().rows().stream().noneMatch(r -> page.chart().bar(r.index()) != null && page.chart().bar(r.index()).hasBaseline()));
	}

	/** No column title is cut: each column is at least as wide as its title in the table's font. */
	/**
	 * Issue 20, point 5: after many edits (deletes, inserts, indents, undos) with deleted rows still selected in the
	 * Plan, switching views on the Gantt page used to end in a NullPointerException in the Plan's lazy tree.
	 */
	@Test
	public void switchingViewsAfterManyEditsDeletesAndUndosKeepsBothTablesRight() throws Exception {
		var session = fixture.editor.session();
		var structure = session.rules().structure();
		var stack = session.domain().getCommandStack();
		Combo selector = page.viewSelector();
		for (int round = 0; round < 6; round++) {
			List<WbsElement> rows = OutlineIndex.of(fixture.model()).elements();
			WbsElement victim = rows.get(3 + round * 5 % (rows.size() - 4));
			fixture.editor.planPage().reveal(List.of(victim));
			assertTrue(session.run(structure.delete(List.of(victim)), "delete"));
			// the deleted row (and its subtree) stays what the Plan last had selected
			choose(selector, round % 2 == 0 ? "Critical path" : "IT team lead");
			assertTrue(session.run(() -> structure.insertTask(rows.get(1))));
			session.run(() -> structure.indent(List.of(rows.get(7))));
			choose(selector, "Steering committee");
			stack.undo();
			if (round % 2 == 0) {
				stack.undo();
				stack.undo();
			}
			choose(selector, GanttPage.ALL_TASKS);
			session.run(() -> structure.outdent(List.of(victim)));
			choose(selector, "Critical path");
		}
		for (String name : List.of("Steering committee", "IT team lead", "Critical path", GanttPage.ALL_TASKS)) {
			choose(selector, name);
			View view = ViewFilter.find(fixture.model(), name);
			List<WbsElement> kept = view == null ? OutlineIndex.of(fixture.model()).elements()
					: ViewFilter.apply(fixture.model(), OutlineIndex.of(fixture.model()), view, e -> page.totals(e) != null && page.totals(e).critical()).kept();
			assertEquals(name + ": the Gantt table", kept.size(), page.table().getItemCount());
			assertEquals(name + ": the Plan tree shows the same rows", codes(kept), fixture.planRows());
		}
		Screenshots.save(fixture.shell(), "gantt-views-after-many-edits");
	}

	private void assertTitlesWhole(String view) {
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(page.table());
		try {
			gc.setFont(page.table().getFont());
			for (TableColumn column : page.table().getColumns()) {
				int title = gc.textExtent(column.getText()).x;
				assertTrue(view + ": \"" + column.getText() + "\" is " + column.getWidth() + " px wide for a title of " + title + " px",
						column.getWidth() >= title + 12);
			}
		} finally {
			gc.dispose();
		}
	}

	/** Rows as {@link EditorFixture#planRows()} writes them: "code name". */
	private List<String> codes(List<WbsElement> elements) {
		List<String> rows = new ArrayList<>();
		for (WbsElement e : elements) {
			rows.add(org.wbsmodeler.ui.plan.Codes.of(e) + " " + e.getName());
		}
		return rows;
	}

	private List<String> expectedTitles(View view) {
		List<String> titles = new ArrayList<>(List.of("WBS", "Task Name"));
		for (var c : GanttViews.columns(view)) {
			String title = c.title();
			if (!titles.contains(title)) {
				titles.add(title);
			}
		}
		return titles;
	}

	/** Picks an entry as the user does: the combo's selection changes and it says so. */
	private void choose(Combo combo, String name) {
		combo.select(List.of(combo.getItems()).indexOf(name));
		Event event = new Event();
		combo.notifyListeners(SWT.Selection, event);
		fixture.flush();
	}
}
