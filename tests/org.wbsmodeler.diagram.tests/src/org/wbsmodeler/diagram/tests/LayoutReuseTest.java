package org.wbsmodeler.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.build.NetworkBuilder;
import org.wbsmodeler.diagram.build.PbsBuilder;
import org.wbsmodeler.diagram.layout.LayoutReuse;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.render.AwtTextMeasurer;
import org.wbsmodeler.diagram.render.NodeSizer;
import org.wbsmodeler.diagram.render.TextMeasurer;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Process;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.io.WbsResource;
import org.wbsmodeler.model.util.ElementIds;
import org.wbsmodeler.model.util.ModelBuilder;

/**
 * A network keeps its layout across edits, box by box, matched by the element a box stands for: a task inserted
 * before others, a task deleted, a duration changed each leave every other box where it was (and the new box in free
 * room, its arrows routed), where matching boxes by their place in the list would have laid everything out afresh.
 */
public class LayoutReuseTest {

	private final DiagramExporter exporter = new DiagramExporter();
	private final TextMeasurer measurer = AwtTextMeasurer.INSTANCE;
	private final ModelBuilder b = new ModelBuilder();
	private Project project;
	private final List<Phase> phases = new ArrayList<>();

	@Before
	public void plan() {
		project = b.project("Reuse", LocalDate.of(2027, 1, 4));
		// ids as in a plan file: the resource gives every element a UUID
		new WbsResource(URI.createURI("reuse.wbs")).getContents().add(project);
		Activity previous = null;
		for (int p = 0; p < 3; p++) {
			Phase phase = b.phase(project, "Phase " + (p + 1), null);
			phases.add(phase);
			for (int a = 0; a < 8; a++) {
				Activity activity = b.activity(phase, "Task " + (p + 1) + "." + (a + 1), 1 + (a + p) % 4, 8);
				if (previous != null) {
					b.link(previous, activity);
				}
				previous = activity;
			}
		}
	}

	@Test
	public void boxIdsAreTheElementsIds() {
		Diagram d = new NetworkBuilder().build(project);
		Activity first = (Activity) phases.get(0).getChildren().get(0);
		assertNotNull(ElementIds.of(first));
		assertEquals(first, d.getNode("act-" + ElementIds.of(first)).getSource());
	}

	@Test
	public void anInsertedTaskLeavesEveryOtherBoxWhereItWas() {
		Diagram before = laidOut();
		Phase phase = phases.get(1);
		Activity after = (Activity) phase.getChildren().get(2);
		Activity inserted = WbsFactory.eINSTANCE.createActivity();
		inserted.setName("Inserted task");
		inserted.setDuration(2);
		phase.getChildren().add(3, inserted);
		b.link(after, inserted);

		Diagram next = sized();
		assertTrue("the layout is kept", LayoutReuse.reuse(before, next));
		assertSamePlaces(before, next);
		DiagramNode box = next.getNode("act-" + ElementIds.of(inserted));
		assertTrue("the new box is placed", box.isLaidOut());
		Geometry.assertNoOverlaps(next);
		Geometry.assertEdgesJoinTheirNodes(next);
		Geometry.assertInsideDiagram(next);
	}

	@Test
	public void aDeletedTaskLeavesTheOthersWhereTheyWere() {
		Diagram before = laidOut();
		Activity gone = (Activity) phases.get(0).getChildren().get(4);
		EcoreUtil.delete(gone, true);
		phases.get(0).getChildren().remove(gone);

		Diagram next = sized();
		assertTrue("the layout is kept", LayoutReuse.reuse(before, next));
		assertNull(next.getNode("act-" + ElementIds.of(gone)));
		assertEquals(before.getNodeCount() - 1, next.getNodeCount());
		assertSamePlaces(before, next);
	}

	@Test
	public void aDurationEditLeavesEveryBoxWhereItWas() {
		Diagram before = laidOut();
		((Activity) phases.get(2).getChildren().get(1)).setDuration(9);
		Diagram next = sized();
		assertTrue(LayoutReuse.reuse(before, next));
		assertSamePlaces(before, next);
	}

	@Test
	public void manyNewTasksAtOnceGetAFullLayout() {
		Diagram before = laidOut();
		for (int i = 0; i < 12; i++) {
			b.activity(phases.get(0), "Pasted " + i, 1, 8);
		}
		assertFalse(LayoutReuse.reuse(before, sized()));
	}

	@Test
	public void processMapBoxesAreKeyedByTheElementsNotTheirPlace() {
		Process process = WbsFactory.eINSTANCE.createProcess();
		process.setName("Lead to order");
		project.setProcessBreakdown(WbsFactory.eINSTANCE.createProcessBreakdown());
		project.getProcessBreakdown().getProcesses().add(process);
		ProcessStep qualify = step(process, "Qualify");
		step(process, "Quote");
		Map<String, String> before = ids(new PbsBuilder().build(project));
		ProcessStep first = WbsFactory.eINSTANCE.createProcessStep();
		first.setName("Capture lead");
		process.getSteps().add(0, first);
		Map<String, String> after = ids(new PbsBuilder().build(project));
		assertEquals("the same box id for the same step", before.get("Qualify"), after.get("Qualify"));
		assertEquals(before.get("Quote"), after.get("Quote"));
		assertTrue(before.get("Qualify").contains(ElementIds.of(qualify)));
	}

	private static ProcessStep step(Process process, String name) {
		ProcessStep step = WbsFactory.eINSTANCE.createProcessStep();
		step.setName(name);
		process.getSteps().add(step);
		return step;
	}

	/** Box id by the name of the step it stands for. */
	private static Map<String, String> ids(Diagram d) {
		Map<String, String> ids = new HashMap<>();
		for (DiagramNode n : d.getNodes()) {
			if (n.getSource() instanceof ProcessStep step) {
				ids.put(step.getName(), n.getId());
			}
		}
		return ids;
	}

	private Diagram laidOut() {
		return exporter.prepare(new NetworkBuilder().build(project));
	}

	private Diagram sized() {
		Diagram d = new NetworkBuilder().build(project);
		NodeSizer.standard(measurer).size(d);
		return d;
	}

	/** Every box of the new diagram that was in the old one is where it was. */
	private static void assertSamePlaces(Diagram before, Diagram next) {
		int kept = 0;
		for (DiagramNode old : before.getNodes()) {
			DiagramNode now = next.getNode(old.getId());
			if (now != null) {
				assertEquals(old.getId(), old.getX(), now.getX(), 0.001);
				assertEquals(old.getId(), old.getY(), now.getY(), 0.001);
				kept++;
			}
		}
		assertTrue(kept >= before.getNodeCount() - 1);
	}
}
