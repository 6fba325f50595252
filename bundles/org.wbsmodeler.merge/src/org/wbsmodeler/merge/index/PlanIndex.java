package org.wbsmodeler.merge.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

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
	/** The resource's own id map (XMI keeps it as objects are attached and detached): no copy of 100,000 entries. */
	private final Map<String, EObject> byId;
	/** Every id in document order, checked once for gaps and duplicates. */
	private final List<String> ids = new ArrayList<>();
	/** The objects in the same order: walking them needs no id lookup per object. */
	private final List<EObject> objects = new ArrayList<>();
	/** The last two containers asked for and their ids: siblings come in runs, so most parent lookups need no map. */
	private EObject lastContainer;
	private String lastContainerId;
	private EObject otherContainer;
	private String otherContainerId;
	private final ComparedFeatures features;

	private PlanIndex(XMLResource resource, ComparedFeatures features) {
		this.resource = resource;
		this.root = resource.getContents().get(0);
		this.features = features;
		this.byId = idMap(resource);
	}

	/**
	 * Deprecated only because callers could change it; read here, never written. Resource.getEObject would do for a
	 * known id, but for an unknown one it scans the whole plan.
	 */
	@SuppressWarnings("deprecation")
	private static Map<String, EObject> idMap(XMLResource resource) {
		return resource.getIDToEObjectMap();
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
		index.walk(index.root, name);
		if (index.byId.size() != index.ids.size()) {
			// two objects with one id collapse into one entry of the id map: find the first, to name it
			for (int i = 0; i < index.ids.size(); i++) {
				if (index.byId.get(index.ids.get(i)) != index.objects.get(i)) {
					throw new MergeException(name + ": id " + index.ids.get(i) + " used twice");
				}
			}
		}
		return index;
	}

	/** The object and all under it in document order (what eAllContents gives, without its iterator per list). */
	private void walk(EObject object, String name) throws MergeException {
		put(object, name);
		for (EReference containment : object.eClass().getEAllContainments()) {
			// eIsSet first: asking an unset list for its children would make an empty list on every element
			if (!object.eIsSet(containment)) {
				continue;
			}
			if (containment.isMany()) {
				List<?> children = (List<?>) object.eGet(containment, false);
				for (int i = 0, n = children.size(); i < n; i++) {
					walk((EObject) children.get(i), name);
				}
			} else {
				Object child = object.eGet(containment, false);
				if (child != null) {
					walk((EObject) child, name);
				}
			}
		}
	}

	private void put(EObject object, String name) throws MergeException {
		String id = resource.getID(object);
		if (id == null) {
			throw new MergeException(name + ": " + object.eClass().getName() + " without an id (xmi:id): the plan was not saved by WBS Modeler");
		}
		ids.add(id);
		objects.add(object);
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
		return Collections.unmodifiableList(ids);
	}

	/** Every id in document order, as a list to walk in step with {@link #objects()}. */
	public List<String> idList() {
		return Collections.unmodifiableList(ids);
	}

	/** Every object in document order, in step with {@link #ids()}. */
	public List<EObject> objects() {
		return Collections.unmodifiableList(objects);
	}

	public int size() {
		return ids.size();
	}

	public boolean contains(String id) {
		return object(id) != null;
	}

	public EObject object(String id) {
		// XMI drops an object's id when it leaves the resource, so the map holds exactly the plan's objects
		return id == null ? null : byId.get(id);
	}

	/** The id of an object of this plan; for an object outside it (another file), its URI. */
	public String id(EObject object) {
		// an object of another resource is not in this resource's map: it is named by its URI
		String id = resource.getID(object);
		return id != null ? id : EcoreUtil.getURI(object).toString();
	}

	/** The id of the object's container, or null for the root. */
	public String parentId(EObject object) {
		EObject container = object.eContainer();
		if (container == null) {
			return null;
		}
		// two entries: in document order a link's container (its task) alternates with the tasks' own container
		if (container == lastContainer) {
			return lastContainerId;
		}
		if (container == otherContainer) {
			return otherContainerId;
		}
		otherContainer = lastContainer;
		otherContainerId = lastContainerId;
		lastContainerId = id(container);
		lastContainer = container;
		return lastContainerId;
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
	 * Whether a compared feature has the same value here and in another plan: what {@link #value} would say with
	 * {@code equals}, without building the values (no lists, no id lists) for the many features that are equal.
	 */
	public boolean sameValue(EObject object, EStructuralFeature feature, PlanIndex other, EObject otherObject) {
		if (!feature.isUnsettable() && !object.eIsSet(feature) && !otherObject.eIsSet(feature)) {
			return true;
		}
		Object a = object.eGet(feature, false);
		Object b = otherObject.eGet(feature, false);
		if (!(feature instanceof EReference)) {
			return java.util.Objects.equals(a, b);
		}
		if (!feature.isMany()) {
			return a == null ? b == null : b != null && id((EObject) a).equals(other.id((EObject) b));
		}
		List<?> left = (List<?>) a;
		List<?> right = (List<?>) b;
		if (left.size() != right.size()) {
			return false;
		}
		for (int i = 0; i < left.size(); i++) {
			if (!id((EObject) left.get(i)).equals(other.id((EObject) right.get(i)))) {
				return false;
			}
		}
		return true;
	}

	/** Whether a containment holds the same children (by id, in order) here and in another plan. */
	public boolean sameChildren(EObject parent, EReference containment, PlanIndex other, EObject otherParent) {
		return sameValue(parent, containment, other, otherParent);
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
