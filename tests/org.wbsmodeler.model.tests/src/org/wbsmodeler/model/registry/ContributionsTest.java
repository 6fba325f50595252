package org.wbsmodeler.model.registry;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.model.validation.ValidationRule;

/** The registry helper: services entries on a flat classpath, first of an id wins, broken entries named. */
public class ContributionsTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	public static final class Hello implements Supplier<String> {
		@Override
		public String get() {
			return "hello";
		}
	}

	public static final class AlsoHello implements Supplier<String> {
		@Override
		public String get() {
			return "hello";
		}
	}

	public static final class World implements Supplier<String> {
		@Override
		public String get() {
			return "world";
		}
	}

	@Test
	public void servicesEntriesOnAFlatClasspathFirstOfAnIdWinsBrokenOnesAreNamed() throws Exception {
		Path root = folder.getRoot().toPath();
		Path services = Files.createDirectories(root.resolve("META-INF/services"));
		Files.writeString(services.resolve(Supplier.class.getName()), String.join("\n", Hello.class.getName(), "org.example.Missing",
				AlsoHello.class.getName(), World.class.getName()) + "\n");
		try (URLClassLoader loader = new URLClassLoader(new URL[] { root.toUri().toURL() }, ContributionsTest.class.getClassLoader())) {
			@SuppressWarnings("rawtypes")
			Contributions<Supplier> found = Contributions.fromServices(Supplier.class, loader, s -> (String) s.get());
			assertEquals(List.of(Hello.class, World.class), found.list().stream().map(Object::getClass).toList());
			assertEquals(1, found.problems().size());
			assertThat(found.problems().get(0), containsString("org.example.Missing"));
		}
	}

	@Test
	public void theModelBundleListsItsRulesAsServicesToo() {
		List<String> rules = Contributions.fromServices(ValidationRule.class, r -> r.getClass().getName()).list().stream()
				.map(r -> r.getClass().getSimpleName()).toList();
		assertEquals(List.of("HierarchyRule", "EstimateRule", "DependencyRule", "ResourceRule", "TraceabilityRule", "ProjectRule", "ViewRule"), rules);
	}

	@Test
	public void inEclipseTheExtensionPointIsRead() {
		// the tests run in OSGi: the registry is there, and the model bundle contributes its own rules
		List<String> rules = Contributions.load("org.wbsmodeler.model.rules", ValidationRule.class, r -> r.getClass().getName()).list().stream()
				.map(r -> r.getClass().getSimpleName()).toList();
		assertEquals(8, rules.size());
		assertEquals("NoActivityCalledForbidden", rules.stream().filter(r -> r.startsWith("No")).findFirst().orElseThrow());
	}

	@Test
	public void installedReadsOnceAndKeepsWhatItRead() {
		Supplier<List<ValidationRule>> rules = Contributions.installed("org.wbsmodeler.model.rules", ValidationRule.class, r -> r.getClass().getName());
		List<ValidationRule> first = rules.get();
		assertEquals(8, first.size());
		org.junit.Assert.assertSame("read once: the same list, the same rule objects", first, rules.get());
	}
}
