package org.wbsmodeler.model.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.testing.Mutations;

/**
 * Loads thousands of seeded mutations of the shipped example — damaged {@code xsi:type}s (a flipped letter in the
 * attribute's name or value, {@code &lt;}, another namespace's type, none at all) and the byte-level damage of
 * {@link Mutations#mutate} — and checks what a user would read: every failure is one line naming the file, with no
 * Java object's {@code toString} ({@code Impl@1a2b}), no class names of the libraries and no stack trace; every
 * warning is one line too. A damaged type names the line and the element it sits in.
 */
public class LoadErrorFuzzTest {

	private static final Path EXAMPLE = Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs");
	private static final int TYPE_MUTATIONS = Integer.getInteger("wbs.fuzz.types", 1000);
	private static final int BYTE_MUTATIONS = Integer.getInteger("wbs.fuzz.bytes", 1000);
	private static final long SEED = Long.getLong("wbs.fuzz.seed", 20261207);
	/** An object's identity hash as Object.toString prints it, a stack frame, or a library's class name. */
	private static final Pattern INTERNALS = Pattern.compile("Impl@|[A-Za-z]@[0-9a-f]{4,}|\\bat [a-z]+\\.[a-z]+\\.|\\(eClass: |org\\.eclipse\\.|java\\.[a-z]+\\.|Exception\\b");

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	@Test
	public void theIssuesTwoDamagedTypesNameTheLineAndTheElement() throws Exception {
		String example = Files.readString(EXAMPLE);
		// the element's opening as the example writes it (its id and attribute order as the template saved them)
		java.util.regex.Matcher opening = java.util.regex.Pattern.compile("<children xsi:type=\"wbs:Activity\" xmi:id=\"[^\"]+\" name=\"Draft charter\"").matcher(example);
		assertTrue("the example has the task 'Draft charter'", opening.find());
		String draft = opening.group();
		// the element's start tag may run over several lines: the parser names its first or its last line
		int first = example.substring(0, example.indexOf(draft)).split("\n", -1).length;
		int last = example.substring(0, example.indexOf('>', example.indexOf(draft))).split("\n", -1).length;
		String expected = ": element 'Draft charter' has a damaged or missing xsi:type (expected xsi:type wbs:Phase, wbs:Deliverable,"
				+ " wbs:WorkPackage, wbs:Activity, wbs:Milestone), ";
		for (String damaged : new String[] { draft.replace("xsi:type", "xsi:typo"), draft.replace("wbs:Activity", "&lt;") }) {
			Path file = folder.newFile().toPath();
			Files.writeString(file, example.replace(draft, damaged));
			try {
				ModelFiles.load(file);
			} catch (ModelLoadException e) {
				// then where it sits ("in 'children' of deliverable 1.1 …") or who links to it ("referenced by 'predecessor' …")
				assertTrue(e.getMessage(), e.getMessage().startsWith(file + ":" + first + expected) || e.getMessage().startsWith(file + ":" + last + expected));
				continue;
			}
			throw new AssertionError("loaded: " + damaged);
		}
	}

	@Test
	public void everyDamagedTypeIsOneLineNamingTheFileTheLineAndTheElement() throws Exception {
		byte[] original = Files.readAllBytes(EXAMPLE);
		Mutations mutations = new Mutations(SEED);
		Path file = folder.getRoot().toPath().resolve("mangled.wbs");
		List<String> failures = new ArrayList<>();
		int refused = 0;
		for (int i = 0; i < TYPE_MUTATIONS; i++) {
			Files.write(file, mutations.mangleType(original));
			String message = load(file, mutations.last(), failures);
			if (message != null) {
				refused++;
				if (!Pattern.compile(Pattern.quote(file.toString()) + ":\\d+: .*(Project|Phase|Deliverable|WorkPackage|Activity|Milestone|element)").matcher(message).find()) {
					failures.add(mutations.last() + " -> no line or element: " + message);
				}
			}
		}
		assertEquals(failures.size() + " of " + TYPE_MUTATIONS + ", first: " + failures.stream().limit(5).toList(), List.of(), failures);
		assertTrue("most damaged types are refused: " + refused, refused > TYPE_MUTATIONS / 2);
	}

	@Test
	public void everyDamagedFileIsOneReadableLine() throws Exception {
		byte[] original = Files.readAllBytes(EXAMPLE);
		Mutations mutations = new Mutations(SEED);
		Path file = folder.getRoot().toPath().resolve("damaged.wbs");
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < BYTE_MUTATIONS; i++) {
			Files.write(file, mutations.mutate(original));
			load(file, mutations.last(), failures);
		}
		assertEquals(failures.size() + " of " + BYTE_MUTATIONS + ", first: " + failures.stream().limit(5).toList(), List.of(), failures);
	}

	/** Loads the file; returns the error message (null when it loaded) after checking it and every warning. */
	private static String load(Path file, String mutation, List<String> failures) {
		try {
			Resource resource = ModelFiles.loadResource(file);
			for (Resource.Diagnostic warning : resource.getWarnings()) {
				check(mutation, "warning", warning.getMessage(), failures);
			}
			return null;
		} catch (ModelLoadException e) {
			check(mutation, "error", e.getMessage(), failures);
			if (!e.getMessage().startsWith(file.toString() + ":")) {
				failures.add(mutation + " -> does not name the file: " + e.getMessage());
			}
			return e.getMessage();
		} catch (RuntimeException | StackOverflowError e) {
			failures.add(mutation + " -> escaped: " + e);
			return null;
		}
	}

	private static void check(String mutation, String what, String message, List<String> failures) {
		if (message == null || message.isBlank()) {
			failures.add(mutation + " -> empty " + what);
		} else if (message.contains("\n") || message.contains("\r")) {
			failures.add(mutation + " -> " + what + " over " + message.split("\r\n|\r|\n").length + " lines: " + message);
		} else if (INTERNALS.matcher(message).find()) {
			failures.add(mutation + " -> " + what + " shows internals: " + message);
		}
	}
}
