package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.util.ModelBuilder;
import org.wbsmodeler.ui.diagram.page.DiagramPage;
import org.wbsmodeler.ui.diagram.page.DiagramRefresh;
import org.wbsmodeler.ui.tests.EditorFixture;

/**
 * A network too big to lay out on the UI thread: its first layout runs in a job, but a duration edit, which keeps the
 * boxes, is shown at once by the refresh itself (sized and matched on the UI thread), with no job to wait for.
 */
public class BigNetworkRefreshTest {

	/** Enough boxes that the refresh hands the first layout to a job. */
	private static final int ACTIVITIES = DiagramRefresh.BACKGROUND_LIMIT + 100;

	private EditorFixture fixture;
	private DiagramPage page;

	@Before
	public void open() throws Exception {
		fixture = EditorFixture.open(chains());
		page = DiagramTabs.open(fixture, "Network");
		assertTrue("the first layout is shown", fixture.waitUntil(() -> page.built() != null && page.built().generation() == page.refresher().generation(), 60_000));
	}

	@After
	public void close() throws Exception {
		fixture.close();
	}

	@Test
	public void aDurationEditIsShownByTheRefreshItselfWithTheBoxesWhereTheyWere() {
		Activity first = (Activity) ((Phase) fixture.model().getChildren().get(0)).getChildren().get(0);
		DiagramNode before = page.viewer().node(first);
		double x = before.getX();
		double y = before.getY();
		fixture.editor.getEditingDomain().getCommandStack()
				.execute(SetCommand.create(fixture.editor.getEditingDomain(), first, WbsPackage.Literals.WBS_ELEMENT__DURATION, 7.0));
		page.refreshNow(); // no event loop between the refresh and the checks: a job could not have been applied yet
		assertEquals("this refresh is the one shown", page.refresher().generation(), page.built().generation());
		assertTrue("the layout was kept", page.built().layoutReused());
		DiagramNode after = page.viewer().node(first);
		assertNotNull(after);
		assertTrue("the new duration is drawn", after.getLabel().contains("7 d"));
		assertEquals(x, after.getX(), 0.001);
		assertEquals(y, after.getY(), 0.001);
	}

	/** Phases of ten activities in a chain, each phase after the one before. */
	private static byte[] chains() throws Exception {
		ModelBuilder b = new ModelBuilder();
		Project project = b.project("Big network", LocalDate.of(2027, 1, 4));
		Activity previous = null;
		for (int p = 0; p < ACTIVITIES / 10; p++) {
			Phase phase = b.phase(project, "Phase " + (p + 1), null);
			for (int a = 0; a < 10; a++) {
				Activity activity = b.activity(phase, "Task " + (p + 1) + "." + (a + 1), 1 + (a + p) % 5, 8);
				if (previous != null) {
					b.link(previous, activity);
				}
				previous = activity;
			}
		}
		return DemoModel.bytes(project);
	}
}
