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
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLResource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Builds the model of a plan one row at a time, in any order, as rows arrive (from a download, while the rest is
 * still on its way): each row becomes its object with its attributes at once; containment, which needs the parent,
 * and cross references, which need their targets, wait for {@link #finish()}. The tree is attached to the resource
 * last, in one pass, and nothing listens to the objects while they are filled.
 */
public final class ModelBuilder {

	/** Siblings in their order; equal orders (two insertions at one place) by id, so every reader agrees. */
	private static final Comparator<Placed> SIBLINGS = Comparator.comparingDouble((Placed p) -> p.row.ord()).thenComparing(p -> p.row.id());

	private final PlanCodec codec;
	private final Resource resource;
	/** By id: the one map of the build (a 300,000-entry map costs a cache miss per look-up). */
	private final Map<String, Placed> placed = new HashMap<>();
	/** In the rows' own order. */
	private final List<Placed> rows = new ArrayList<>();
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
		Placed each = new Placed(row, object, references);
		if (placed.put(row.id(), each) != null) {
			throw new PlanException("element " + row.id() + " is listed twice");
		}
		rows.add(each);
		((XMLResource) resource).setID(object, row.id());
	}

	/** Puts every object in its place (siblings by order, then id) and sets the references: the finished resource. */
	public Resource finish() throws PlanException {
		List<Placed> roots = new ArrayList<>(1);
		for (Placed each : rows) {
			if (each.row.parent() == null) {
				roots.add(each);
				continue;
			}
			Placed parent = placed.get(each.row.parent());
			if (parent == null) {
				throw noContainer(each.row);
			}
			if (parent.children == null) {
				parent.children = new ArrayList<>();
			}
			parent.children.add(each);
		}
		for (Placed parent : rows) {
			if (parent.children != null) {
				parent.children.sort(SIBLINGS);
				for (Placed child : parent.children) {
					contain(parent.object, child);
				}
			}
		}
		// in the rows' own order, as before: a many-valued reference with an opposite fills both ends in that order
		for (Placed each : rows) {
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
		roots.sort(SIBLINGS);
		resource.getContents().addAll(roots.stream().map(Placed::object).toList());
		return resource;
	}

	private static void contain(EObject parent, Placed child) throws PlanException {
		EStructuralFeature feature = parent.eClass().getEStructuralFeature(child.row.feature());
		if (!(feature instanceof EReference reference) || !reference.isContainment()) {
			throw noContainer(child.row);
		}
		if (reference.isMany()) {
			// a new object cannot be in the list yet: no search for it
			@SuppressWarnings("unchecked")
			InternalEList<EObject> list = (InternalEList<EObject>) parent.eGet(reference);
			list.addUnique(child.object);
		} else {
			parent.eSet(reference, child.object);
		}
	}

	private static PlanException noContainer(ElementRow row) {
		return new PlanException("element " + row.id() + ": no container " + row.parent() + "/" + row.feature());
	}

	private void set(EObject object, EStructuralFeature feature, JsonNode value) throws PlanException {
		if (feature.isMany()) {
			@SuppressWarnings("unchecked")
			EList<Object> list = (EList<Object>) object.eGet(feature);
			list.clear();
			for (JsonNode item : value) {
				list.add(PlanCodec.single(feature, item, this::object));
			}
		} else {
			object.eSet(feature, PlanCodec.single(feature, value, this::object));
		}
	}

	/** The object of an element of the plan; null when there is none. */
	private EObject object(String id) {
		Placed target = placed.get(id);
		return target == null ? null : target.object;
	}

	private static final class Placed {
		final ElementRow row;
		final EObject object;
		final boolean references;
		/** Null until the first child is placed. */
		List<Placed> children;

		Placed(ElementRow row, EObject object, boolean references) {
			this.row = row;
			this.object = object;
			this.references = references;
		}

		EObject object() {
			return object;
		}
	}
}
