package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.diagram.network.NetworkPage;
import org.wbsmodeler.ui.diagram.viewer.DiagramViewer;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Gestures;
import org.wbsmodeler.ui.tests.Input;
import org.wbsmodeler.ui.tests.Screenshots;

/**
 * A link selected on the Network page is edited in the real Properties view: its Type through the combo cell
 * editor, its Lag typed into the text cell editor. Each is one command on the editor's stack; the plan is rescheduled
 * (Docs moves), the critical path recolours, and undo brings everything back.
 */
public class NetworkPropertiesTest {

	private EditorFixture fixture;
	private NetworkPage page;
	private DiagramViewer viewer;

	@Before
	public void open() throws Exception {
		fixture = EditorFixture.open(DemoModel.bytes());
		page = (NetworkPage) DiagramTabs.open(fixture, "Network");
		viewer = page.viewer();
		viewer.viewport().zoomAt(0.8, 0, 0);
		fixture.flush();
	}

	@After
	public void close() throws Exception {
		fixture.close();
	}

	@Test
	public void typeAndLagOfALinkAreEditedInPropertiesAndTheScheduleFollows() {
		WbsElement docs = fixture.element("2.3");
		Dependency link = docs.getPredecessors().get(0);
		LocalDateTime docsStart = earlyStart(docs);
		assertTrue("Docs has float", !viewer.node(docs).getStyle().critical());

		DiagramInput.click(viewer.control(), onArrow(link), 0);
		assertEquals(List.of(link), viewer.selection());
		PropertySheet sheet = (PropertySheet) fixture.page.findView(IPageLayout.ID_PROP_SHEET);
		Tree properties = (Tree) ((PropertySheetPage) sheet.getCurrentPage()).getControl();
		fixture.flush();
		assertEquals("the Properties view shows the selected link", "FS", row(properties, "Type").getText(1));

		// Type: select its row, Enter opens its combo (the view's own key; a click would too, but on GTK 3 under Xvfb
		// a posted click reaches the tree's listeners at the wrong place, while the row selection it makes is right),
		// one step down is SS (the literals' order), Enter applies
		fixture.page.activate(sheet);
		fixture.flush();
		Gestures.click(properties, row(properties, "Type"), 0);
		Gestures.key(fixture.display(), SWT.CR, '\r');
		assertTrue("a combo on Type: " + fixture.display().getFocusControl(), inCellEditor(properties, CCombo.class));
		Gestures.key(fixture.display(), SWT.ARROW_DOWN, (char) 0);
		Gestures.key(fixture.display(), SWT.CR, '\r');
		fixture.flush();
		assertEquals(DependencyType.SS, link.getType());
		assertTrue("start-to-start: Docs may start with Review, earlier than before", earlyStart(docs).isBefore(docsStart));
		assertEquals("SS", viewer.edge(link).getLabel());

		// Lag: typed into the text cell editor; SS +8 d puts Docs' finish on Launch's day: no float left
		Gestures.click(properties, row(properties, "Lag"), 0);
		Gestures.key(fixture.display(), SWT.CR, '\r');
		assertTrue("a text field on Lag: " + fixture.display().getFocusControl(), inCellEditor(properties, Text.class));
		Input.type(fixture.display(), "8");
		Gestures.key(fixture.display(), SWT.CR, '\r');
		fixture.flush();
		assertEquals(8.0, link.getLag(), 1e-9);
		assertEquals("SS +8 d", viewer.edge(link).getLabel());
		assertTrue("Docs moved later than at first", earlyStart(docs).isAfter(docsStart));
		assertTrue("Docs is now critical", viewer.node(docs).getStyle().critical());
		assertTrue("and its link, which drives it, is drawn critical", viewer.edge(link).getStyle().critical());
		Screenshots.save(fixture.shell(), "network-link-edited-in-properties");

		fixture.page.activate(fixture.editor);
		fixture.flush();
		Input.ctrl(fixture.display(), 'z');
		Input.ctrl(fixture.display(), 'z');
		fixture.flush();
		assertEquals(DependencyType.FS, link.getType());
		assertEquals(0.0, link.getLag(), 1e-9);
		assertEquals(docsStart, earlyStart(docs));
		assertTrue("Docs has its float back", !viewer.node(docs).getStyle().critical());
		assertTrue(!viewer.edge(link).getStyle().critical());
		assertNull("a plain finish-to-start link is drawn unlabelled", viewer.edge(link).getLabel());
	}

	/** Whether the focus is in a cell editor of this kind (a control on the tree, not the tree). */
	private boolean inCellEditor(Tree properties, Class<? extends Control> kind) {
		for (Control focus = fixture.display().getFocusControl(); focus != null && focus != properties; focus = focus.getParent()) {
			if (kind.isInstance(focus)) {
				return true;
			}
		}
		return false;
	}

	/** Docs' early start in the live schedule the page draws. */
	private LocalDateTime earlyStart(WbsElement element) {
		fixture.waitUntil(() -> page.built().generation() == page.refresher().generation(), 5000);
		// the page draws the editor's live schedule: what it drew is what the session's schedule says
		assertNotNull(fixture.editor.session().schedule().totals(element));
		return fixture.editor.session().schedule().totals(element).start();
	}

	/** A point in the middle of the arrow's route, in canvas pixels. */
	private Point onArrow(Dependency link) {
		var route = viewer.edge(link).getRoute();
		var a = route.get(Math.max(0, route.size() / 2 - 1));
		var b = route.get(route.size() / 2);
		double x = (a.x() + b.x()) / 2, y = (a.y() + b.y()) / 2;
		return new Point((int) Math.round(viewer.viewport().toScreenX(x)), (int) Math.round(viewer.viewport().toScreenY(y)));
	}

	/** The Properties row with this name (rows under categories included, expanded). */
	private static TreeItem row(Tree properties, String name) {
		for (TreeItem item : properties.getItems()) {
			TreeItem found = row(item, name);
			if (found != null) {
				return found;
			}
		}
		throw new AssertionError("no property " + name);
	}

	private static TreeItem row(TreeItem item, String name) {
		if (item.getText(0).equals(name)) {
			return item;
		}
		item.setExpanded(true);
		for (TreeItem child : item.getItems()) {
			TreeItem found = row(child, name);
			if (found != null) {
				return found;
			}
		}
		return null;
	}
}
