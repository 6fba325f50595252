package org.wbsmodeler.exchange.mpxj;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mpxj.primavera.PrimaveraXERFileWriter;
import org.wbsmodeler.exchange.ExchangeFormats;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.exchange.ScheduledCopy;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;

/** Files of tools we do not write ourselves come in through MPXJ's universal reader: Primavera XER, GanttProject. */
public class OtherToolsTest {

	private static final Path EXAMPLE = Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs");

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	@Test
	public void primaveraXerComesInWithItsWbsAndLinks() throws Exception {
		Project example = ModelFiles.load(EXAMPLE);
		Path xer = folder.getRoot().toPath().resolve("plan.xer");
		try (OutputStream out = Files.newOutputStream(xer)) {
			new PrimaveraXERFileWriter().write(ProjectFileBuilder.build(ScheduledCopy.of(example), false, ExchangeWarnings.NONE), out);
		}
		assertEquals("mpxj", ExchangeFormats.importerFor(xer).id());
		Project back = ExchangeFormats.importFile(xer, ExchangeWarnings.NONE);
		// Primavera lists a WBS node's activities before its child nodes, so compare what is there, not the order
		assertEquals(names(example).stream().sorted().toList(), names(back).stream().sorted().toList());
		assertEquals(links(example), links(back));
	}

	@Test
	public void ganttProjectComesInWithKindsFromTheOutline() throws Exception {
		Path gan = folder.getRoot().toPath().resolve("shop.gan");
		try (InputStream in = OtherToolsTest.class.getResourceAsStream("ganttproject-sample.gan")) {
			Files.copy(in, gan, StandardCopyOption.REPLACE_EXISTING);
		}
		Project project = ExchangeFormats.importFile(gan, ExchangeWarnings.NONE);
		assertEquals(List.of("1 Build", "2 Design pages", "2 Write code", "1 Launch", "2 Go live"), names(project));
		List<OutlineIndex.Line> lines = OutlineIndex.build(project).lines();
		assertTrue(lines.get(0).element() instanceof Phase);
		assertTrue(lines.get(1).element() instanceof Activity);
		assertTrue(lines.get(4).element() instanceof Milestone);
		assertEquals(3.0, lines.get(1).element().getDuration(), 1e-9);
		assertEquals(50.0, lines.get(1).element().getPercentComplete(), 1e-9);
		assertEquals(1, lines.get(3).element().getPredecessors().size());
		assertEquals(lines.get(0).element(), lines.get(3).element().getPredecessors().get(0).getPredecessor());
		assertEquals(DependencyType.FF, lines.get(3).element().getPredecessors().get(0).getType());
	}

	private static List<String> names(Project project) {
		return OutlineIndex.build(project).lines().stream().map(l -> l.level() + " " + l.element().getName()).toList();
	}

	private static int links(Project project) {
		return OutlineIndex.build(project).lines().stream().mapToInt(l -> l.element().getPredecessors().size()).sum();
	}
}
