package org.wbsmodeler.exchange.mpxj;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;

/** Days ↔ MS Project units, including MSPDI's whole tenths of a minute that MPXJ truncates instead of rounding. */
public class WorkingTimeTest {

	@Test
	public void daysAreMinutesOfTheModelsWorkingDay() {
		WorkingTime time = new WorkingTime(7.5);
		ProjectFile file = new ProjectFile();
		file.getProjectProperties().setMinutesPerDay(450);
		assertEquals(450, time.minutesPerDay(), 0);
		assertEquals(2.0, time.toDays(Duration.getInstance(15, TimeUnit.HOURS), file.getProjectProperties()), 1e-12);
		assertEquals(1.5, time.toDays(time.duration(1.5), file.getProjectProperties()), 1e-12);
		assertEquals(0, time.toDays(Duration.getInstance(50, TimeUnit.PERCENT), file.getProjectProperties()), 0);
		assertEquals(12.25, WorkingTime.toHours(Duration.getInstance(735, TimeUnit.MINUTES), file.getProjectProperties()), 1e-12);
	}

	/** Every lag lands on its tenth of a minute in the file, where a plain conversion would lose one now and then. */
	@Test
	public void lagsAndFloatsLandOnTheirTenths() throws Exception {
		WorkingTime time = new WorkingTime(9.25);
		ProjectFile file = new ProjectFile();
		file.getProjectProperties().setMinutesPerDay(555);
		file.setDefaultCalendar(file.addDefaultBaseCalendar());
		Random random = new Random(3);
		List<Long> expected = new ArrayList<>();
		Task previous = file.addTask();
		for (int i = 0; i < 400; i++) {
			long tenths = random.nextInt(200_000) - 100_000;
			double days = tenths / 10.0 / 555;
			Task task = file.addTask();
			task.addPredecessor(new Relation.Builder().predecessorTask(previous).lag(time.lag(days)));
			// start and finish slack first: setting them drops a total slack set before (see ProjectFileBuilder)
			task.setStartSlack(time.slack(days));
			task.setFinishSlack(time.slack(days));
			task.setTotalSlack(time.slack(days));
			expected.add(tenths);
			previous = task;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new MSPDIWriter().write(file, out);
		String xml = out.toString(StandardCharsets.UTF_8);
		assertEquals(expected, values(xml, "LinkLag"));
		List<Long> slacks = values(xml, "TotalSlack");
		assertEquals(expected.stream().filter(t -> t != 0).toList(), slacks);
	}

	private static List<Long> values(String xml, String element) {
		List<Long> values = new ArrayList<>();
		Matcher matcher = Pattern.compile("<" + element + ">(-?\\d+)</" + element + ">").matcher(xml);
		while (matcher.find()) {
			values.add(Long.valueOf(matcher.group(1)));
		}
		return values;
	}
}
