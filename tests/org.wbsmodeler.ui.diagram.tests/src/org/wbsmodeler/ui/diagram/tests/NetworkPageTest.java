package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.diagram.columns.PlanColumn;
import org.wbsmodeler.ui.diagram.network.NetworkPage;
import org.wbsmodeler.ui.diagram.viewer.DiagramViewer;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Input;
import org.wbsmodeler.ui.tests.Screenshots;

/** The network page driven with real mouse and key events: link by drag, the refused cycle, delete, the critical path. */
public class NetworkPageTest {

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

	/**
	 * The Plan behind the Network does not relabel its rows at every edit (GTK pays a call per row, hidden or not);
	 * it does when it comes back to the front, so what was edited on the Network shows there.
	 */
	@Test
	public void editsMadeWhileTheNetworkIsInFrontShowInThePlanWhenItComesBack() throws Exception {
		WbsElement docs = fixture.element("2.3");
		DiagramTabs.open(fixture, "Plan");
		String finishBefore = fixture.cell(docs, PlanColumn.FINISH);
		DiagramTabs.open(fixture, "Network");
		var domain = fixture.editor.getEditingDomain();
		domain.getCommandStack().execute(SetCommand.create(domain, docs, WbsPackage.Literals.WBS_ELEMENT__NAME, "Docs renamed on the network"));
		domain.getCommandStack().execute(SetCommand.create(domain, docs, WbsPackage.Literals.WBS_ELEMENT__DURATION, docs.getDuration() + 3));
		fixture.flush();
		DiagramTabs.open(fixture, "Plan");
		assertEquals("Docs renamed on the network", fixture.cell(docs, PlanColumn.NAME));
		assertTrue("the finish moved: " + finishBefore, !finishBefore.equals(fixture.cell(docs, PlanColumn.FINISH)));
		Screenshots.save(fixture.shell(), "plan-after-network-edits");
	}

	@Test
	public void drawsTheCriticalPathWithOnlyDrivingLinksRed() throws Exception {
		Screenshots.save(fixture.shell(), "network");
		assertTrue("Code is critical", viewer.node(fixture.element("2.1")).getStyle().critical());
		assertTrue("Docs has float", !viewer.node(fixture.element("2.3")).getStyle().critical());
		Map<DiagramNode, Integer> criticalInto = new HashMap<>();
		for (DiagramEdge edge : viewer.diagram().getEdges()) {
			if (edge.getStyle().critical()) {
				criticalInto.merge(edge.getTarget(), 1, Integer::sum);
			}
		}
		assertEquals("1.2, 2.1, 2.2 and 3 each have their driving link red", 4, criticalInto.size());
		criticalInto.values().forEach(n -> assertEquals("one driving link per critical task", 1, n.intValue()));
	}

	@Test
	public void dragFromOneTaskToAnotherLinksThemAndTheCriticalPathRecolours() throws Exception {
		WbsElement docs = fixture.element("2.3");
		WbsElement test = fixture.element("2.2");
		assertTrue(!viewer.node(docs).getStyle().critical());
		DiagramInput.click(viewer.control(), DiagramInput.centre(viewer, test), 0);
		DiagramInput.drag(viewer.control(), DiagramInput.centre(viewer, test), DiagramInput.centre(viewer, docs), 1);
		fixture.flush();
		Dependency link = docs.getPredecessors().stream().filter(d -> d.getPredecessor() == test).findFirst().orElse(null);
		assertNotNull("Docs now depends on Test", link);
		assertEquals(DependencyType.FS, link.getType());
		assertNotNull("the new link is drawn", viewer.edge(link));
		assertTrue("Docs is now on the critical path", viewer.node(docs).getStyle().critical());
		Screenshots.save(fixture.shell(), "network-linked");

		Input.ctrl(fixture.display(), 'z');
		fixture.flush();
		assertTrue(docs.getPredecessors().stream().noneMatch(d -> d.getPredecessor() == test));
		assertTrue(!viewer.node(docs).getStyle().critical());
	}

