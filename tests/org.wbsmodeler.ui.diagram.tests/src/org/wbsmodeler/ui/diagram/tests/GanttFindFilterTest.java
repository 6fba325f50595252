package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.view.RowFilter;
import org.wbsmodeler.model.view.RowText;
import org.wbsmodeler.model.view.ViewFilter;
import org.wbsmodeler.ui.diagram.gantt.GanttPage;
import org.wbsmodeler.ui.rows.FilterBar;
import org.wbsmodeler.ui.rows.FindBar;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Gestures;
import org.wbsmodeler.ui.tests.Input;
import org.wbsmodeler.ui.tests.Screenshots;

/**
 * The filter bar and Find on the Gantt page, with the Plan beside them in the same editor: a filter typed on the
 * Plan filters the Gantt chart too (the session's filter), the criteria combine, late tasks are those finishing
 * after the baseline, a filter works on top of a view, one click clears it; Ctrl+F finds on the Gantt table.
 */
public class GanttFindFilterTest {

	private EditorFixture fixture;

	@Before
	public void open() throws Exception {
		fixture = EditorFixture.openExample();
		fixture.page.setPartState(fixture.page.getReference(fixture.editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
	}

	@After
	public void close() throws Exception {
		fixture.close();
	}

	@Test
	public void aFilterTypedOnThePlanFiltersTheGanttCombinesAndClearsInOneClick() {
		FilterBar planBar = fixture.editor.planPage().filterBar();
		// the focus into the text as a Tab would put it (a click there missed while the maximized editor was laid out)
		planBar.text().setFocus();
		fixture.flush();
		Input.type(fixture.display(), "Business analyst");
		List<WbsElement> expected = kept(RowFilter.NONE.withText("Business analyst"), null);
		int all = OutlineIndex.of(fixture.model()).size();
		assertTrue(expected.size() + " of " + all, expected.size() > 2 && expected.size() < all);
		assertEquals("the Plan shows the matches under their summaries", codes(expected), fixture.planRows());
		assertEquals("Filtered: " + expected.size() + " of " + all + " rows", planBar.countText());
		Screenshots.save(fixture.shell(), "plan-filter-text");

		GanttPage gantt = GanttTabs.open(fixture);
		assertEquals("the Gantt shows the same rows", expected, chartRows(gantt));
		assertEquals("Business analyst", gantt.filterBar().text().getText());
		assertEquals(planBar.countText(), gantt.filterBar().countText());

		Gestures.click(gantt.filterBar().criticalCheck());
		List<WbsElement> critical = kept(RowFilter.NONE.withText("Business analyst").withCriticalOnly(true), null);
		assertTrue(fixture.waitUntil(() -> chartRows(gantt).equals(critical), 10_000));
		assertTrue("the Plan's bar shows it too", planBar.criticalCheck().getSelection());
		Screenshots.save(fixture.shell(), "gantt-filter-text-and-critical");

		Gestures.click(gantt.filterBar().clearLink());
		assertTrue("one click clears it", fixture.editor.session().filter().get().isEmpty());
		assertTrue(fixture.waitUntil(() -> gantt.chart().rowCount() == all, 10_000));
		assertEquals("", gantt.filterBar().countText());
		assertEquals("", planBar.text().getText());
	}

	@Test
	public void lateTasksFinishAfterTheBaselineAndAResourceFiltersOnTopOfAView() throws Exception {
		GanttPage gantt = GanttTabs.open(fixture);
		CommandStack stack = fixture.editor.session().domain().getCommandStack();
		stack.execute(org.wbsmodeler.ui.tasks.BaselineCommands.save(fixture.editor.session().domain(), fixture.model(), "Baseline", LocalDateTime.now()));
		WbsElement slipping = OutlineIndex.of(fixture.model()).leaves().stream().filter(e -> e.getDuration() > 0).findFirst().orElseThrow();
		stack.execute(fixture.editor.session().rules().tasks().setDuration(slipping, slipping.getDuration() + 5));
		fixture.flush();
		Gestures.click(gantt.filterBar().lateCheck());
		List<WbsElement> late = kept(RowFilter.NONE.withLateOnly(true), null);
		assertTrue("the longer task is late: " + names(late), late.contains(slipping));
		assertTrue("not every task is late", late.size() < OutlineIndex.of(fixture.model()).size());
		assertTrue(fixture.waitUntil(() -> chartRows(gantt).equals(late), 10_000));
		Screenshots.save(fixture.shell(), "gantt-filter-late");
		Gestures.click(gantt.filterBar().lateCheck());

		assertTrue(gantt.applyView("IT team lead"));
		Resource consultant = fixture.model().getResources().stream().filter(r -> "CRM consultant".equals(r.getName())).findFirst().orElseThrow();
		var combo = gantt.filterBar().resourceSelector();
		// a read-only combo's list cannot be driven by posted clicks under Xvfb: choose as the list does
		combo.select(List.of(combo.getItems()).indexOf("CRM consultant"));
		combo.notifyListeners(SWT.Selection, new Event());
		Set<WbsElement> viewRows = ViewFilter.apply(fixture.model(), OutlineIndex.of(fixture.model()), gantt.view(), this::critical).keptSet();
		List<WbsElement> both = kept(RowFilter.NONE.withResource(consultant), viewRows);
		assertTrue(fixture.waitUntil(() -> chartRows(gantt).equals(both), 10_000));
		assertTrue("the view's banner and the filter both say so", fixture.editor.planPage().banner().text() != null
				&& fixture.editor.planPage().filterBar().countText().startsWith("Filtered: " + both.size() + " of "));
		int all = OutlineIndex.of(fixture.model()).size();
		assertEquals("the caption counts the view's rows, the filter aside", "IT team lead: " + viewRows.size() + " of " + all + " rows", gantt.caption());
		assertEquals("the filter bar counts what the filter keeps", "Filtered: " + both.size() + " of " + all + " rows", gantt.filterBar().countText());
		Screenshots.save(fixture.shell(), "gantt-filter-resource-on-view");
	}

	@Test
	public void ctrlFOnTheGanttTableSelectsTheMatchForEveryPage() {
		GanttPage gantt = GanttTabs.open(fixture);
		OutlineIndex outline = OutlineIndex.of(fixture.model());
		List<WbsElement> matches = outline.elements().stream().filter(e -> RowText.contains(e, outline.code(e), "migrat")).toList();
		assertTrue(matches.size() >= 2);
		Gestures.click(gantt.table(), gantt.table().getItem(0), 1);
		Input.ctrl(fixture.display(), 'f');
		FindBar find = gantt.findBar();
		assertTrue("Ctrl+F opens the Find bar", fixture.waitUntil(() -> find.isOpen() && find.text().isFocusControl(), 5_000));
		Input.type(fixture.display(), "migrat");
		Input.key(fixture.display(), SWT.CR, 0);
		Input.key(fixture.display(), SWT.CR, 0);
		assertTrue(fixture.waitUntil(() -> selection().size() == 1 && selection().get(0) == matches.get(1), 5_000));
		assertSame(matches.get(1), gantt.chart().rows().get(gantt.table().getSelectionIndex()).element());
		assertEquals("2 of " + matches.size(), find.message());
		Screenshots.save(fixture.shell(), "gantt-find");
		Input.key(fixture.display(), SWT.ESC, 0);
		assertTrue(fixture.waitUntil(() -> !find.isOpen(), 5_000));
		assertTrue(gantt.table().isFocusControl());
		assertFalse(find.isOpen());
	}

	private List<?> selection() {
		return ((IStructuredSelection) fixture.editor.getSite().getSelectionProvider().getSelection()).toList();
	}

	private boolean critical(WbsElement e) {
		var totals = fixture.editor.session().schedule().totals(e);
		return totals != null && totals.critical();
	}

	/** What the filter keeps, worked out headless from the live schedule: what both pages must show. */
	private List<WbsElement> kept(RowFilter filter, Set<WbsElement> among) {
		OutlineIndex outline = OutlineIndex.of(fixture.model());
		var schedule = fixture.editor.session().schedule();
		Set<WbsElement> kept = filter.keep(outline, among,
				RowFilter.Facts.of(fixture.model(), this::critical, e -> schedule.totals(e) == null ? null : schedule.totals(e).finish()));
		return outline.elements().stream().filter(kept::contains).toList();
	}

	private static List<WbsElement> chartRows(GanttPage page) {
		List<WbsElement> rows = new ArrayList<>();
		page.chart().rows().forEach(r -> rows.add(r.element()));
		return rows;
	}

	private static List<String> codes(List<WbsElement> elements) {
		return elements.stream().map(e -> org.wbsmodeler.model.util.WbsCodes.codeOf(e) + " " + e.getName()).toList();
	}

	private static List<String> names(List<WbsElement> elements) {
		return elements.stream().map(WbsElement::getName).toList();
	}
}
