package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.ui.diagram.viewer.DiagramViewer;
import org.wbsmodeler.ui.diagram.wbs.WbsChartPage;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Screenshots;

/**
 * Issue 20, point 4: a box's tooltip tells what is true when it shows (not what was true when the pointer arrived),
 * and goes away on an edit and on a press, so it neither lies nor covers a drop target.
 */
public class LiveTooltipTest {

	private EditorFixture fixture;
	private DiagramViewer viewer;

	@Before
	public void open() throws Exception {
		fixture = EditorFixture.open(DemoModel.bytes());
		viewer = ((WbsChartPage) DiagramTabs.open(fixture, "WBS chart")).viewer();
		viewer.viewport().zoomAt(1, 0, 0);
		fixture.flush();
	}

	@After
	public void close() throws Exception {
		fixture.close();
	}

	/** The text of the tooltip on screen, or null when none shows. */
	private String shownTooltip() {
		for (Shell shell : fixture.display().getShells()) {
			if (shell.isVisible() && shell.getParent() == viewer.control().getShell() && shell.getMenuBar() == null) {
				String text = labelText(shell);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	private static String labelText(org.eclipse.swt.widgets.Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label && !label.getText().isEmpty()) {
				return label.getText();
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite && labelText(composite) != null) {
				return labelText(composite);
			}
		}
		return null;
	}

	@Test
	public void theTooltipIsWorkedOutWhenShownAndGoesOnAnEditAndOnAPress() {
		WbsElement code = fixture.element("2.1");
		Point centre = DiagramInput.centre(viewer, code);
		viewer.tooltip().show(centre);
		fixture.waitUntil(() -> shownTooltip() != null, 5_000);
		String before = shownTooltip();
		assertNotNull("a tooltip over the box", before);
		assertEquals(viewer.tooltip().textOf(code), before);
		Screenshots.save(fixture.shell(), "wbs-chart-tooltip");

		fixture.editor.session().run(SetCommand.create(fixture.editor.getEditingDomain(), code, WbsPackage.Literals.WBS_ELEMENT__DURATION, 8.0), "refused");
		assertTrue("an edit hides it", fixture.waitUntil(() -> shownTooltip() == null, 5_000));
		viewer.tooltip().show(centre);
		fixture.waitUntil(() -> shownTooltip() != null, 5_000);
		String after = shownTooltip();
		assertNotEquals("the new duration, not the one of the first showing", before, after);
		assertEquals(viewer.tooltip().textOf(code), after);
		assertTrue(after, after.contains("8"));

		DiagramInput.press(viewer.control(), centre);
		assertTrue("a press hides it", fixture.waitUntil(() -> shownTooltip() == null, 5_000));
		// after the release the pointer rests on the box again, so the tooltip may come back: with today's text
		DiagramInput.release(viewer.control(), viewer.control(), centre);
		String again = shownTooltip();
		assertTrue(again, again == null || again.equals(viewer.tooltip().textOf(code)));
	}
}
