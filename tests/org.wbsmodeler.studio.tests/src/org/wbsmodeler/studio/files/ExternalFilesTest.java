package org.wbsmodeler.studio.files;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.studio.StudioTestSupport;

/**
 * Files from outside the workspace become linked workspace files, so that markers (and with them the Problems view)
 * work for a model opened from the command line.
 */
public class ExternalFilesTest {

	@Rule
	public TemporaryFolder disk = new TemporaryFolder();

	@After
	public void removeTheProjects() throws CoreException {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(false, true, null);
		}
	}

	@Test
	public void aFileOutsideIsLinkedIntoExternalFilesOnceAndKeepsItsLocation() throws Exception {
		Path plan = model("a", "plan.wbs");
		IFile file = ExternalFiles.toWorkspace(plan);
		assertEquals(ExternalFiles.PROJECT, file.getProject().getName());
		assertEquals("plan.wbs", file.getName());
		assertTrue("linked, not copied", file.isLinked());
		assertEquals(IPath.fromPath(plan), file.getLocation());
		assertEquals("the same file gives the same workspace file", file, ExternalFiles.toWorkspace(plan));
		assertEquals("relative paths are the same file", file, ExternalFiles.toWorkspace(plan.getParent().resolve("../a/plan.wbs")));
	}

	@Test
	public void anotherFileOfTheSameNameGetsItsOwnLinkAndAGoneLinkIsReused() throws Exception {
		IFile first = ExternalFiles.toWorkspace(model("a", "plan.wbs"));
		IFile second = ExternalFiles.toWorkspace(model("b", "plan.wbs"));
		assertEquals("plan (2).wbs", second.getName());
		assertFalse(first.equals(second));

		Files.delete(first.getLocation().toPath());
		IFile third = ExternalFiles.toWorkspace(model("c", "plan.wbs"));
		assertEquals("the name of a link to a deleted file is free again", "plan.wbs", third.getName());
		assertEquals(IPath.fromPath(disk.getRoot().toPath().resolve("c/plan.wbs")), third.getLocation());
	}

	@Test
	public void aFileInAProjectIsThatFileNotALink() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Plans");
		project.create(null);
		project.open(null);
		IFile inside = project.getFile("inside.wbs");
		inside.create("<x/>".getBytes(), IResource.NONE, null);
		assertEquals(inside, ExternalFiles.toWorkspace(inside.getLocation().toPath()));
		assertFalse(ResourcesPlugin.getWorkspace().getRoot().getProject(ExternalFiles.PROJECT).exists());
	}

	@Test
	public void aMissingFileIsRefusedWithItsName() {
		Path missing = disk.getRoot().toPath().resolve("nowhere.wbs");
		CoreException e = assertThrows(CoreException.class, () -> ExternalFiles.toWorkspace(missing));
		assertEquals(missing + ": no such file", e.getStatus().getMessage());
	}

	@Test
	public void aProblemMarkerOnALinkedFileShowsInTheProblemsView() throws Exception {
		IFile file = ExternalFiles.toWorkspace(model("a", "plan.wbs"));
		IMarker marker = file.createMarker(IMarker.PROBLEM);
		marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
		marker.setAttribute(IMarker.MESSAGE, "1.2.3 Design: the duration is negative");
		IWorkbenchPage page = StudioTestSupport.window().getActivePage();
		IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
		Tree tree = tree(problems);
		assertTrue("the marker appears in the Problems view",
				StudioTestSupport.waitFor(() -> allTexts(tree).stream().anyMatch(t -> t.contains("the duration is negative")), 15_000));
		page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		Path png = StudioTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "studio-external-file-marker");
		assertTrue(png + " written", Files.size(png) > 10_000);
	}

	private Path model(String folder, String name) throws Exception {
		Path dir = Files.createDirectories(disk.getRoot().toPath().resolve(folder));
		return Files.writeString(dir.resolve(name), "<not-read-here/>");
	}

	private static Tree tree(IViewPart view) {
		List<Tree> trees = new ArrayList<>();
		collectTrees((Control) view.getSite().getService(MPart.class).getWidget(), trees);
		return trees.get(0);
	}

	private static void collectTrees(Control control, List<Tree> trees) {
		if (control instanceof Tree tree) {
			trees.add(tree);
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTrees(child, trees);
			}
		}
	}

	private static List<String> allTexts(Tree tree) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			collect(tree, item, texts);
		}
		return texts;
	}

	/** The texts of an item and its children; expanding as a click would, so that the viewer creates the children. */
	private static void collect(Tree tree, TreeItem item, List<String> texts) {
		for (int i = 0; i < Math.max(1, tree.getColumnCount()); i++) {
			texts.add(item.getText(i));
		}
		if (item.getItemCount() > 0 && !item.getExpanded()) {
			Event expand = new Event();
			expand.item = item;
			tree.notifyListeners(SWT.Expand, expand);
			item.setExpanded(true);
		}
		for (TreeItem child : item.getItems()) {
			collect(tree, child, texts);
		}
	}
}