	@Test
	public void aLinkThatClosesACycleIsRefusedAndTheCycleNamed() throws Exception {
		WbsElement spec = fixture.element("1.1");
		WbsElement test = fixture.element("2.2");
		Object before = fixture.editor.getEditingDomain().getCommandStack().getUndoCommand();
		DiagramInput.click(viewer.control(), DiagramInput.centre(viewer, test), 0);
		DiagramInput.drag(viewer.control(), DiagramInput.centre(viewer, test), DiagramInput.centre(viewer, spec), 1);
		fixture.flush();
		assertTrue(spec.getPredecessors().isEmpty());
		assertSame("nothing ran", before, fixture.editor.getEditingDomain().getCommandStack().getUndoCommand());
		String status = fixture.editor.statusMessage();
		assertTrue(status, status.contains("cycle") && status.contains("Spec") && status.contains("Test"));
	}

	@Test
	public void selectALinkAndDeleteIt() throws Exception {
		WbsElement docs = fixture.element("2.3");
		Dependency link = docs.getPredecessors().get(0);
		var route = viewer.edge(link).getRoute();
		var a = route.get(route.size() / 2 - 1 < 0 ? 0 : route.size() / 2 - 1);
		var b = route.get(route.size() / 2);
		double x = (a.x() + b.x()) / 2, y = (a.y() + b.y()) / 2;
		var at = new org.eclipse.swt.graphics.Point((int) Math.round(viewer.viewport().toScreenX(x)), (int) Math.round(viewer.viewport().toScreenY(y)));
		DiagramInput.click(viewer.control(), at, 0);
		assertEquals(List.of(link), viewer.selection());
		Input.key(fixture.display(), SWT.DEL, 0);
		fixture.flush();
		assertTrue(docs.getPredecessors().isEmpty());
		var stack = fixture.editor.getEditingDomain().getCommandStack();
		assertTrue("the delete can be undone", stack.canUndo());
		Input.ctrl(fixture.display(), 'z');
		// posted keys come back through the X server: on a busy machine later than the event loop looks idle
		fixture.waitUntil(() -> docs.getPredecessors().size() == 1, 10_000);
		fixture.flush();
		assertEquals("undone (undo command now " + (stack.getUndoCommand() == null ? null : stack.getUndoCommand().getLabel()) + ", focus "
				+ fixture.display().getFocusControl() + ", active shell " + fixture.display().getActiveShell() + ")", 1, docs.getPredecessors().size());
	}

