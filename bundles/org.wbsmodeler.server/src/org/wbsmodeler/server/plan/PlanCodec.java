package org.wbsmodeler.server.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.io.ModelFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A model in memory and a plan as rows, both ways. Every object of the resource is a row under its XMI id;
 * attributes are kept as EMF writes them to XMI ({@link EcoreUtil#convertToString}), cross references as ids.
 * Containment is the rows' structure; container references and derived, transient or volatile features are not
 * stored. Works for contributed packages too (their kind is {@code nsURI#EClass}).
 */
public final class PlanCodec {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final ResourceSet resourceSet = ModelFiles.newResourceSet();

	/** The rows of a model, parents before children, siblings in order (ord = index). */
	public Map<String, ElementRow> rows(Resource resource) {
		Map<String, ElementRow> rows = new LinkedHashMap<>();
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject object = it.next();
			String id = idOf(object);
			EObject container = object.eContainer();
			EReference containment = object.eContainmentFeature();
			double ord = 0;
			if (containment != null && containment.isMany()) {
				ord = ((EList<?>) container.eGet(containment)).indexOf(object);
			}
			rows.put(id, new ElementRow(id, kind(object.eClass()), container == null ? null : idOf(container),
					containment == null ? null : containment.getName(), ord, attributes(object)));
		}
		return rows;
	}

	/** A new resource (not saved) holding the model the rows describe. */
	public Resource model(Map<String, ElementRow> rows, URI uri) throws PlanException {
		ModelBuilder builder = builder(uri);
		for (ElementRow row : rows.values()) {
			builder.add(row);
		}
		return builder.finish();
	}

	/** A builder of a new resource (not saved) that takes the rows one by one, e.g. as they are downloaded. */
	public ModelBuilder builder(URI uri) {
		return new ModelBuilder(this, resourceSet.createResource(uri));
	}

	/** One stored value (an item of a many-valued feature) as the model holds it; references are looked up by id. */
	public static Object single(EStructuralFeature feature, JsonNode value, Map<String, EObject> objects) throws PlanException {
		return single(feature, value, objects::get);
	}

	/** One stored value as the model holds it; references are looked up by id (null: no such element). */
	public static Object single(EStructuralFeature feature, JsonNode value, java.util.function.Function<String, EObject> objects) throws PlanException {
		if (feature instanceof EAttribute attribute) {
			return EcoreUtil.createFromString(attribute.getEAttributeType(), value.asText());
		}
		EObject target = objects.apply(value.asText());
		if (target == null) {
			throw new PlanException(feature.getName() + " refers to a missing element " + value.asText());
		}
		return target;
	}

	/** The stored features of an object: set, not derived, transient or volatile, no containment either way. */
	public static boolean stored(EStructuralFeature feature) {
		if (feature.isDerived() || feature.isTransient() || feature.isVolatile()) {
			return false;
		}
		if (feature instanceof EReference reference) {
			return !reference.isContainment() && !reference.isContainer();
		}
		return !(feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == org.eclipse.emf.ecore.util.FeatureMap.Entry.class);
	}

	private static ObjectNode attributes(EObject object) {
		ObjectNode attrs = JSON.objectNode();
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!stored(feature) || !object.eIsSet(feature)) {
				continue;
			}
			Object value = object.eGet(feature);
			if (feature.isMany()) {
				ArrayNode array = attrs.putArray(feature.getName());
				for (Object item : (List<?>) value) {
					array.add(text(feature, item));
				}
			} else {
				attrs.set(feature.getName(), TextNode.valueOf(text(feature, value)));
			}
		}
		return attrs;
	}

	private static String text(EStructuralFeature feature, Object value) {
		if (feature instanceof EAttribute attribute) {
			EDataType type = attribute.getEAttributeType();
			return EcoreUtil.convertToString(type, value);
		}
		return idOf((EObject) value);
	}

	public static String idOf(EObject object) {
		Resource resource = object.eResource();
		String id = resource instanceof XMLResource xml ? xml.getID(object) : null;
		if (id == null) {
			id = EcoreUtil.generateUUID();
			if (resource instanceof XMLResource xml) {
				xml.setID(object, id);
			}
		}
		return id;
	}

	/** {@code Activity} for our own classes, {@code nsURI#Name} for a contributed package's. */
	public static String kind(EClass eClass) {
		EPackage owner = eClass.getEPackage();
		return owner.getNsURI().equals(WbsPackage.eNS_URI) ? eClass.getName() : owner.getNsURI() + "#" + eClass.getName();
	}

	public EClass eClass(String kind) {
		int hash = kind.lastIndexOf('#');
		EPackage owner = resourceSet.getPackageRegistry().getEPackage(hash < 0 ? WbsPackage.eNS_URI : kind.substring(0, hash));
		if (owner == null) {
			return null;
		}
		return owner.getEClassifier(hash < 0 ? kind : kind.substring(hash + 1)) instanceof EClass eClass ? eClass : null;
	}
}
