package org.wbsmodeler.merge.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
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
	/** Every id in document order, checked once for gaps and duplicates; the arrays below are in step with it. */
	private String[] ids;
	/** The objects in the same order: walking them needs no id lookup per object. */
	private EObject[] objects;
	/** Each object's container as a position (-1 for the root): a parent without asking the id map for its id. */
	private int[] parents;
	/** The containment feature that holds each object (null for the root). */
	private EReference[] containments;
	/** The end (exclusive) of each object's subtree: its children are the positions after it, subtree by subtree. */
	private int[] ends;
	private int size;
	/** Object to position, made on the first lookup by object (diff and merge of equal plans need none). */
	private ObjectPositions positions;
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
		int capacity = byId.size() + 1;
		ids = new String[capacity];
		objects = new EObject[capacity];
		parents = new int[capacity];
		containments = new EReference[capacity];
		ends = new int[capacity];
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
		index.walk(index.root, -1, null, name);
		if (index.byId.size() != index.size) {
			// two objects with one id collapse into one entry of the id map: find the first, to name it
			for (int i = 0; i < index.size; i++) {
				if (index.byId.get(index.ids[i]) != index.objects[i]) {
					throw new MergeException(name + ": id " + index.ids[i] + " used twice");
				}
			}
		}
		return index;
	}

	/** The object and all under it in document order (what eAllContents gives, without its iterator per list). */
	private void walk(EObject object, int parent, EReference containment, String name) throws MergeException {
		int position = put(object, parent, containment, name);
		for (EReference child : object.eClass().getEAllContainments()) {
			// eIsSet first: asking an unset list for its children would make an empty list on every element
			if (!object.eIsSet(child)) {
				continue;
			}
			if (child.isMany()) {
				List<?> children = (List<?>) object.eGet(child, false);
				for (int i = 0, n = children.size(); i < n; i++) {
					walk((EObject) children.get(i), position, child, name);
				}
			} else {
				Object value = object.eGet(child, false);
				if (value != null) {
					walk((EObject) value, position, child, name);
				}
			}
		}
		ends[position] = size;
	}

	private int put(EObject object, int parent, EReference containment, String name) throws MergeException {
		String id = resource.getID(object);
		if (id == null) {
			throw new MergeException(name + ": " + object.eClass().getName() + " without an id (xmi:id): the plan was not saved by WBS Modeler");
		}
		if (size == ids.length) {
			int capacity = size * 2;
			ids = Arrays.copyOf(ids, capacity);
			objects = Arrays.copyOf(objects, capacity);
			parents = Arrays.copyOf(parents, capacity);
			containments = Arrays.copyOf(containments, capacity);
			ends = Arrays.copyOf(ends, capacity);
		}
		ids[size] = id;
		objects[size] = object;
		parents[size] = parent;
		containments[size] = containment;
		return size++;
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
		return idList();
	}

	/** Every id in document order, as a list to walk in step with {@link #objects()}. */
	public List<String> idList() {
		return Collections.unmodifiableList(Arrays.asList(ids).subList(0, size));
	}

	/** Every object in document order, in step with {@link #ids()}. */
	public List<EObject> objects() {
		return Collections.unmodifiableList(Arrays.asList(objects).subList(0, size));
	}

	public int size() {
		return size;
	}

	/** The id at a position in document order (0 is the root). */
	public String idAt(int position) {
		return ids[position];
	}

	/** The object at a position in document order. */
	public EObject objectAt(int position) {
		return objects[position];
	}

	/** The position of the object's container, -1 for the root. */
	public int parentAt(int position) {
		return parents[position];
	}

	/** The containment feature that holds the object at a position (null for the root). */
	public EReference containmentAt(int position) {
		return containments[position];
	}

	/**
	 * Where the subtree of the object at a position ends (exclusive): its children are {@code position + 1} and each
	 * next one at the end of the one before, while below this.
	 */
	public int subtreeEnd(int position) {
		return ends[position];
	}

	/** The position of one of this plan's objects, or -1 for any other object (another plan's, another file's). */
	public int position(EObject object) {
		if (positions == null) {
			int found = positionByContainers(object);
			if (found != GAVE_UP) {
				return found;
			}
			positions = new ObjectPositions(objects, size);
		}
		return positions.get(object);
	}

	/** What {@link #positionByContainers} says once it has used up its steps. */
	private static final int GAVE_UP = -2;
	/** Steps taken by {@link #positionByContainers} so far: past one per object, the table pays. */
	private int stepsByContainers;

	/**
	 * The position found from the root down the object's containers, each among its parent's children (one step
	 * per subtree skipped): for the few lookups of most diffs and merges (a conflict's element, a link to a distant
	 * task) cheaper than a table of all the plan's objects, which is made once the steps taken reach their number.
	 */
	private int positionByContainers(EObject object) {
		if (object == root) {
			return 0;
		}
		EObject container = object.eContainer();
		if (container == null) {
			return -1;
		}
		int parent = positionByContainers(container);
		if (parent < 0) {
			return parent;
		}
		for (int child = parent + 1, end = ends[parent]; child < end; child = ends[child]) {
			if (++stepsByContainers > size) {
				return GAVE_UP;
			}
			if (objects[child] == object) {
				return child;
			}
		}
		return -1;
	}

	/**
	 * {@link #position(EObject)} of an object that is likely near a position: a link's target is mostly a sibling
	 * close to the link's task (chains of tasks), so the few positions around are compared first, and the table of
	 * every object's position is made only if one is elsewhere.
	 */
	public int position(EObject object, int near) {
		if (near >= 0) {
			for (int p = Math.max(0, near - NEAR), end = Math.min(size, near + NEAR + 1); p < end; p++) {
				if (objects[p] == object) {
					return p;
				}
			}
		}
		return position(object);
	}

	/** How far from the hint {@link #position(EObject, int)} looks before asking the table. */
	private static final int NEAR = 8;

	/** The position of the element with that id, or -1 if this plan has none. */
	public int position(String id) {
		EObject object = object(id);
		return object == null ? -1 : position(object);
	}

	/**
	 * For each position of {@code other}, the position of the element with the same id here, or -1. The plans of
	 * a diff or merge are mostly in one order, so most elements are found by comparing the id with the one after the
	 * last match; only the others are looked up.
	 */
	public int[] positionsOf(PlanIndex other) {
		int[] result = new int[other.size];
		int next = 0;
		for (int j = 0; j < other.size; j++) {
			String id = other.ids[j];
			int match = next < size && ids[next].equals(id) ? next : position(id);
			result[j] = match;
			if (match >= 0) {
				next = match + 1;
			}
		}
		return result;
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

	/** {@link #childIds} of the object at a position, read from the positions (no id looked up per child). */
	public List<String> childIdsAt(int position, EReference containment) {
		List<String> result = new ArrayList<>();
		for (int child = position + 1, end = ends[position]; child < end; child = ends[child]) {
			if (containments[child] == containment) {
				result.add(ids[child]);
			}
		}
		return result;
	}

	/**
	 * Whether a compared feature has the same value here and in another plan: what {@link #value} would say with
	 * {@code equals}, without building the values (no lists, no id lists) for the many features that are equal.
	 */
	public boolean sameValue(EObject object, EStructuralFeature feature, PlanIndex other, EObject otherObject) {
		return sameValue(object, feature, other, otherObject, null);
	}

	/**
	 * The same, with {@code positionsInOther}, for each position here the position of the same element in the other
	 * plan (or -1; {@link #positionsOf} gives the inverse): then a reference's targets are compared by position,
	 * looked up in this plan only, without their ids.
	 */
	public boolean sameValue(EObject object, EStructuralFeature feature, PlanIndex other, EObject otherObject, int[] positionsInOther) {
		return sameValue(object, feature, object.eClass().getFeatureID(feature), other, otherObject, otherObject.eClass().getFeatureID(feature), positionsInOther);
	}

	/**
	 * The same, given the feature's id in each object's class ({@link ComparedFeatures#valueIds}): what EMF's
	 * {@code eIsSet} and {@code eGet} by feature would find first, per call.
	 */
	public boolean sameValue(EObject object, EStructuralFeature feature, int featureId, PlanIndex other, EObject otherObject, int otherFeatureId,
			int[] positionsInOther) {
		return sameValue(object, -1, feature, featureId, other, otherObject, otherFeatureId, positionsInOther);
	}

	/** The same, given the object's position here (-1 if not known): its link targets are looked for near it first. */
	public boolean sameValue(EObject object, int position, EStructuralFeature feature, int featureId, PlanIndex other, EObject otherObject,
			int otherFeatureId, int[] positionsInOther) {
		InternalEObject here = (InternalEObject) object;
		InternalEObject there = (InternalEObject) otherObject;
		if (!feature.isUnsettable() && !here.eIsSet(featureId) && !there.eIsSet(otherFeatureId)) {
			return true;
		}
		Object a = here.eGet(featureId, false, true);
		Object b = there.eGet(otherFeatureId, false, true);
		if (!(feature instanceof EReference)) {
			return java.util.Objects.equals(a, b);
		}
		if (!feature.isMany()) {
			return a == null ? b == null : b != null && sameTarget((EObject) a, position, other, (EObject) b, positionsInOther);
		}
		List<?> left = (List<?>) a;
		List<?> right = (List<?>) b;
		if (left.size() != right.size()) {
			return false;
		}
		for (int i = 0; i < left.size(); i++) {
			if (!sameTarget((EObject) left.get(i), position, other, (EObject) right.get(i), positionsInOther)) {
				return false;
			}
		}
		return true;
	}

	private boolean sameTarget(EObject target, int near, PlanIndex other, EObject otherTarget, int[] positionsInOther) {
		if (positionsInOther != null) {
			// the target's counterpart is the other plan's object at the matched position: one lookup, no ids; ids
			// decide only where that is not the other target (a different element, or one of another file)
			int here = position(target, near);
			if (here >= 0 && positionsInOther[here] >= 0 && other.objectAt(positionsInOther[here]) == otherTarget) {
				return true;
			}
		}
		return id(target).equals(other.id(otherTarget));
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
