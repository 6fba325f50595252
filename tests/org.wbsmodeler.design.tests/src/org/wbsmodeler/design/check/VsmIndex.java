package org.wbsmodeler.design.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What the checker needs to know about a viewpoint before reading its expressions: the domain types of its
 * representations and mappings, which mappings reuse or connect which, and so what {@code self} and each tool
 * variable can be.
 */
final class VsmIndex {

	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	private static final Set<String> MAPPINGS = Set.of("nodeMappings", "containerMappings", "subNodeMappings", "subContainerMappings",
			"borderedNodeMappings", "edgeMappings");

	private static final Set<String> REUSE = Set.of("reusedNodeMappings", "reusedContainerMappings", "reusedBorderedNodeMappings");

	private final MetamodelTypes types;

	private final List<String> problems;

	private final Map<Element, Set<EClass>> domain = new HashMap<>();

	/** For each element, who refers to it and through which attribute. */
	private final Map<Element, List<Referrer>> referrers = new HashMap<>();

	VsmIndex(Element root, MetamodelTypes types, List<String> problems) {
		this.types = types;
		this.problems = problems;
		index(root, root);
	}

	static boolean isMapping(Element element) {
		return MAPPINGS.contains(element.getLocalName());
	}

	/** The local part of an element's xsi:type, e.g. NodeCreationDescription. */
	static String typeOf(Element element) {
		String type = element.getAttributeNS(XSI, "type");
		return type.substring(type.indexOf(':') + 1);
	}

	/** Where an element is, by the names of it and its ancestors: {@code WbsModeling/WbsTree/TreeActivity/style}. */
	static String where(Element element) {
		List<String> parts = new ArrayList<>();
		for (Node node = element; node instanceof Element e && e.getParentNode() instanceof Element; node = node.getParentNode()) {
			String type = typeOf(e);
			parts.add(0, e.hasAttribute("name") ? e.getAttribute("name") : type.isEmpty() ? e.getLocalName() : e.getLocalName() + "(" + type + ")");
		}
		return String.join("/", parts);
	}

	Set<EClass> typesOf(Element element) {
		return domain.getOrDefault(element, Set.of());
	}

	/** The type of a type-naming attribute, reporting a name the metamodel lacks. */
	EClass resolve(Element element, String attribute) {
		String name = element.getAttribute(attribute);
		if (name.isEmpty() || types.isForeign(name)) {
			return null;
		}
		EClass resolved = types.eClass(name);
		if (resolved == null) {
			problems.add(where(element) + " @" + attribute + ": unknown class '" + name + "' (the metamodel's package is named '"
					+ types.metamodel().getName() + "')");
		}
		return resolved;
	}

	/** What self is inside a mapping: its domain class, or for a relation-based edge the source's. */
	Set<EClass> selfOf(Element mapping) {
		if (isRelationEdge(mapping)) {
			return referenced(mapping, "sourceMapping");
		}
		return typesOf(mapping);
	}

	/** What self is when a mapping's candidates are computed: the semantic element of every place it appears in. */
	Set<EClass> parentContexts(Element mapping) {
		Set<EClass> result = new LinkedHashSet<>();
		Element parent = (Element) mapping.getParentNode();
		if (isMapping(parent)) {
			result.addAll(typesOf(parent));
		} else {
			result.addAll(typesOf((Element) parent.getParentNode()));
		}
		for (Referrer referrer : referrers.getOrDefault(mapping, List.of())) {
			if (REUSE.contains(referrer.attribute())) {
				result.addAll(typesOf(referrer.element()));
			}
		}
		return result;
	}

