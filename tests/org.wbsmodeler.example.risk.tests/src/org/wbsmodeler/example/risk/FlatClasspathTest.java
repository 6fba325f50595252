package org.wbsmodeler.example.risk;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.TreeSet;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.Test;
import org.wbsmodeler.diagram.style.DiagramStyle;
import org.wbsmodeler.diagram.style.DiagramStyles;
import org.wbsmodeler.example.risk.internal.RiskExtension;
import org.wbsmodeler.exchange.fields.FieldMapping;
import org.wbsmodeler.exchange.fields.FieldMappings;
import org.wbsmodeler.model.extension.ModelExtension;
import org.wbsmodeler.model.extension.ModelExtensions;
import org.wbsmodeler.model.registry.Contributions;
import org.wbsmodeler.model.validation.ValidationRule;
import org.wbsmodeler.model.validation.WbsValidator;

/**
 * The plug-in's services files say what its plugin.xml says, for each of our extension points: on a flat classpath
 * (no extension registry) it contributes exactly what it contributes in Eclipse.
 */
public class FlatClasspathTest {

	private static final String BUNDLE = "org.wbsmodeler.example.risk";
	private static final ClassLoader PLUGIN = RiskExtension.class.getClassLoader();

	@Test
	public void servicesFilesMatchThePluginXml() {
		assertSame(ModelExtensions.EXTENSION_POINT, ModelExtension.class);
		assertSame(WbsValidator.RULES, ValidationRule.class);
		assertSame(DiagramStyles.EXTENSION_POINT, DiagramStyle.class);
		assertSame(FieldMappings.EXTENSION_POINT, FieldMapping.class);
	}

	@Test
	public void thePackageIsKnownThroughTheServicesFileAlone() {
		List<ModelExtension> extensions = Contributions.fromServices(ModelExtension.class, PLUGIN, e -> e.ePackage().getNsURI()).list();
		assertTrue(extensions.stream().anyMatch(e -> e.ePackage() == RiskPackage.eINSTANCE));
	}

	private static void assertSame(String extensionPoint, Class<?> type) {
		TreeSet<String> services = new TreeSet<>();
		for (Object contribution : Contributions.fromServices(type, PLUGIN, c -> c.getClass().getName()).list()) {
			if (contribution.getClass().getName().startsWith(BUNDLE + ".")) {
				services.add(contribution.getClass().getName());
			}
		}
		TreeSet<String> declared = new TreeSet<>();
		for (IConfigurationElement element : RegistryFactory.getRegistry().getConfigurationElementsFor(extensionPoint)) {
			if (element.getContributor().getName().equals(BUNDLE)) {
				declared.add(element.getAttribute("class"));
			}
		}
		assertTrue(extensionPoint + " has a contribution of the plug-in", !declared.isEmpty());
		assertEquals(extensionPoint, declared, services);
	}
}
