package org.wbsmodeler.ui.team.sync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.PlanCodec;
import org.wbsmodeler.server.plan.PlanException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Brings a live model to the rows of a plan in place: elements that went are removed, new ones created under their
 * parent, moved ones put in their new place, and only the features whose stored value differs are set. The objects
 * that stay are the same objects, so the editor's pages, selection and schedule keep following them.
 */
public final class ModelPatch {

	private final Resource resource;
	private final Map<String, ElementRow> target;
	private final PlanCodec codec = new PlanCodec();

	public ModelPatch(Resource resource, Map<String, ElementRow> target) {
		this.resource = resource;
		this.target = target;
	}

	public void apply() throws PlanException {
		Map<String, ElementRow> current = codec.rows(resource);
		Map<String, EObject> objects = new HashMap<>();
		resource.getAllContents().forEachRemaining(o -> objects.put(PlanCodec.idOf(o), o));
		for (String id : current.keySet()) {
			if (!target.containsKey(id)) {
				EcoreUtil.remove(objects.remove(id));
			}
		}
		XMLResource xml = (XMLResource) resource;
		for (ElementRow row : target.values()) {
			if (!objects.containsKey(row.id())) {
				EClass eClass = codec.eClass(row.kind());
				if (eClass == null || eClass.isAbstract()) {
					throw new PlanException("element " + row.id() + ": unknown kind " + row.kind());
				}
				EObject created = EcoreUtil.create(eClass);
				xml.setID(created, row.id());
				objects.put(row.id(), created);
			}
		}
		List<ElementRow> placed = new ArrayList<>(target.values());
		placed.sort(Comparator.comparingDouble(ElementRow::ord).thenComparing(ElementRow::id));
		for (ElementRow row : placed) {
			ElementRow before = current.get(row.id());
			boolean moved = before == null || !java.util.Objects.equals(before.parent(), row.parent())
					|| !java.util.Objects.equals(before.feature(), row.feature());
			if (row.parent() != null && moved) {
				place(objects.get(row.id()), row, objects);
			}
		}
		reorder(objects);
		for (ElementRow row : target.values()) {
			ElementRow before = current.get(row.id());
			EObject object = objects.get(row.id());
			for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
				if (!PlanCodec.stored(feature)) {
					continue;
				}
				JsonNode now = row.attrs().get(feature.getName());
				JsonNode was = before == null ? null : before.attrs().get(feature.getName());
				if (before != null && java.util.Objects.equals(now, was)) {
					continue;
				}
				set(object, feature, now, objects);
			}
		}
	}

	/** Puts an element under its parent at the place its order says among the siblings already there. */
	private void place(EObject object, ElementRow row, Map<String, EObject> objects) throws PlanException {
		EObject parent = objects.get(row.parent());
		EStructuralFeature feature = parent == null ? null : parent.eClass().getEStructuralFeature(row.feature());
		if (!(feature instanceof EReference reference) || !reference.isContainment()) {
			throw new PlanException("element " + row.id() + ": no container " + row.parent() + "/" + row.feature());
		}
		if (!reference.isMany()) {
			parent.eSet(reference, object);
			return;
		}
		@SuppressWarnings("unchecked")
		EList<EObject> siblings = (EList<EObject>) parent.eGet(reference);
		int index = 0;
		for (EObject sibling : siblings) {
			ElementRow other = target.get(PlanCodec.idOf(sibling));
			if (sibling == object || other == null || other.ord() > row.ord()) {
				break;
			}
			index++;
		}
		if (object.eContainer() == parent && siblings.contains(object)) {
			siblings.move(Math.min(index, siblings.size() - 1), object);
		} else {
			siblings.add(Math.min(index, siblings.size()), object);
		}
	}

	/** Orders the siblings of every many-valued containment as the target's orders say (orders are relative). */
	private void reorder(Map<String, EObject> objects) {
		for (EObject parent : objects.values()) {
			for (EReference reference : parent.eClass().getEAllContainments()) {
				if (!reference.isMany() || reference.isDerived() || reference.isTransient()) {
					continue;
				}
				@SuppressWarnings("unchecked")
				EList<EObject> siblings = (EList<EObject>) parent.eGet(reference);
				if (siblings.size() < 2) {
					continue;
				}
				List<EObject> wanted = new ArrayList<>(siblings);
				// a stable sort: siblings the target orders alike keep their order
				wanted.sort(Comparator.comparingDouble(this::ord));
				if (wanted.equals(siblings)) {
					continue;
				}
				for (int i = 0; i < wanted.size(); i++) {
					if (siblings.get(i) != wanted.get(i)) {
						siblings.move(i, wanted.get(i));
					}
				}
			}
		}
	}

	private double ord(EObject object) {
		ElementRow row = target.get(PlanCodec.idOf(object));
		return row == null ? Double.MAX_VALUE : row.ord();
	}

	private static void set(EObject object, EStructuralFeature feature, JsonNode value, Map<String, EObject> objects) throws PlanException {
		if (value == null) {
			object.eUnset(feature);
		} else if (feature.isMany()) {
			List<Object> values = new ArrayList<>();
			for (JsonNode item : value) {
				values.add(PlanCodec.single(feature, item, objects));
			}
			@SuppressWarnings("unchecked")
			EList<Object> list = (EList<Object>) object.eGet(feature);
			if (!list.equals(values)) {
				list.clear();
				list.addAll(values);
			}
		} else {
			object.eSet(feature, PlanCodec.single(feature, value, objects));
		}
	}
}
