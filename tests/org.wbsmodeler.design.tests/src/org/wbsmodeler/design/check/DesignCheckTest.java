package org.wbsmodeler.design.check;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EPackage;
import org.junit.BeforeClass;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.wbsmodeler.design.services.LabelServices;
import org.wbsmodeler.model.WbsPackage;

/**
 * The shipped viewpoint names only what exists: the metamodel the model bundle registers, and the public methods of
 * the service classes it declares. Sirius is not in the build, so this is what stands between a renamed feature and
 * a diagram that silently shows nothing.
 */
public class DesignCheckTest {

	private static String odesign;

	@BeforeClass
	public static void readShippedViewpoint() throws IOException {
		Bundle design = FrameworkUtil.getBundle(LabelServices.class);
		URL entry = design.getEntry("description/wbs.odesign");
		assertTrue("the design bundle ships description/wbs.odesign", entry != null);
		try (InputStream in = entry.openStream()) {
			odesign = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	public void theShippedViewpointMatchesTheMetamodel() throws IOException {
		assertEquals("problems:\n" + String.join("\n", check(odesign)), List.of(), check(odesign));
	}

	@Test
	public void theDesignBundleStartsWithoutSirius() throws Exception {
		Bundle design = FrameworkUtil.getBundle(LabelServices.class);
		design.start();
		assertEquals("started; the viewpoint waits for Sirius", Bundle.ACTIVE, design.getState());
		assertEquals("nothing wires the Sirius package here", null, design.getResource("org/eclipse/sirius/business/api/componentization/ViewpointRegistry.class"));
	}

	@Test
	public void theMetamodelIsTheOneTheModelBundleRegisters() {
		EPackage registered = EPackage.Registry.INSTANCE.getEPackage("http://www.wbsmodeler.org/wbs/1.1");
		assertSame(WbsPackage.eINSTANCE, registered);
		assertEquals("Sirius resolves 'model::Activity' by the package name", "model", registered.getName());
	}

	@Test
	public void theViewpointHasBothDiagramsTheirStylesAndTools() throws IOException {
		for (String expected : List.of("name=\"WbsTree\"", "name=\"DependencyNetwork\"", "tool_1:NodeCreationDescription",
				"tool_1:ContainerCreationDescription", "tool_1:ContainerDropDescription", "tool_1:EdgeCreationDescription",
				"aql:self.isCriticalTask()", "aql:self.isCriticalMilestone()", "aql:self.isCriticalLink()",
				"domainClass=\"model::Milestone\"", "sourceFinderExpression=\"feature:predecessor\"")) {
			assertTrue("the viewpoint has " + expected, odesign.contains(expected));
		}
	}

	@Test
	public void aBrokenCopyIsReportedWithTheUnknownNames() throws IOException {
		String broken = odesign.replaceFirst("domainClass=\"model::Milestone\"", "domainClass=\"model::Milstone\"")
				.replace("sourceFinderExpression=\"feature:predecessor\"", "sourceFinderExpression=\"feature:predecesor\"")
				.replaceFirst("service:wbsLabel", "service:wbsLable")
				.replace("aql:self.isCriticalLink()", "aql:self.isCriticalLnk()")
				.replace("featureName=\"children\"", "featureName=\"childs\"")
				.replace("typeName=\"model::Dependency\"", "typeName=\"wbs::Dependency\"")
				.replace("aql:self.eAllContents(model::Activity)", "aql:self.eAllContents(model::Activiti)")
				.replace("aql:element.canReparent(newSemanticContainer)", "aql:element.parent.canReparent(newSemanticContainer)")
				.replace("@nodeMappings[name='TreeMilestone']\"", "@nodeMappings[name='TreeMilestones']\"")
				.replace("browseExpression=\"var:target\"", "browseExpression=\"var:targt\"")
				.replace("aql:source.canLink(target)", "aql:source.canLink(target, source)")
				.replace("tool_1:ContainerDropDescription", "tool:ContainerDropDescription");
		String report = String.join("\n", check(broken));
		for (String expected : List.of("unknown class 'model::Milstone'", "unknown feature 'predecesor' on Dependency",
				"unknown service 'wbsLable'", "unknown service 'isCriticalLnk'", "unknown feature 'childs' on Project/SummaryElement",
				"unknown class 'wbs::Dependency' (the metamodel's package is named 'model')", "unknown type 'model::Activiti'",
				"unknown feature 'parent' on SummaryElement/Activity", "dangling reference", "unknown variable 'targt'",
				"no service 'canLink' takes a receiver of type Activity/Milestone and 2 argument(s)",
				"Reparent: Sirius type 'ContainerDropDescription' belongs to namespace http://www.eclipse.org/sirius/diagram/description/tool/1.1.0")) {
			assertTrue("the report names " + expected + ":\n" + report, report.contains(expected));
		}
	}

	@Test
	public void aServiceWhoseClassIsNotDeclaredIsUnknown() throws IOException {
		String withoutReparent = odesign.replace("<ownedJavaExtensions qualifiedClassName=\"org.wbsmodeler.design.services.ReparentServices\"/>", "");
		List<String> problems = check(withoutReparent);
		assertTrue(String.join("\n", problems), problems.stream().anyMatch(p -> p.contains("unknown service 'canReparent'")));
		String missingClass = odesign.replace("services.ReparentServices\"", "services.ReparentingServices\"");
		assertTrue(check(missingClass).contains("Java extension org.wbsmodeler.design.services.ReparentingServices cannot be loaded"));
	}

	@Test
	public void aServiceCalledWithTheWrongReceiverIsReported() throws IOException {
		// isCriticalLink takes a Dependency; on an activity node it cannot be called
		String misplaced = odesign.replaceFirst("aql:self.isCriticalTask\\(\\)", "aql:self.isCriticalLink()");
		String report = check(misplaced).stream().collect(Collectors.joining("\n"));
		assertTrue(report, report.contains("no service 'isCriticalLink' takes a receiver of type Activity and 0 argument(s)"));
	}

	@Test
	public void aDoctypeIsRefused() {
		String withEntity = odesign.replaceFirst("<description:Group",
				"<!DOCTYPE description:Group [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n<description:Group");
		IOException refused = assertThrows(IOException.class, () -> check(withEntity));
		assertTrue(refused.getMessage(), refused.getMessage().startsWith("broken.odesign: not a readable viewpoint specification"));
	}

	private static List<String> check(String text) throws IOException {
		Document document = SafeXml.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "broken.odesign");
		return new OdesignChecker(WbsPackage.eINSTANCE, LabelServices.class.getClassLoader()).check(document);
	}
}
