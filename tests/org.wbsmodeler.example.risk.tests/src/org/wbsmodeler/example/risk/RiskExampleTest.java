package org.wbsmodeler.example.risk;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.example.risk.validation.RiskRule;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Annotation;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.validation.ModelValidation;

/** The shipped risk example: load, validate, schedule, render, through the product's engines and command line. */
public class RiskExampleTest {

	@Rule
	public TemporaryFolder temp = new TemporaryFolder();

	private static final Path EXAMPLE = Wbs.example("pschse-crm-risks.wbs");

	static List<Risk> risks(Project project) {
		List<Risk> risks = new ArrayList<>();
		project.eAllContents().forEachRemaining(o -> {
			if (o instanceof Risk risk) {
				risks.add(risk);
			}
		});
		return risks;
	}

	@Test
	public void loadsWithItsRiskRegister() throws Exception {
		Project project = ModelFiles.load(EXAMPLE);
		List<Risk> risks = risks(project);
		assertEquals(6, risks.size());
		assertTrue("no load warnings: the package is installed", project.eResource().getWarnings().isEmpty());
		Risk data = risks.stream().filter(r -> r.getTitle().startsWith("Legacy customer data")).findFirst().orElseThrow();
		assertEquals(0.6 * 4, data.getExposure(), 1e-9);
		assertEquals("Data specialist", data.getOwner());
		assertEquals("Run trial migration", data.getMitigation().getName());
		assertTrue(data.getElement() instanceof WbsElement);
		assertSame(data.getElement(), data.eContainer());
	}

	@Test
	public void validatesCleanAndTheRuleFindsAnUnmitigatedHighExposure() throws Exception {
		Project project = ModelFiles.load(EXAMPLE);
		assertThat(messages(ModelValidation.validate(project)), not(containsString("risk '")));

		Risk data = risks(project).stream().filter(r -> r.getMitigation() != null).findFirst().orElseThrow();
		data.setMitigation(null);
		Diagnostic diagnostic = ModelValidation.validate(project);
		String messages = messages(diagnostic);
		assertThat(messages, containsString("risk '" + data.getTitle() + "'"));
		assertThat(messages, containsString("no mitigation activity"));
		boolean warned = diagnostic.getChildren().stream().anyMatch(d -> d.getSource().equals(RiskRule.SOURCE)
				&& d.getCode() == RiskRule.UNMITIGATED && d.getSeverity() == Diagnostic.WARNING && d.getData().get(0) == data);
		assertTrue(messages, warned);

		data.setProbability(1.5);
		assertThat(messages(ModelValidation.validate(project)), containsString("probability must be 0 to 1"));
	}

	@Test
	public void commandLineValidatesSchedulesAndKeepsTheRisksOnSave() throws Exception {
		Wbs validate = Wbs.run(temp.getRoot().toPath(), "validate", EXAMPLE.toString());
		assertEquals(validate.toString(), 0, validate.exitCode);

		Path copy = temp.getRoot().toPath().resolve("plan.wbs");
		Files.copy(EXAMPLE, copy);
		Wbs schedule = Wbs.run(temp.getRoot().toPath(), "schedule", "plan.wbs", "--save");
		assertEquals(schedule.toString(), 0, schedule.exitCode);
		Wbs plain = Wbs.run(temp.getRoot().toPath(), "schedule", Wbs.example("pschse-crm.wbs").toString());
		// risks do not move dates: the finish line of both schedules is the same
		assertEquals(line(plain.out, "finish"), line(schedule.out, "finish"));

		Project saved = ModelFiles.load(copy);
		assertEquals(6, risks(saved).size());
		assertNotNull(risks(saved).get(0).getElement().getEarlyStart());
	}

	@Test
	public void theBadgeIsOnTheWbsChartTheNetworkAndTheGantt() throws Exception {
		Path dir = temp.getRoot().toPath();
		for (String diagram : List.of("wbs", "network", "gantt")) {
			Wbs render = Wbs.run(dir, "render", EXAMPLE.toString(), "--diagram", diagram, "-o", diagram + ".svg");
			assertEquals(render.toString(), 0, render.exitCode);
			String svg = Files.readString(dir.resolve(diagram + ".svg"));
			if (!diagram.equals("wbs")) {
				// activities carry their own risks on the network and the Gantt chart
				assertThat(diagram, svg, containsString("Risk 2.0"));
			}
			assertThat(diagram, svg, containsString("Risk 0.9"));
		}
		String wbs = Files.readString(dir.resolve("wbs.svg"));
		assertThat(wbs, containsString("Risk 2.4"));
		Wbs plain = Wbs.run(dir, "render", Wbs.example("pschse-crm.wbs").toString(), "--diagram", "wbs", "-o", "plain.svg");
		assertEquals(plain.toString(), 0, plain.exitCode);
		assertThat(Files.readString(dir.resolve("plain.svg")), not(containsString("Risk ")));
	}

	@Test
	public void aRiskCopiedWithItsElementStaysARisk() throws Exception {
		Project project = ModelFiles.load(EXAMPLE);
		Activity activity = (Activity) risks(project).stream().filter(r -> r.getElement() instanceof Activity).findFirst().orElseThrow().getElement();
		Activity copy = EcoreUtil.copy(activity);
		Annotation annotation = copy.getAnnotations().get(0);
		assertTrue(annotation instanceof Risk);
	}

	private static String messages(Diagnostic diagnostic) {
		StringBuilder text = new StringBuilder();
		for (Diagnostic child : diagnostic.getChildren()) {
			text.append(child.getMessage()).append('\n');
		}
		return text.toString();
	}

	private static String line(String text, String start) {
		for (String line : text.split("\n")) {
			if (line.strip().toLowerCase().startsWith(start)) {
				return line;
			}
		}
		throw new AssertionError("no line starting with " + start + " in\n" + text);
	}
}
