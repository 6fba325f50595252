package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Text;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.WbsCodes;
import org.wbsmodeler.ui.diagram.viewer.DiagramViewer;
import org.wbsmodeler.ui.diagram.wbs.WbsChartPage;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Input;
import org.wbsmodeler.ui.tests.Screenshots;

/** The WBS chart page driven with real mouse and key events: selection, reparent by drag, rename in place, delete. */
public class WbsChartPageTest {

	private EditorFixture fixture;
	private WbsChartPage page;
	private DiagramViewer viewer;

	@Before
	public void open() throws Exception {
		fixture = EditorFixture.open(DemoModel.bytes());
		page = (WbsChartPage) DiagramTabs.open(fixture, "WBS chart");
		viewer = page.viewer();
		viewer.viewport().zoomAt(1, 0, 0);
		fixture.flush();
	}

	@After
	public void close() throws Exception {
		fixture.close();
	}

	@Test
	public void drawsEveryElementFromTheLiveModel() {
		Screenshots.save(fixture.shell(), "wbs-chart");
		for (String code : List.of("1", "1.1", "1.2", "2", "2.1", "2.2", "2.3", "3")) {
			assertNotNull("a box for " + code, viewer.node(fixture.element(code)));
		}
		assertTrue("the paint reached the GC", viewer.lastPaintNanos() > 0);
	}

	@Test
	public void clickSelectsAndTheTreeFollows() {
		WbsElement code = fixture.element("2.1");
		DiagramInput.click(viewer.control(), DiagramInput.centre(viewer, code), 0);
		assertEquals(List.of(code), viewer.selection());
		assertEquals(List.of(code), ((IStructuredSelection) fixture.editor.getSite().getSelectionProvider().getSelection()).toList());
		WbsElement docs = fixture.element("2.3");
		DiagramInput.click(viewer.control(), DiagramInput.centre(viewer, docs), SWT.CTRL);
		assertEquals(List.of(code, docs), viewer.selection());

		DiagramTabs.open(fixture, "Plan");
		assertEquals(List.of(code, docs), fixture.editor.planPage().selectedRows());
		// and back: what is picked in the tree is selected on the chart
		fixture.editor.planPage().reveal(List.of(fixture.element("1.2")));
		fixture.flush();
		DiagramTabs.open(fixture, "WBS chart");
		assertEquals(List.of(fixture.element("1.2")), viewer.selection());
	}

	@Test
	public void marqueeSelectsTheBoxesInside() {
		Point spec = DiagramInput.centre(viewer, fixture.element("1.1"));
		Point review = DiagramInput.centre(viewer, fixture.element("1.2"));
		var specBox = viewer.screenBounds(fixture.element("1.1"));
		var reviewBox = viewer.screenBounds(fixture.element("1.2"));
		Point from = new Point(Math.min(specBox.x, reviewBox.x) - 8, Math.min(specBox.y, reviewBox.y) - 8);
		Point to = new Point(Math.max(specBox.x + specBox.width, reviewBox.x + reviewBox.width) + 8,
				Math.max(specBox.y + specBox.height, reviewBox.y + reviewBox.height) + 8);
		assertNull("the marquee starts on the background", viewer.objectAt(from.x, from.y));
		DiagramInput.drag(viewer.control(), from, to, 1);
		assertTrue(viewer.selection().contains(fixture.element("1.1")));
		assertTrue(viewer.selection().contains(fixture.element("1.2")));
		assertFalse(viewer.selection().contains(fixture.element("2.1")));
		assertTrue(spec.x != review.x || spec.y != review.y);
	}

	@Test
	public void dragOntoAnotherBoxReparentsAndUndoRestores() {
		WbsElement docs = fixture.element("2.3");
		WbsElement design = fixture.element("1");
		DiagramInput.click(viewer.control(), DiagramInput.centre(viewer, docs), 0);
		DiagramInput.drag(viewer.control(), DiagramInput.centre(viewer, docs), DiagramInput.centre(viewer, design), 1);
		fixture.flush();
		assertEquals("Docs moved under Design and got the next code", "1.3", WbsCodes.codeOf(docs));
		assertNotNull("the chart was laid out again with the box in its new place", viewer.node(docs));
		assertEquals(List.of(docs), viewer.selection());
		Screenshots.save(fixture.shell(), "wbs-chart-reparented");

		Input.ctrl(fixture.display(), 'z');
		fixture.flush();
		assertEquals("undo puts it back", "2.3", WbsCodes.codeOf(docs));
		assertEquals(fixture.element("2"), docs.eContainer());
	}