	@Test
	public void aSelectedBoxStaysSelectedAndEveryBoxStaysPutThroughAnEditAnInsertAndADelete() throws Exception {
		WbsElement code = fixture.element("2.1");
		DiagramNode box = viewer.node(code);
		var at = new org.eclipse.swt.graphics.Point((int) Math.round(viewer.viewport().toScreenX(box.getCenterX())),
				(int) Math.round(viewer.viewport().toScreenY(box.getCenterY())));
		DiagramInput.click(viewer.control(), at, 0);
		assertEquals(List.of(code), viewer.selection());
		Map<WbsElement, double[]> places = places();
		var domain = fixture.editor.getEditingDomain();
		domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, code,
				org.wbsmodeler.model.WbsPackage.Literals.WBS_ELEMENT__DURATION, 7.0));
		fixture.flush();
		assertEquals("the same task stays selected", List.of(code), viewer.selection());
		assertStayed(places);

		// a new task before the selected one: every other box keeps its place, the new one gets room of its own
		domain.getCommandStack().execute(fixture.editor.session().rules().structure().insertTask(code));
		fixture.flush();
		assertTrue("an inserted task keeps the layout", page.built().layoutReused());
		assertStayed(places);
		WbsElement inserted = (WbsElement) domain.getCommandStack().getMostRecentCommand().getAffectedObjects().iterator().next();
		DiagramNode added = viewer.node(inserted);
		assertNotNull("the new task is drawn", added);
		for (DiagramNode other : viewer.diagram().getNodes()) {
			assertTrue("the new box overlaps " + other, other == added || other.isContainer() || !added.overlaps(other));
		}
		Screenshots.save(fixture.shell(), "network-task-inserted");

		domain.getCommandStack().execute(fixture.editor.session().rules().structure().delete(List.of(inserted)));
		fixture.flush();
		assertTrue("a deleted task keeps the layout", page.built().layoutReused());
		assertStayed(places);
		assertEquals("the selection is still the task", List.of(code), viewer.selection());
	}

	private Map<WbsElement, double[]> places() {
		Map<WbsElement, double[]> places = new HashMap<>();
		for (WbsElement element : org.wbsmodeler.model.outline.OutlineIndex.of(fixture.model()).elements()) {
			DiagramNode node = viewer.node(element);
			if (node != null) {
				places.put(element, new double[] { node.getX(), node.getY() });
			}
		}
		return places;
	}

	private void assertStayed(Map<WbsElement, double[]> places) {
		places.forEach((element, at) -> {
			assertNotNull(element.getName() + " is drawn", viewer.node(element));
			assertEquals(element.getName(), at[0], viewer.node(element).getX(), 0.001);
			assertEquals(element.getName(), at[1], viewer.node(element).getY(), 0.001);
		});
	}

	@Test
	public void aDurationEditKeepsTheLayoutANewLinkIsRoutedAmongTheBoxesAndArrangeLaysOutAgain() throws Exception {
		WbsElement code = fixture.element("2.1");
		double x = viewer.node(code).getX();
		double y = viewer.node(code).getY();
		var stack = fixture.editor.getEditingDomain().getCommandStack();
		stack.execute(org.eclipse.emf.edit.command.SetCommand.create(fixture.editor.getEditingDomain(), code,
				org.wbsmodeler.model.WbsPackage.Literals.WBS_ELEMENT__DURATION, 6.0));
		fixture.flush();
		assertTrue("same shape: the layout is kept", page.built().layoutReused());
		assertEquals(x, viewer.node(code).getX(), 0.001);
		assertEquals(y, viewer.node(code).getY(), 0.001);
		assertTrue("the new dates are drawn", viewer.node(code).getLabel().contains("6 d"));

		Map<WbsElement, double[]> places = places();
		WbsElement spec = fixture.element("1.1");
		WbsElement docs = fixture.element("2.3");
		stack.execute(fixture.editor.session().rules().links().link(List.of(spec), docs));
		fixture.flush();
		assertTrue("only an arrow more: the boxes stay", page.built().layoutReused());
		assertStayed(places);
		Dependency link = docs.getPredecessors().stream().filter(d -> d.getPredecessor() == spec).findFirst().orElseThrow();
		DiagramEdge arrow = viewer.edge(link);
		assertNotNull("the new link is drawn", arrow);
		var route = arrow.getRoute();
		assertEquals("leaves Spec on its right side", viewer.node(spec).getRight(), route.get(0).x(), 0.001);
		assertEquals("enters Docs on its left side", viewer.node(docs).getX(), route.get(route.size() - 1).x(), 0.001);
		for (int i = 1; i < route.size(); i++) {
			var a = route.get(i - 1);
			var b = route.get(i);
			assertTrue("orthogonal", Math.abs(a.x() - b.x()) < 0.001 || Math.abs(a.y() - b.y()) < 0.001);
			for (DiagramNode node : viewer.diagram().getNodes()) {
				if (node != arrow.getSource() && node != arrow.getTarget() && !node.isContainer()) {
					boolean crosses = Math.max(a.x(), b.x()) > node.getX() && Math.min(a.x(), b.x()) < node.getRight()
							&& Math.max(a.y(), b.y()) > node.getY() && Math.min(a.y(), b.y()) < node.getBottom();
					assertTrue("the new arrow crosses no box: " + node, !crosses);
				}
			}
		}
		Screenshots.save(fixture.shell(), "network-link-routed");
		page.arrange();
		fixture.flush();
		assertTrue("Arrange: laid out afresh", !page.built().layoutReused());
		assertNotNull(viewer.edge(link));
	}

	@Test
	public void tooltipsSayWhyATaskIsCriticalOrNot() throws Exception {
		String code = page.tooltip(fixture.element("2.1"));
		assertTrue(code, code.contains("Total float 0 d") && code.contains("Critical, because:") && code.contains("waits for 1.2 Review"));
		String docs = page.tooltip(fixture.element("2.3"));
		assertTrue(docs, docs.contains("Not critical") && docs.contains("Total float 6 d"));
	}

	@Test
	public void typeAndLagOfALinkAreCommandsAndRelabelTheArrow() throws Exception {
		WbsElement docs = fixture.element("2.3");
		Dependency link = docs.getPredecessors().get(0);
		var stack = fixture.editor.getEditingDomain().getCommandStack();
		stack.execute(page.edits().setType(link, DependencyType.SS));
		stack.execute(page.edits().setLag(link, 2));
		fixture.flush();
		assertEquals("SS +2 d", viewer.edge(link).getLabel());
		stack.undo();
		stack.undo();
		fixture.flush();
		assertNull("a plain finish-to-start link is drawn unlabelled", viewer.edge(link).getLabel());
	}
}
