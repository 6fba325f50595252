package org.wbsmodeler.exchange.mspdi;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.TaskField;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIReader;
import org.wbsmodeler.exchange.ExchangeFormats;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.CorrelationGroup;
import org.wbsmodeler.model.DurationDistribution;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;

/**
 * Three-point estimates travel in MS Project's PERT fields (Duration1 optimistic, Duration2 expected, Duration3
 * pessimistic, with their aliases), the distribution and the correlation group in text fields, and come back.
 */
public class ThreePointRoundTripTest {

	private static final Path EXAMPLE = Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs");

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	@Test
	public void threePointsGoToDuration1To3AndComeBack() throws Exception {
		Project example = ModelFiles.load(EXAMPLE);
		Activity integration = example.getCorrelationGroups().stream().filter(g -> g.getName().equals("Integration team")).findFirst().orElseThrow()
				.getActivities().get(0);
		Path file = folder.newFile("plan.xml").toPath();
		List<String> warnings = new ArrayList<>();
		ExchangeFormats.exportFile(example, new MspdiExporter(), file, ExchangeWarnings.into(warnings));
		String xml = Files.readString(file);
		assertThat(xml, containsString("<Alias>Optimistic Duration</Alias>"));
		assertThat(xml, containsString("<Alias>Expected Duration</Alias>"));
		assertThat(xml, containsString("<Alias>Pessimistic Duration</Alias>"));

		// MS Project (here MPXJ's own reader) sees them in Duration1..3, in days
		ProjectFile read = new MSPDIReader().read(file.toFile());
		Task task = read.getTasks().stream().filter(t -> integration.getName().equals(t.getName())).findFirst().orElseThrow();
		Duration pessimistic = (Duration) task.get(TaskField.DURATION3);
		assertEquals(integration.getPessimisticDuration(),
				Duration.convertUnits(pessimistic.getDuration(), pessimistic.getUnits(), TimeUnit.DAYS, read.getProjectProperties()).getDuration(), 1e-6);
		assertEquals("BETA_PERT", task.get(TaskField.TEXT25));
		assertEquals("Integration team (0.6)", task.get(TaskField.TEXT24));

		Project back = new MspdiImporter().read(file, ExchangeWarnings.into(warnings));
		assertEquals(List.of(), warnings);
		List<Activity> before = activities(example);
		List<Activity> after = activities(back);
		assertEquals(before.size(), after.size());
		int ranged = 0;
		for (int i = 0; i < before.size(); i++) {
			Activity a = before.get(i);
			Activity b = after.get(i);
			assertEquals(a.getName(), b.getName());
			assertEquals(a.getName(), a.isSetPessimisticDuration(), b.isSetPessimisticDuration());
			assertEquals(a.getName(), a.getOptimisticDuration(), b.getOptimisticDuration(), 1e-9);
			assertEquals(a.getName(), a.getMostLikelyDuration(), b.getMostLikelyDuration(), 1e-9);
			assertEquals(a.getName(), a.getPessimisticDuration(), b.getPessimisticDuration(), 1e-9);
			assertEquals(a.getName(), a.getDurationDistribution(), b.getDurationDistribution());
			ranged += a.isSetPessimisticDuration() ? 1 : 0;
		}
		assertTrue(ranged > 20);
		assertTrue(after.stream().anyMatch(a -> a.getDurationDistribution() == DurationDistribution.BETA_PERT));
		assertEquals(example.getCorrelationGroups().stream().map(CorrelationGroup::getName).toList(),
				back.getCorrelationGroups().stream().map(CorrelationGroup::getName).toList());
		assertEquals(0.6, back.getCorrelationGroups().get(0).getCorrelation(), 0);
		assertEquals(example.getCorrelationGroups().get(1).getActivities().size(), back.getCorrelationGroups().get(1).getActivities().size());
		assertFalse(back.getCorrelationGroups().get(0).getActivities().isEmpty());
	}

	private static List<Activity> activities(Project project) {
		List<Activity> list = new ArrayList<>();
		project.eAllContents().forEachRemaining(o -> {
			if (o instanceof Activity a) {
				list.add(a);
			}
		});
		return list;
	}
}
