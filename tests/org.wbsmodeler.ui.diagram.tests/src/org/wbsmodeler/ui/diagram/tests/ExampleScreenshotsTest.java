package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertTrue;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.ui.diagram.page.DiagramPage;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Screenshots;

/** The shipped example on each diagram page, whole (zoom to fit) and at 100%, for people to look at. */
public class ExampleScreenshotsTest {

	private EditorFixture fixture;

	@Before
	public void open() throws Exception {
		fixture = EditorFixture.openExample();
	}

	@After
	public void close() throws Exception {
		fixture.close();
	}

	@Test
	public void eachDiagramPageOfTheExample() {
		for (String title : new String[] { "WBS chart", "Network", "Process map" }) {
			DiagramPage page = DiagramTabs.open(fixture, title);
			page.viewer().viewport().zoomToFit();
			fixture.flush();
			String name = "example-" + title.toLowerCase().replace(' ', '-');
			Screenshots.save(fixture.shell(), name + "-fit");
			page.viewer().viewport().zoomAt(1, 0, 0);
			fixture.flush();
			Screenshots.save(fixture.shell(), name + "-100");
			assertTrue(title + " has boxes", page.viewer().diagram().getNodeCount() > 5);
			assertTrue(title + " painted", page.viewer().paintCount() > 0);
		}
	}
}
