package org.wbsmodeler.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.junit.Test;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.view.RowText;
import org.wbsmodeler.ui.plan.PlanPage;
import org.wbsmodeler.ui.rows.FindBar;

/**
 * Find on the Plan (Ctrl+F) with real keys: Enter and F3 go to the next match, Shift+Enter and Shift+F3 to the
 * previous, around the plan; the match is the editor's selection (so Properties and the other pages follow); a text
 * found nowhere says "No match"; Esc closes the bar and gives the rows the focus back.
 */
public class PlanFindTest {

	@Test
	public void ctrlFFindsByResourceGoesBothWaysWrapsAndEscCloses() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			PlanPage plan = fixture.editor.planPage();
			OutlineIndex outline = OutlineIndex.of(fixture.model());
			String needle = "data specialist";
			List<WbsElement> matches = outline.elements().stream().filter(e -> RowText.contains(e, outline.code(e), needle)).toList();
			assertTrue("the example has tasks for the data specialist: " + matches.size(), matches.size() >= 3);
			WbsElement first = outline.elements().get(0);
			Input.click(fixture.item(first), 1);
			FindBar find = plan.findBar();
			assertFalse(find.isOpen());
			Input.ctrl(fixture.display(), 'f');
			assertTrue("Ctrl+F opens the Find bar", fixture.waitUntil(find::isOpen, 5_000));
			assertTrue("the text has the focus", fixture.waitUntil(() -> find.text().isFocusControl(), 5_000));
			Input.type(fixture.display(), needle);
			Input.key(fixture.display(), SWT.CR, 0);
			assertSelected(fixture, matches.get(0));
			assertEquals("1 of " + matches.size(), find.message());
			Screenshots.save(fixture.shell(), "plan-find-first-match");
			Input.key(fixture.display(), SWT.CR, 0);
			assertSelected(fixture, matches.get(1));
			Input.key(fixture.display(), SWT.CR, SWT.SHIFT);
			assertSelected(fixture, matches.get(0));
			Input.key(fixture.display(), SWT.F3, 0);
			assertSelected(fixture, matches.get(1));
			Input.key(fixture.display(), SWT.F3, SWT.SHIFT);
			Input.key(fixture.display(), SWT.F3, SWT.SHIFT);
			assertSelected(fixture, matches.get(matches.size() - 1));
			assertEquals("previous from the first wraps to the last", matches.size() + " of " + matches.size() + " (wrapped)", find.message());
			Input.key(fixture.display(), SWT.F3, 0);
			assertSelected(fixture, matches.get(0));
			assertTrue(find.message().endsWith("(wrapped)"));
			find.text().selectAll();
			Input.type(fixture.display(), "qqxz");
			Input.key(fixture.display(), SWT.CR, 0);
			assertEquals("No match", find.message());
			assertSelected(fixture, matches.get(0));
			Screenshots.save(fixture.shell(), "plan-find-no-match");
			Input.key(fixture.display(), SWT.ESC, 0);
			assertTrue("Esc closes the bar", fixture.waitUntil(() -> !find.isOpen(), 5_000));
			assertTrue("the rows have the focus back", fixture.tree().isFocusControl());
		}
	}

	/** The match is the editor's selection (what Properties, the Outline and the other pages follow) and on screen. */
	private static void assertSelected(EditorFixture fixture, WbsElement expected) {
		fixture.waitUntil(() -> selection(fixture).size() == 1 && selection(fixture).get(0) == expected, 5_000);
		fixture.flush();
		assertEquals(expected.getName(), 1, selection(fixture).size());
		assertSame(expected.getName(), expected, selection(fixture).get(0));
		var item = (org.eclipse.swt.widgets.TreeItem) fixture.editor.planPage().viewer().testFindItem(expected);
		assertTrue("the match is revealed", item != null && fixture.tree().getClientArea().intersects(item.getBounds()));
	}

	private static List<?> selection(EditorFixture fixture) {
		return ((IStructuredSelection) fixture.editor.getSite().getSelectionProvider().getSelection()).toList();
	}
}
