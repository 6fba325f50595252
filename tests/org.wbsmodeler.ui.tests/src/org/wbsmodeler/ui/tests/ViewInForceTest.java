package org.wbsmodeler.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.WbsElement;

/** A view chosen on one page filters the Plan too, and the Plan says so: the view, its row count, one click to clear it. */
public class ViewInForceTest {

	@Test
	public void aViewInForceIsNamedWithItsRowCountAboveThePlanAndOneClickClearsIt() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			int all = fixture.planRows().size();
			assertNull("no view: no banner", fixture.editor.planPage().banner().text());
			View critical = fixture.model().getViews().stream().filter(v -> "Critical path".equals(v.getName())).findFirst().orElseThrow();
			fixture.editor.session().view().set(critical);
			fixture.flush();
			int shown = fixture.planRows().size();
			assertTrue(shown + " of " + all, shown > 0 && shown < all);
			int total = 0;
			for (var it = fixture.model().eAllContents(); it.hasNext();) {
				total += it.next() instanceof WbsElement ? 1 : 0;
			}
			String text = fixture.editor.planPage().banner().text();
			assertNotNull("the Plan says a view filters it", text);
			assertEquals("View 'Critical path' in force: " + shown + " of " + total + " rows shown", text);
			assertTrue("the banner is on screen", fixture.editor.planPage().banner().clearLink().isVisible());
			Screenshots.save(fixture.shell(), "plan-view-in-force-banner");
			Gestures.click(fixture.editor.planPage().banner().clearLink());
			fixture.flush();
			assertNull("cleared with one click", fixture.editor.session().view().get());
			assertNull(fixture.editor.planPage().banner().text());
			assertEquals(all, fixture.planRows().size());
		}
	}
}
