package org.wbsmodeler.server.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.Test;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.PlanCodec;
import org.wbsmodeler.server.plan.RowApply;
import org.wbsmodeler.server.plan.RowDiff;

/** A model as rows and back, and what a diff of two states of it says. */
public class PlanCodecTest {

	@Test
	public void rowsGiveBackTheSameModel() throws Exception {
		Resource example = Plans.example();
		Map<String, ElementRow> rows = new PlanCodec().rows(example);
		assertEquals("one row per object of the file", count(example), rows.size());
		Resource rebuilt = new PlanCodec().model(rows, URI.createURI("rebuilt.wbs"));
		assertEquals(xmi(example), xmi(rebuilt));
	}

	@Test
	public void aRenameIsOneChangeAndApplyingTheDiffGivesTheNewState() throws Exception {
		Resource example = Plans.example();
		PlanCodec codec = new PlanCodec();
		Map<String, ElementRow> base = codec.rows(example);
		Project project = (Project) example.getContents().get(0);
		WbsElement charter = ((org.wbsmodeler.model.WbsContainer) project.getChildren().get(0)).getChildren().get(0);
		charter.setName("Charter, signed");
		List<Change> changes = RowDiff.diff(base, codec.rows(example));
		assertEquals(1, changes.size());
		assertEquals("name", changes.get(0).feature());
		assertEquals("Project charter", changes.get(0).old().asText());

		// a move to the front of the siblings and a new element: one order change for the move, the creation's own
		EList<WbsElement> phases = project.getChildren();
		phases.move(0, phases.size() - 1);
		WbsElement added = org.wbsmodeler.model.WbsFactory.eINSTANCE.createActivity();
		added.setName("Added activity");
		((org.wbsmodeler.model.WbsContainer) phases.get(1)).getChildren().add(1, added);
		Map<String, ElementRow> mine = codec.rows(example);
		List<Change> more = RowDiff.diff(base, mine);
		long orderChanges = more.stream().filter(c -> c.feature().equals(ElementRow.ORDER) && c.old() != null).count();
		assertEquals("only the moved phase gets a new order number", 1, orderChanges);
		Map<String, ElementRow> applied = copy(base);
		RowApply.apply(applied, more);
		Resource rebuilt = codec.model(applied, URI.createURI("applied.wbs"));
		assertEquals(xmi(example), xmi(rebuilt));
	}

	@Test
	public void aDeletionRemovesTheSubtreeChildrenFirst() throws Exception {
		Resource example = Plans.example();
		PlanCodec codec = new PlanCodec();
		Map<String, ElementRow> base = codec.rows(example);
		Project project = (Project) example.getContents().get(0);
		WbsElement last = project.getChildren().get(project.getChildren().size() - 1);
		org.eclipse.emf.ecore.util.EcoreUtil.delete(last, true);
		List<Change> changes = RowDiff.diff(base, codec.rows(example));
		assertTrue(changes.stream().anyMatch(Change::deletion));
		Map<String, ElementRow> applied = copy(base);
		RowApply.apply(applied, changes);
		assertEquals(xmi(example), xmi(codec.model(applied, URI.createURI("deleted.wbs"))));
	}

	static Map<String, ElementRow> copy(Map<String, ElementRow> rows) {
		Map<String, ElementRow> copy = new java.util.LinkedHashMap<>();
		rows.forEach((id, row) -> copy.put(id, row.copy()));
		return copy;
	}

	private static int count(Resource resource) {
		int n = 0;
		for (var it = resource.getAllContents(); it.hasNext(); it.next()) {
			n++;
		}
		return n;
	}

	static String xmi(Resource resource) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (EObject root : resource.getContents()) {
			assertTrue(root instanceof Project);
		}
		resource.save(out, null);
		return out.toString(java.nio.charset.StandardCharsets.UTF_8);
	}
}
