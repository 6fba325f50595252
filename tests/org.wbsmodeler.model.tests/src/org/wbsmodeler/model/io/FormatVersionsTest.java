package org.wbsmodeler.model.io;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.CalendarException;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.SummaryElement;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.testing.TimeZones;

/**
 * Format 1.1 stores dates without a zone; files of format 1.0 (EDates with an offset: +0000, -0330, +1400 …) load
 * with the wall-clock time as written, in whatever zone the machine is, and are saved as 1.1.
 */
public class FormatVersionsTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private Path format10() throws IOException {
		Path file = folder.getRoot().toPath().resolve("old.wbs");
		try (InputStream in = FormatVersionsTest.class.getResourceAsStream("format-1.0.wbs")) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		return file;
	}

	private static WbsElement activity(Project project) {
		return ((SummaryElement) project.getChildren().get(0)).getChildren().get(0);
	}

	/** Every date of the format 1.0 fixture, as the model holds it. */
	private static String dates(Project project) {
		WbsElement a = activity(project);
		CalendarException exception = project.getCalendars().get(0).getExceptions().get(0);
		Baseline baseline = project.getBaselines().get(0);
		return String.join(" ", String.valueOf(project.getStart()), String.valueOf(project.getStatusDate()), String.valueOf(a.getActualStart()),
				String.valueOf(a.getActualFinish()), String.valueOf(a.getConstraintDate()), String.valueOf(a.getEarlyStart()),
				String.valueOf(a.getEarlyFinish()), String.valueOf(a.getLateStart()), String.valueOf(a.getLateFinish()),
				String.valueOf(exception.getFrom()), String.valueOf(exception.getTo()), String.valueOf(baseline.getSavedOn()),
				String.valueOf(baseline.getEntries().get(0).getStart()), String.valueOf(baseline.getEntries().get(0).getFinish()));
	}

	@Test
	public void format10LoadsWithTheWallClockTimesAsWrittenInEveryZone() throws Exception {
		Path file = format10();
		String dates = TimeZones.sameInEveryZone(() -> dates(ModelFiles.load(file)));
		assertEquals("2027-02-01T08:00 2027-03-28T02:30 2027-03-28T02:00 2027-03-29T17:00 2027-10-31T02:30 2027-02-01T08:00 2027-02-02T17:00"
				+ " 2027-02-03T08:00 2027-02-04T17:00 2027-05-31T08:00 2027-05-31T08:00 2027-01-20T23:45:10 2027-02-01T08:00 2027-02-02T17:00", dates);
	}

	@Test
	public void format10IsSavedAsFormat11TheSameInEveryZone() throws Exception {
		Path file = format10();
		String xml = TimeZones.sameInEveryZone(() -> {
			Path copy = folder.getRoot().toPath().resolve("new.wbs");
			ModelFiles.save(ModelFiles.load(file), copy);
			return Files.readString(copy);
		});
		assertEquals("http://www.wbsmodeler.org/wbs/1.1", WbsPackage.eNS_URI);
		assertThat(xml, containsString("xmlns:wbs=\"http://www.wbsmodeler.org/wbs/1.1\""));
		assertThat(xml, not(containsString("wbs/1.0")));
		assertThat(xml, containsString("statusDate=\"2027-03-28T02:30\""));
		assertThat(xml, containsString("constraintDate=\"2027-10-31T02:30\""));
		assertThat(xml, containsString("savedOn=\"2027-01-20T23:45:10\""));
		assertTrue(xml, !xml.matches("(?s).*\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?([+-]\\d{4}|Z)\".*"));
		Path saved = folder.getRoot().toPath().resolve("again.wbs");
		Files.writeString(saved, xml);
		assertTrue(EcoreUtil.equals(ModelFiles.load(format10()), ModelFiles.load(saved)));
	}

	/** An editor's resource set knows only the global registry: format 1.0 loads there too. */
	@Test
	public void format10LoadsThroughTheGlobalRegistry() throws Exception {
		WbsModel.init();
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("wbs", new WbsResourceFactory());
		Resource resource = set.getResource(URI.createFileURI(format10().toString()), true);
		Project project = (Project) resource.getContents().get(0);
		assertEquals(LocalDateTime.of(2027, 3, 28, 2, 30), project.getStatusDate());
	}

	@Test
	public void aDateThatIsNoDateIsNamedWithItsLine() throws Exception {
		Path file = format10();
		Files.writeString(file, Files.readString(file).replace("2027-10-31T02:30:00.000+0100", "Halloween"));
		ModelLoadException e = loadFails(file);
		assertThat(e.getMessage(), containsString("'Halloween' for 'constraintDate'"));
		assertTrue("line " + e.getLine(), e.getLine() >= 5 && e.getLine() <= 7);
	}

	@Test
	public void aNewerFormatIsStillRefused() throws Exception {
		Path file = format10();
		Files.writeString(file, Files.readString(file).replace("wbs/1.0", "wbs/1.2"));
		assertThat(loadFails(file).getMessage(), containsString("format 1.2, this version reads format 1.1 (the file is newer"));
	}

	private static ModelLoadException loadFails(Path file) {
		try {
			ModelFiles.load(file);
		} catch (ModelLoadException e) {
			assertTrue("one line: " + e.getMessage(), !e.getMessage().contains("\n"));
			return e;
		}
		throw new AssertionError(file + " must not load");
	}
}