	/** The variables a tool declares, typed from the mappings it works on. */
	Scope toolScope(Element tool) {
		String kind = typeOf(tool);
		Scope scope = Scope.of(Set.of());
		for (Element child : OdesignChecker.childElements(tool)) {
			if (child.hasAttribute("name") && !child.getLocalName().equals("initialOperation")) {
				scope = scope.withVariable(child.getAttribute("name"), Set.of());
			}
		}
		switch (kind) {
		case "NodeCreationDescription", "ContainerCreationDescription" -> {
			Set<EClass> container = new LinkedHashSet<>();
			for (Element created : referenced(tool, kind.startsWith("Node") ? List.of("nodeMappings") : List.of("containerMappings"))) {
				container.addAll(parentContexts(created));
			}
			scope = scope.withSelf(container).withVariable(variable(tool, "variable", "container"), container);
		}
		case "ContainerDropDescription" -> {
			Set<EClass> dropped = referenced(tool, "mappings");
			Set<EClass> targets = new LinkedHashSet<>();
			for (Referrer referrer : referrers.getOrDefault(tool, List.of())) {
				if (referrer.attribute().equals("dropDescriptions")) {
					targets.addAll(typesOf(referrer.element()));
				}
			}
			scope = scope.withVariable(variable(tool, "element", "element"), dropped)
					.withVariable(variable(tool, "newContainer", "newSemanticContainer"), targets);
		}
		case "EdgeCreationDescription" -> {
			Set<EClass> sources = new LinkedHashSet<>();
			Set<EClass> targets = new LinkedHashSet<>();
			for (Element edge : referenced(tool, List.of("edgeMappings"))) {
				sources.addAll(referenced(edge, "sourceMapping"));
				targets.addAll(referenced(edge, "targetMapping"));
			}
			scope = scope.withVariable(variable(tool, "sourceVariable", "source"), sources).withVariable("preSource", sources)
					.withVariable(variable(tool, "targetVariable", "target"), targets).withVariable("preTarget", targets)
					.withVariable("preSourceView", Set.of()).withVariable("preTargetView", Set.of());
		}
		case "DirectEditLabel" -> {
			Set<EClass> edited = new LinkedHashSet<>();
			for (Referrer referrer : referrers.getOrDefault(tool, List.of())) {
				if (referrer.attribute().equals("labelDirectEdit")) {
					edited.addAll(selfOf(referrer.element()));
				}
			}
			scope = scope.withSelf(edited).withVariable("arg0", Set.of());
		}
		default -> {
			// other tools declare only untyped variables
		}
		}
		return scope;
	}

	private static String variable(Element tool, String tag, String fallback) {
		List<Element> declared = VsmReferences.children(tool, tag);
		return declared.isEmpty() ? fallback : declared.get(0).getAttribute("name");
	}

	private boolean isRelationEdge(Element mapping) {
		return "edgeMappings".equals(mapping.getLocalName()) && !"true".equals(mapping.getAttribute("useDomainElement"));
	}

	private Set<EClass> referenced(Element element, String attribute) {
		Set<EClass> result = new LinkedHashSet<>();
		for (Element target : referenced(element, List.of(attribute))) {
			result.addAll(typesOf(target));
		}
		return result;
	}

	private List<Element> referenced(Element element, List<String> attributes) {
		List<Element> result = new ArrayList<>();
		Element root = element.getOwnerDocument().getDocumentElement();
		for (String attribute : attributes) {
			for (String path : element.getAttribute(attribute).trim().split("\\s+")) {
				Element target = path.isEmpty() ? null : VsmReferences.resolve(root, path);
				if (target != null) {
					result.add(target);
				}
			}
		}
		return result;
	}

	private void index(Element root, Element element) {
		String tag = element.getLocalName();
		if ("ownedRepresentations".equals(tag) || isMapping(element) && !isRelationEdge(element)) {
			EClass type = resolve(element, "domainClass");
			domain.put(element, type == null ? Set.of() : Set.of(type));
		}
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			if (VsmReferences.isReference(attribute.getValue())) {
				for (String path : attribute.getValue().trim().split("\\s+")) {
					Element target = VsmReferences.resolve(root, path);
					if (target != null) {
						referrers.computeIfAbsent(target, k -> new ArrayList<>()).add(new Referrer(element, attribute.getName()));
					}
				}
			}
		}
		for (Element child : OdesignChecker.childElements(element)) {
			index(root, child);
		}
	}

	private record Referrer(Element element, String attribute) {
	}
}
