package org.wbsmodeler.ui.compare.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.List;

import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.ui.compare.changes.ChangesView;
import org.wbsmodeler.ui.compare.git.GitWorkTree;
import org.wbsmodeler.ui.compare.git.GitWorkTreeTester;
import org.wbsmodeler.ui.tests.EditorFixture;

/** Compare With &gt; Git HEAD: the changes from the plan's last commit to the file, through the git command line. */
public class GitHeadTest {

	private EditorFixture fixture;
	private File folder;

	@Before
	public void committedPlan() throws Exception {
		Assume.assumeTrue("git is on the PATH", GitWorkTree.git() != null);
		fixture = EditorFixture.openExample();
		folder = fixture.project.getLocation().toFile();
		java.nio.file.Path outside = java.nio.file.Files.createTempFile("outside-", ".wbs");
		assertFalse("a file outside any work tree has no Git HEAD entry", GitWorkTree.applies(outside));
		java.nio.file.Files.delete(outside);
		// the test workspace may itself lie in a work tree: the project becomes one of its own, the nearest
		git("init", "-q");
		git("-c", "user.name=t", "-c", "user.email=t@example.org", "add", "model.wbs");
		git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "plan");
	}

	private void git(String... arguments) throws IOException, InterruptedException {
		String[] command = new String[arguments.length + 1];
		command[0] = "git";
		System.arraycopy(arguments, 0, command, 1, arguments.length);
		Process process = new ProcessBuilder(command).directory(folder).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertEquals(output, 0, process.waitFor());
	}

	@After
	public void close() throws Exception {
		if (fixture == null) {
			return;
		}
		IViewPart view = fixture.page.findView(ChangesView.ID);
		if (view != null) {
			fixture.page.hideView(view);
		}
		fixture.close();
	}

	@Test
	public void theViewShowsTheChangesSinceTheLastCommit() throws Exception {
		fixture.project.refreshLocal(IResource.DEPTH_INFINITE, null);
		assertTrue(new GitWorkTreeTester().test(fixture.file, "inGitWorkTree", null, null));
		Variants.write(fixture.file, Variants.edited(plan -> {
			Activity first = Variants.activities(plan).get(0);
			first.setName("Renamed since the commit");
		}));
		IViewPart explorer = fixture.page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(List.of(fixture.file)));
		fixture.flush();
		explorer.getSite().getService(IHandlerService.class).executeCommand("org.wbsmodeler.ui.compare.gitHead", null);
		fixture.flush();
		ChangesView view = (ChangesView) fixture.page.findView(ChangesView.ID);
		assertNotNull(view);
		assertEquals(1, view.comparison().changeCount());
		assertTrue(view.getContentDescription(), view.getContentDescription().startsWith("From HEAD:model.wbs to model.wbs: 1 change(s)"));
		assertTrue(view.comparison().elements().get(0).changes().get(0).text(), view.comparison().elements().get(0).changes().get(0).text()
				.endsWith("→ Renamed since the commit"));
	}
}
