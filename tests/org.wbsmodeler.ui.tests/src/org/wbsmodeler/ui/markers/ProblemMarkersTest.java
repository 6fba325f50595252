package org.wbsmodeler.ui.markers;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.ui.tests.ModelFixture;
import org.wbsmodeler.ui.tests.UiTestSupport;

/** Problems markers appear for a broken model and go after the fix, following the command stack. */
public class ProblemMarkersTest {

	private IProject project;
	private IFile file;
	private ModelFixture model;

	@Before
	public void createWorkspaceFile() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("markers-" + System.nanoTime());
		project.create(null);
		project.open(null);
		file = project.getFile("pschse-crm.wbs");
		file.create(new ByteArrayInputStream(Files.readAllBytes(ModelFixture.EXAMPLE)), true, null);
		model = new ModelFixture(Path.of(file.getLocationURI()));
	}

	@After
	public void deleteIt() throws CoreException {
		project.delete(true, null);
	}

	@Test
	public void theMarkerTypeIsDeclaredAsAProblem() throws CoreException {
		IMarker marker = file.createMarker(ProblemMarkers.TYPE);
		assertTrue(marker.isSubtypeOf(IMarker.PROBLEM));
	}

	@Test
	public void markersFollowEachCommandAndItsUndo() throws Exception {
		MarkerUpdater updater = new MarkerUpdater(file, model.resource).attach(model.domain.getCommandStack());
		Display display = Display.getCurrent();
		assertTrue("the first validation runs", UiTestSupport.waitFor(display, () -> updater.running() != null && updater.running().getResult() != null, 5000));
		int initial = ProblemMarkers.of(file).length;
		assertEquals("the shipped example is valid", 0, initial);

		WbsElement draft = model.element("1.1.1");
		model.domain.getCommandStack().execute(SetCommand.create(model.domain, draft, Literals.WBS_ELEMENT__DURATION, -2.0));
		assertTrue("a marker appears", UiTestSupport.waitFor(display, () -> count() == 1, 5000));
		IMarker marker = ProblemMarkers.of(file)[0];
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals("1.1.1", marker.getAttribute(IMarker.LOCATION, ""));
		assertEquals(model.resource.getURIFragment(draft), marker.getAttribute(ProblemMarkers.ELEMENT_ID, ""));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, ""), marker.getAttribute(IMarker.MESSAGE, "").contains("1.1.1 'Draft charter'"));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, ""), marker.getAttribute(IMarker.MESSAGE, "").contains("negative"));

		model.domain.getCommandStack().undo();
		assertTrue("the marker goes after the fix", UiTestSupport.waitFor(display, () -> count() == 0, 5000));
		updater.detach();
	}

	@Test
	public void aPlanTooBigToCopyAtEveryEditHasTheMarkersOfItsSavedFile() throws Exception {
		WbsElement draft = model.element("1.1.1");
		String id = model.resource.getURIFragment(draft);
		model.domain.getCommandStack().execute(SetCommand.create(model.domain, draft, Literals.WBS_ELEMENT__DURATION, -2.0));
		org.wbsmodeler.model.io.ModelFiles.save(model.resource, Path.of(file.getLocationURI()));
		// the element count says "too big": the file is loaded afresh in a job, nothing is copied on this thread
		MarkerUpdater updater = MarkerUpdater.forEditor(file, model.resource, model.domain.getCommandStack(), MarkerUpdater.LIVE_VALIDATION_LIMIT + 1);
		Display display = Display.getCurrent();
		assertTrue("the saved file's problem is marked", UiTestSupport.waitFor(display, () -> count() == 1, 10_000));
		IMarker marker = ProblemMarkers.of(file)[0];
		assertEquals("1.1.1", marker.getAttribute(IMarker.LOCATION, ""));
		assertEquals("the id of the element in the editor's model", id, marker.getAttribute(ProblemMarkers.ELEMENT_ID, ""));

		model.domain.getCommandStack().undo();
		assertEquals("an unsaved fix does not validate the big plan again", 1, count());
		org.wbsmodeler.model.io.ModelFiles.save(model.resource, Path.of(file.getLocationURI()));
		updater.schedule(); // as the editor does after a save
		assertTrue("the saved fix clears it", UiTestSupport.waitFor(display, () -> count() == 0, 10_000));
		updater.detach();
	}

	@Test
	public void aProblemOfALinkPointsAtTheElementThatHoldsIt() throws CoreException {
		WbsElement approve = model.element("1.1.2");
		// the link of 1.1.2 now comes from 1.1.2 itself
		model.domain.getCommandStack().execute(SetCommand.create(model.domain, approve.getPredecessors().get(0), Literals.DEPENDENCY__PREDECESSOR, approve));
		var problems = ProblemMarkers.update(file, model.resource);
		assertTrue(problems.toString(), problems.stream().anyMatch(p -> p.message().contains("depends on itself")));
		IMarker self = Arrays.stream(ProblemMarkers.of(file)).filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("depends on itself")).findFirst()
				.orElseThrow();
		assertEquals("1.1.2", self.getAttribute(IMarker.LOCATION, ""));
		assertEquals(model.resource.getURIFragment(approve), self.getAttribute(ProblemMarkers.ELEMENT_ID, ""));
	}

	private int count() {
		try {
			return ProblemMarkers.of(file).length;
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}
}