	@Test
	public void aDropOnATaskIsRefusedWithTheReason() {
		WbsElement docs = fixture.element("2.3");
		WbsElement code = fixture.element("2.1");
		Object before = undoCommand();
		DiagramInput.click(viewer.control(), DiagramInput.centre(viewer, docs), 0);
		DiagramInput.drag(viewer.control(), DiagramInput.centre(viewer, docs), DiagramInput.centre(viewer, code), 1);
		assertEquals("2.3", WbsCodes.codeOf(docs));
		org.junit.Assert.assertSame("nothing ran", before, undoCommand());
		assertTrue(fixture.editor.statusMessage(), fixture.editor.statusMessage().contains("cannot hold tasks"));
	}

	@Test
	public void renameInPlaceWithF2() {
		WbsElement spec = fixture.element("1.1");
		DiagramInput.click(viewer.control(), DiagramInput.centre(viewer, spec), 0);
		Input.key(fixture.display(), SWT.F2, 0);
		assertTrue("a text field is open over the box", fixture.display().getFocusControl() instanceof Text);
		Input.type(fixture.display(), "Specification");
		Input.key(fixture.display(), SWT.CR, 0);
		fixture.flush();
		assertEquals("Specification", spec.getName());
		assertTrue(undoLabelStartingWithRename(), undoLabelStartingWithRename().startsWith("Rename 1.1"));
	}

	@Test
	public void deleteTakesTheLinksAlongAndUndoBringsAllBack() {
		WbsElement review = fixture.element("1.2");
		WbsElement code = fixture.element("2.1");
		DiagramInput.click(viewer.control(), DiagramInput.centre(viewer, review), 0);
		Input.key(fixture.display(), SWT.DEL, 0);
		fixture.flush();
		assertNull("Review is gone", review.eResource());
		assertTrue("the link from Review to Code went with it", code.getPredecessors().isEmpty());
		assertNull(viewer.node(review));
		Input.ctrl(fixture.display(), 'z');
		// posted keys come back through the X server: on a busy machine later than the event loop looks idle
		fixture.waitUntil(() -> review.eResource() != null, 10_000);
		fixture.flush();
		assertNotNull(review.eResource());
		assertEquals(review, code.getPredecessors().get(0).getPredecessor());
		assertNotNull(viewer.node(review));
	}

	@Test
	public void insertAddsAChildAndCollapseHidesASubtree() {
		WbsElement build = fixture.element("2");
		DiagramInput.click(viewer.control(), DiagramInput.centre(viewer, build), 0);
		Input.key(fixture.display(), SWT.INSERT, 0);
		fixture.flush();
		assertEquals(4, ((org.wbsmodeler.model.WbsContainer) build).getChildren().size());
		WbsElement added = fixture.element("2.4");
		assertNotNull("the new box is drawn", viewer.node(added));
		assertEquals("the new box is selected", List.of(added), viewer.selection());
		var box = viewer.node(added);
		var size = viewer.control().getSize();
		var viewport = viewer.viewport();
		assertTrue("the new box is scrolled into view",
				viewport.toScreenX(box.getX()) >= 0 && viewport.toScreenX(box.getX() + box.getWidth()) <= size.x
						&& viewport.toScreenY(box.getY()) >= 0 && viewport.toScreenY(box.getY() + box.getHeight()) <= size.y);

		DiagramInput.click(viewer.control(), DiagramInput.centre(viewer, build), 0);
		Input.type(fixture.display(), "-");
		fixture.flush();
		assertTrue(page.isCollapsed(build));
		assertNull("children of a collapsed box are not drawn", viewer.node(fixture.element("2.1")));
		assertEquals("+4", viewer.node(build).getBadge());
		Screenshots.save(fixture.shell(), "wbs-chart-collapsed");
		// a relayout after an edit keeps it collapsed (state by model object, not by position)
		DiagramInput.click(viewer.control(), DiagramInput.centre(viewer, fixture.element("1.1")), 0);
		Input.key(fixture.display(), SWT.DEL, 0);
		fixture.flush();
		assertTrue(page.isCollapsed(build));
		assertNull(viewer.node(fixture.element("2.1")));
	}

	private Object undoCommand() {
		return fixture.editor.getEditingDomain().getCommandStack().getUndoCommand();
	}

	private String undoLabelStartingWithRename() {
		var command = fixture.editor.getEditingDomain().getCommandStack().getUndoCommand();
		return command == null ? null : command.getLabel();
	}
}
