package org.wbsmodeler.server.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Builds the model of a plan one row at a time, in any order, as rows arrive (from a download, while the rest is
 * still on its way): each row becomes its object with its attributes at once; containment, which needs the parent,
 * and cross references, which need their targets, wait for {@link #finish()}. The tree is attached to the resource
 * last, in one pass, and nothing listens to the objects while they are filled.
 */
public final class ModelBuilder {

	private final PlanCodec codec;
	private final Resource resource;
	private final Map<String, EObject> objects = new HashMap<>();
	private final List<Placed> placed = new ArrayList<>();
	private final Map<String, EClass> classes = new HashMap<>();

	ModelBuilder(PlanCodec codec, Resource resource) {
		this.codec = codec;
		this.resource = resource;
	}

	/** An element's object with its attributes; its place and references come with {@link #finish()}. */
	public void add(ElementRow row) throws PlanException {
		EClass eClass = classes.get(row.kind());
		if (eClass == null) {
			eClass = codec.eClass(row.kind());
			if (eClass == null || eClass.isAbstract()) {
				throw new PlanException("element " + row.id() + ": unknown kind " + row.kind());
			}
			classes.put(row.kind(), eClass);
		}
		EObject object = EcoreUtil.create(eClass);
		((XMLResource) resource).setID(object, row.id());
		if (objects.put(row.id(), object) != null) {
			throw new PlanException("element " + row.id() + " is listed twice");
		}
		boolean references = false;
		for (var it = row.attrs().fields(); it.hasNext();) {
			var entry = it.next();
			EStructuralFeature feature = eClass.getEStructuralFeature(entry.getKey());
			if (feature == null) {
				throw new PlanException("element " + row.id() + ": " + row.kind() + " has no feature " + entry.getKey());
			}
			if (feature instanceof EAttribute) {
				set(object, feature, entry.getValue());
			} else {
				references = true;
			}
		}
		placed.add(new Placed(row, object, references));
	}

	/** Puts every object in its place (siblings by order, then id) and sets the references: the finished resource. */
	public Resource finish() throws PlanException {
		List<Placed> ordered = new ArrayList<>(placed);
		ordered.sort(Comparator.comparingDouble((Placed p) -> p.row.ord()).thenComparing(p -> p.row.id()));
		List<EObject> roots = new ArrayList<>(1);
		for (Placed each : ordered) {
			ElementRow row = each.row;
			if (row.parent() == null) {
				roots.add(each.object);
				continue;
			}
			EObject parent = objects.get(row.parent());
			EStructuralFeature feature = parent == null ? null : parent.eClass().getEStructuralFeature(row.feature());
			if (!(feature instanceof EReference reference) || !reference.isContainment()) {
				throw new PlanException("element " + row.id() + ": no container " + row.parent() + "/" + row.feature());
			}
			if (reference.isMany()) {
				@SuppressWarnings("unchecked")
				EList<EObject> list = (EList<EObject>) parent.eGet(reference);
				list.add(each.object);
			} else {
				parent.eSet(reference, each.object);
			}
		}
		// in the rows' own order, as before: a many-valued reference with an opposite fills both ends in that order
		for (Placed each : placed) {
			if (!each.references) {
				continue;
			}
			for (var it = each.row.attrs().fields(); it.hasNext();) {
				var entry = it.next();
				EStructuralFeature feature = each.object.eClass().getEStructuralFeature(entry.getKey());
				if (feature instanceof EReference) {
					set(each.object, feature, entry.getValue());
				}
			}
		}
		resource.getContents().addAll(roots);
		return resource;
	}

	private void set(EObject object, EStructuralFeature feature, JsonNode value) throws PlanException {
		if (feature.isMany()) {
			@SuppressWarnings("unchecked")
			EList<Object> list = (EList<Object>) object.eGet(feature);
			list.clear();
			for (JsonNode item : value) {
				list.add(PlanCodec.single(feature, item, objects));
			}
		} else {
			object.eSet(feature, PlanCodec.single(feature, value, objects));
		}
	}

	private record Placed(ElementRow row, EObject object, boolean references) {
	}
}
