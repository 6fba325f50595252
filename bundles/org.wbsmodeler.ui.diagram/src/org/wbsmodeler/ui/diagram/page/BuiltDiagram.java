package org.wbsmodeler.ui.diagram.page;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.schedule.model.ProjectSchedule;
import org.wbsmodeler.ui.tasks.ModelSnapshot;

/**
 * One build of a page's diagram: laid out from a snapshot of the model, its boxes and arrows pointing back at the
 * live model objects (so selection and hit tests speak the editor's objects), and the snapshot's schedule for the
 * tooltips. Null schedule: the plan cannot be scheduled (a cycle, no start).
 *
 * @param generation   which refresh made it; an older one than the page's latest is thrown away
 * @param layoutReused whether the previous layout was kept (the edit changed no box's size or place in the structure)
 */
public record BuiltDiagram(long generation, Diagram diagram, ModelSnapshot snapshot, ProjectSchedule schedule, Map<EObject, EObject> copies,
		long buildNanos, boolean layoutReused) {

	/** Points every box and arrow at the live object its copy stands for; returns the map live → copy. */
	static Map<EObject, EObject> pointAtOriginals(Diagram diagram, ModelSnapshot snapshot) {
		Map<EObject, EObject> copies = new IdentityHashMap<>();
		for (DiagramNode node : diagram.getNodes()) {
			if (node.getSource() instanceof EObject copy) {
				EObject original = snapshot.original(copy);
				node.setSource(original);
				if (original != null) {
					copies.put(original, copy);
				}
			}
		}
		for (DiagramEdge edge : diagram.getEdges()) {
			if (edge.getSourceObject() instanceof EObject copy) {
				edge.setSourceObject(snapshot.original(copy));
			}
		}
		return copies;
	}

	/** The snapshot's copy of a live object (to read its scheduled dates), or null. */
	public EObject copyOf(EObject original) {
		return copies.get(original);
	}
}
