package org.wbsmodeler.merge.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.wbsmodeler.merge.MergeException;

/**
 * A plan as diff and merge see it: every object by its stable id ({@code xmi:id}), in document order, with the
 * values of its compared features as plain values (cross references as the ids of their targets), so that three
 * plans loaded into three resource sets can be compared feature by feature.
 */
public final class PlanIndex {

	private final XMLResource resource;
	private final EObject root;
	private final Map<String, EObject> byId = new LinkedHashMap<>();
	private final ComparedFeatures features;

	private PlanIndex(XMLResource resource, ComparedFeatures features) {
		this.resource = resource;
		this.root = resource.getContents().get(0);
		this.features = features;
	}

	/**
	 * Indexes a loaded plan.
	 *
	 * @throws MergeException if the resource is not XMI with ids, is empty, or an object has no id
	 */
	public static PlanIndex of(Resource resource, ComparedFeatures features) throws MergeException {
		String name = resource.getURI() == null ? "plan" : resource.getURI().lastSegment();
		if (!(resource instanceof XMLResource xml)) {
			throw new MergeException(name + ": not a plan with element ids");
		}
		if (resource.getContents().isEmpty()) {
			throw new MergeException(name + ": empty plan");
		}
		PlanIndex index = new PlanIndex(xml, features);
		index.put(index.root, name);
		for (TreeIterator<EObject> it = index.root.eAllContents(); it.hasNext();) {
			index.put(it.next(), name);
		}
		return index;
	}

	private void put(EObject object, String name) throws MergeException {
		String id = resource.getID(object);
		if (id == null) {
			throw new MergeException(name + ": " + object.eClass().getName() + " without an id (xmi:id): the plan was not saved by WBS Modeler");
		}
		if (byId.put(id, object) != null) {
			throw new MergeException(name + ": id " + id + " used twice");
		}
	}

	public XMLResource resource() {
		return resource;
	}

	public ComparedFeatures features() {
		return features;
	}

	public EObject root() {
		return root;
	}

	public String rootId() {
		return resource.getID(root);
	}

	/** Every id in document order (parents before children). */
	public Iterable<String> ids() {
		return Collections.unmodifiableSet(byId.keySet());
	}

	public int size() {
		return byId.size();
	}

	public boolean contains(String id) {
		return byId.containsKey(id);
	}

	public EObject object(String id) {
		return byId.get(id);
	}

	/** The id of an object of this plan; for an object outside it (another file), its URI. */
	public String id(EObject object) {
		String id = object.eResource() == resource ? resource.getID(object) : null;
		return id != null ? id : EcoreUtil.getURI(object).toString();
	}

	/** The id of the object's container, or null for the root. */
	public String parentId(EObject object) {
		EObject container = object.eContainer();
		return container == null ? null : id(container);
	}

	/** The ids of the children held by one containment feature, in order. */
	public List<String> childIds(EObject parent, EReference containment) {
		if (!containment.isMany()) {
			Object child = parent.eGet(containment);
			return child == null ? List.of() : List.of(id((EObject) child));
		}
		List<?> children = (List<?>) parent.eGet(containment);
		List<String> ids = new ArrayList<>(children.size());
		for (Object child : children) {
			ids.add(id((EObject) child));
		}
		return ids;
	}

	/**
	 * A compared feature's value as a plain value: an attribute's value (a list for a many-valued one), a cross
	 * reference's target id (a list of ids for a many-valued one).
	 */
	public Object value(EObject object, EStructuralFeature feature) {
		Object value = object.eGet(feature, false);
		if (feature instanceof EReference) {
			if (feature.isMany()) {
				List<?> targets = (List<?>) value;
				List<String> ids = new ArrayList<>(targets.size());
				for (Object target : targets) {
					ids.add(id((EObject) target));
				}
				return ids;
			}
			return value == null ? null : id((EObject) value);
		}
		return feature.isMany() ? new ArrayList<>((List<?>) value) : value;
	}
}
