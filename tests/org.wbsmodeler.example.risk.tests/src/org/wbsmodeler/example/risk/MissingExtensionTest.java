package org.wbsmodeler.example.risk;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A model that uses a plug-in which is not installed, both ways it can happen: an annotation of an unknown package
 * hung on an element, and an element of an unknown kind among a deliverable's children. Both load with one warning
 * per missing package, validate and schedule without them, and the next save writes them back.
 */
public class MissingExtensionTest {

	@Rule
	public TemporaryFolder temp = new TemporaryFolder();

	private static final String REVIEW = "<annotations xsi:type=\"review:Review\" xmi:id=\"_review1\" verdict=\"rework\" reviewer=\"QA board\"><note>Check the cleansing rules</note></annotations>";
	private static final String GATE = "<children xsi:type=\"gate:QualityGate\" xmi:id=\"_gate1\" name=\"Gate 1\" criteria=\"charter signed\"/>";

	private Path plan() throws Exception {
		String xml = Files.readString(Wbs.example("pschse-crm.wbs"));
		xml = xml.replaceFirst("xmlns:wbs=\"http://www.wbsmodeler.org/wbs/1.1\"",
				"xmlns:wbs=\"http://www.wbsmodeler.org/wbs/1.1\" xmlns:review=\"http://example.org/review/1.0\" xmlns:gate=\"http://example.org/gate/2.0\"");
		// an annotation on the activity "Draft charter"
		xml = xml.replaceFirst("(<children xsi:type=\"wbs:Activity\" xmi:id=\"[^\"]+\" name=\"Draft charter\"[^>]*>)", "$1\n        " + REVIEW.replace("$", "\\$"));
		// an element of an unknown kind, the last child of the deliverable "Project charter"
		xml = xml.replaceFirst("(?s)(<children xsi:type=\"wbs:Activity\" xmi:id=\"[^\"]+\" name=\"Approve charter with sponsor\".*?</children>)", "$1\n      " + GATE);
		assertThat(xml, containsString(REVIEW));
		assertThat(xml, containsString(GATE));
		Path file = temp.getRoot().toPath().resolve("plan.wbs");
		Files.writeString(file, xml);
		return file;
	}

	@Test
	public void validateWarnsOncePerMissingPackage() throws Exception {
		Path file = plan();
		Wbs validate = Wbs.run(temp.getRoot().toPath(), "validate", "plan.wbs");
		assertEquals(validate.toString(), 0, validate.exitCode);
		String[] warnings = validate.err.lines().filter(l -> l.contains("not installed")).toArray(String[]::new);
		assertEquals(validate.toString(), 2, warnings.length);
		assertThat(validate.err, containsString("plan.wbs: warning: keeps 1 element of package http://example.org/review/1.0, which is not installed"));
		assertThat(validate.err, containsString("package http://example.org/gate/2.0"));
		assertTrue(Files.exists(file));
	}

	@Test
	public void scheduleSaveWritesTheUnknownContentBackUnchanged() throws Exception {
		Path file = plan();
		Wbs schedule = Wbs.run(temp.getRoot().toPath(), "schedule", "plan.wbs", "--save");
		assertEquals(schedule.toString(), 0, schedule.exitCode);
		assertThat(schedule.err, containsString("http://example.org/review/1.0"));
		String saved = Files.readString(file);
		assertThat(saved, containsString("start=\"")); // the save happened: scheduled dates are in the file
		assertThat(saved, containsString("xmlns:review=\"http://example.org/review/1.0\""));
		assertThat(saved, containsString("xmlns:gate=\"http://example.org/gate/2.0\""));
		assertThat(saved, containsString("<annotations xsi:type=\"review:Review\" xmi:id=\"_review1\" verdict=\"rework\" reviewer=\"QA board\"><note>Check the cleansing rules</note></annotations>"));
		assertThat(saved, containsString("<children xsi:type=\"gate:QualityGate\" xmi:id=\"_gate1\" name=\"Gate 1\" criteria=\"charter signed\"/>"));

		// and again: a second round trip changes nothing more
		Wbs again = Wbs.run(temp.getRoot().toPath(), "schedule", "plan.wbs", "--save");
		assertEquals(again.toString(), 0, again.exitCode);
		assertEquals(saved, Files.readString(file));
	}

	@Test
	public void anUnknownAttributeOfOurOwnIsStillAnError() throws Exception {
		String xml = Files.readString(Wbs.example("pschse-crm.wbs")).replaceFirst("name=\"Draft charter\"", "name=\"Draft charter\" bogus=\"1\"");
		Files.writeString(temp.getRoot().toPath().resolve("bad.wbs"), xml);
		Wbs validate = Wbs.run(temp.getRoot().toPath(), "validate", "bad.wbs");
		assertEquals(validate.toString(), 2, validate.exitCode);
		assertThat(validate.err, containsString("bogus"));
	}
}
