package org.wbsmodeler.design.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Checks a Sirius viewpoint specification (.odesign, read as XML) against a metamodel: every domain class, created
 * type, feature and reference it names, every expression's navigation and service call, and every reference it
 * makes to its own mappings and tools. Each problem names the element and the unknown name; an empty list means
 * the viewpoint only says things the metamodel and the services can answer.
 */
public final class OdesignChecker {

	private final MetamodelTypes types;

	private final ClassLoader serviceLoader;

	public OdesignChecker(EPackage metamodel, ClassLoader serviceLoader) {
		this.types = new MetamodelTypes(metamodel);
		this.serviceLoader = serviceLoader;
	}

	public List<String> check(Document document) {
		Element root = document.getDocumentElement();
		List<String> problems = new ArrayList<>();
		List<String> extensions = new ArrayList<>();
		collectExtensions(root, extensions);
		if (extensions.isEmpty()) {
			problems.add("the viewpoint names no Java extension, so no service call can be resolved");
		}
		ServiceCatalog services = new ServiceCatalog(extensions, serviceLoader);
		problems.addAll(services.problems());
		checkReferences(root, root, problems); // and the xsi:types
		VsmIndex index = new VsmIndex(root, types, problems);
		new Walk(index, new ExpressionChecker(types, services), problems).element(root, Scope.of(Set.of()));
		return problems;
	}

	private static void collectExtensions(Element element, List<String> names) {
		if ("ownedJavaExtensions".equals(element.getLocalName())) {
			names.add(element.getAttribute("qualifiedClassName"));
		}
		for (Element child : childElements(element)) {
			collectExtensions(child, names);
		}
	}

	private static void checkReferences(Element root, Element element, List<String> problems) {
		String typeProblem = SiriusTypes.problem(element);
		if (typeProblem != null) {
			problems.add(VsmIndex.where(element) + ": " + typeProblem);
		}
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			if (VsmReferences.isReference(attribute.getValue())) {
				for (String path : attribute.getValue().trim().split("\\s+")) {
					if (VsmReferences.resolve(root, path) == null) {
						problems.add(VsmIndex.where(element) + " @" + attribute.getName() + ": dangling reference " + path);
					}
				}
			}
		}
		for (Element child : childElements(element)) {
			checkReferences(root, child, problems);
		}
	}

	static List<Element> childElements(Element parent) {
		List<Element> result = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				result.add(element);
			}
		}
		return result;
	}

	/** The recursive pass that gives every expression its scope. */
	private record Walk(VsmIndex index, ExpressionChecker expressions, List<String> problems) {

		void element(Element element, Scope scope) {
			String tag = element.getLocalName();
			if ("ownedRepresentations".equals(tag)) {
				scope = Scope.of(index.typesOf(element));
			} else if (VsmIndex.isMapping(element)) {
				mapping(element);
				return;
			} else if ("ownedTools".equals(tag) || "tools".equals(tag) || "menuItemDescription".equals(tag)) {
				scope = index.toolScope(element);
			} else if ("firstModelOperations".equals(tag) || "subModelOperations".equals(tag)) {
				operation(element, scope);
				return;
			}
			attributes(element, scope, Set.of());
			for (Element child : childElements(element)) {
				element(child, scope);
			}
		}

		void mapping(Element mapping) {
			expression(mapping, "semanticCandidatesExpression", Scope.of(index.parentContexts(mapping)));
			Scope own = Scope.of(index.selfOf(mapping));
			attributes(mapping, own, Set.of("semanticCandidatesExpression"));
			for (Element child : childElements(mapping)) {
				element(child, own);
			}
		}

		void operation(Element operation, Scope scope) {
			String kind = VsmIndex.typeOf(operation);
			Scope inner = scope;
			if (kind.equals("ChangeContext")) {
				Set<EClass> target = expressions.check(operation.getAttribute("browseExpression"), scope, VsmIndex.where(operation) + " @browseExpression", problems);
				inner = scope.withSelf(target);
			} else if (kind.equals("CreateInstance")) {
				EClass created = index.resolve(operation, "typeName");
				reference(operation, scope, created);
				Set<EClass> instance = created == null ? Set.of() : Set.of(created);
				String variable = operation.getAttribute("variableName");
				inner = scope.withSelf(instance).withVariable(variable.isEmpty() ? "instance" : variable, instance);
			} else if (kind.equals("SetValue") || kind.equals("Unset")) {
				feature(operation, "featureName", scope);
			} else if (kind.equals("For")) {
				String iterator = operation.getAttribute("iteratorName");
				inner = scope.withVariable(iterator.isEmpty() ? "i" : iterator, Set.of());
			}
			attributes(operation, scope, Set.of("browseExpression"));
			for (Element child : childElements(operation)) {
				element(child, inner);
			}
		}

		void reference(Element operation, Scope scope, EClass created) {
			EStructuralFeature feature = feature(operation, "referenceName", scope);
			if (feature != null && created != null) {
				if (!(feature instanceof EReference reference) || !reference.getEReferenceType().isSuperTypeOf(created)) {
					problems.add(VsmIndex.where(operation) + ": " + created.getName() + " cannot be put in '" + feature.getName() + "'");
				}
			}
		}

		EStructuralFeature feature(Element operation, String attribute, Scope scope) {
			String name = operation.getAttribute(attribute);
			if (scope.self().isEmpty()) {
				problems.add(VsmIndex.where(operation) + " @" + attribute + ": self has no known type, so '" + name + "' cannot be checked");
				return null;
			}
			EStructuralFeature feature = MetamodelTypes.commonFeature(scope.self(), name);
			if (feature == null) {
				problems.add(VsmIndex.where(operation) + " @" + attribute + ": unknown feature '" + name + "' on " + ExpressionChecker.names(scope.self()));
			}
			return feature;
		}

		void attributes(Element element, Scope scope, Set<String> skip) {
			NamedNodeMap attributes = element.getAttributes();
			for (int i = 0; i < attributes.getLength(); i++) {
				String name = ((Attr) attributes.item(i)).getName();
				if (!skip.contains(name)) {
					expression(element, name, scope);
				}
			}
		}

		void expression(Element element, String attribute, Scope scope) {
			String value = element.getAttribute(attribute).trim();
			if (value.matches("(aql|feature|service|var):.*")) {
				expressions.check(value, scope, VsmIndex.where(element) + " @" + attribute, problems);
			} else if (value.startsWith("[") && value.endsWith("/]") || value.startsWith("ocl:")) {
				problems.add(VsmIndex.where(element) + " @" + attribute + ": Acceleo/OCL expressions are not supported by Sirius 7, use aql: ('" + value + "')");
			}
		}
	}

	static Set<EClass> union(Set<EClass> a, Set<EClass> b) {
		Set<EClass> result = new LinkedHashSet<>(a);
		result.addAll(b);
		return result;
	}
}
