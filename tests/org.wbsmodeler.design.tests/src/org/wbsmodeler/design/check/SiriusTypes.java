package org.wbsmodeler.design.check;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;

/**
 * The Sirius description classes this project's viewpoint may use, by the namespace that defines them in Sirius 7.
 * An xsi:type outside this list is either a typo or a class in the wrong namespace (ContainerDropDescription moved
 * from the common tool package to the diagram one in Sirius 1.0; old files still show it there).
 */
final class SiriusTypes {

	static final String DESCRIPTION = "http://www.eclipse.org/sirius/description/1.1.0";
	static final String DIAGRAM = "http://www.eclipse.org/sirius/diagram/description/1.1.0";
	static final String DIAGRAM_STYLE = "http://www.eclipse.org/sirius/diagram/description/style/1.1.0";
	static final String TOOL = "http://www.eclipse.org/sirius/description/tool/1.1.0";
	static final String DIAGRAM_TOOL = "http://www.eclipse.org/sirius/diagram/description/tool/1.1.0";

	private static final Map<String, Set<String>> KNOWN = Map.of(
			DESCRIPTION, Set.of("SystemColor", "UserFixedColor", "Group", "Viewpoint", "JavaExtension"),
			DIAGRAM, Set.of("DiagramDescription", "DiagramExtensionDescription", "NodeMapping", "ContainerMapping", "EdgeMapping",
					"Layer", "AdditionalLayer"),
			DIAGRAM_STYLE, Set.of("SquareDescription", "LozengeNodeDescription", "EllipseNodeDescription", "DotDescription",
					"BundledImageDescription", "WorkspaceImageDescription", "FlatContainerStyleDescription",
					"ShapeContainerStyleDescription", "EdgeStyleDescription", "CenterLabelStyleDescription"),
			TOOL, Set.of("ChangeContext", "CreateInstance", "SetValue", "Unset", "If", "For", "Let", "RemoveElement", "MoveElement",
					"ExternalJavaAction", "PopupMenu", "OperationAction", "ToolDescription"),
			DIAGRAM_TOOL, Set.of("NodeCreationDescription", "ContainerCreationDescription", "EdgeCreationDescription",
					"ContainerDropDescription", "DirectEditLabel", "DeleteElementDescription", "ReconnectEdgeDescription",
					"DoubleClickDescription", "ToolGroup", "CreateView", "CreateEdgeView"));

	private SiriusTypes() {
	}

	/** The problem with an element's xsi:type, or null when it is one Sirius defines where it says. */
	static String problem(Element element) {
		String type = element.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
		if (type.isEmpty()) {
			return null;
		}
		int colon = type.indexOf(':');
		String namespace = colon < 0 ? null : element.lookupNamespaceURI(type.substring(0, colon));
		String name = type.substring(colon + 1);
		if (namespace == null || !KNOWN.containsKey(namespace)) {
			return "xsi:type '" + type + "' is in no Sirius description namespace";
		}
		if (!KNOWN.get(namespace).contains(name)) {
			List<String> home = KNOWN.entrySet().stream().filter(e -> e.getValue().contains(name)).map(Map.Entry::getKey).toList();
			return home.isEmpty() ? "unknown Sirius type '" + type + "'" : "Sirius type '" + name + "' belongs to namespace " + home.get(0) + ", not " + namespace;
		}
		return null;
	}
}
