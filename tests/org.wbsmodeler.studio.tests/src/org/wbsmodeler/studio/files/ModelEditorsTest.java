package org.wbsmodeler.studio.files;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.junit.After;
import org.junit.Test;
import org.wbsmodeler.studio.StudioTestSupport;

/** The shipped example opened from disk lands in an editor on its linked workspace file; a missing editor is said. */
public class ModelEditorsTest {

	private final IWorkbenchPage page = StudioTestSupport.window().getActivePage();

	@After
	public void closeAndRemove() throws CoreException {
		page.closeAllEditors(false);
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(false, true, null);
		}
	}

	@Test
	public void theExampleOpensOnItsLinkedWorkspaceFile() throws Exception {
		Path example = Path.of(System.getProperty("wbs.repo"), "examples", "pschse-crm.wbs");
		IFile file = ExternalFiles.toWorkspace(example);
		IEditorPart editor = ModelEditors.open(page, file, "org.wbsmodeler.studio.tests.planList");
		assertEquals(file, ((IFileEditorInput) editor.getEditorInput()).getFile());
		assertEquals(editor, page.getActiveEditor());
	}

	/**
	 * The example in the real model editor inside the studio's window and perspective: the Plan page paints its
	 * rows, and the screenshot is the one the README shows.
	 */
	@Test
	public void theExampleOpensInTheModelEditorWithItsProblems() throws Exception {
		Path example = Path.of(System.getProperty("wbs.repo"), "examples", "pschse-crm.wbs");
		IFile file = ExternalFiles.toWorkspace(example);
		IEditorPart editor = ModelEditors.open(page, file, "org.wbsmodeler.ui.editor");
		org.eclipse.emf.edit.domain.IEditingDomainProvider domain = editor.getAdapter(org.eclipse.emf.edit.domain.IEditingDomainProvider.class);
		assertTrue("the model editor has an editing domain", domain != null);
		org.eclipse.swt.widgets.Shell shell = StudioTestSupport.window().getShell();
		shell.setBounds(shell.getDisplay().getBounds());
		org.eclipse.swt.widgets.Tree plan = findTree(shell);
		assertTrue("the Plan page shows the outline", plan != null
				&& StudioTestSupport.waitFor(() -> plan.getItemCount() == 7 && plan.getItem(0).getText(0).equals("1"), 5_000));
		StudioTestSupport.waitFor(() -> false, 1_000);
		StudioTestSupport.screenshot(shell, "studio-example");
	}

	/** The Plan page's tree-table: the first tree in the editor area with a "WBS" column. */
	private static org.eclipse.swt.widgets.Tree findTree(org.eclipse.swt.widgets.Control control) {
		if (control instanceof org.eclipse.swt.widgets.Tree tree && tree.getColumnCount() > 0 && "WBS".equals(tree.getColumn(0).getText())) {
			return tree;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				org.eclipse.swt.widgets.Tree found = findTree(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	public void aMissingEditorIsNamedNotReplacedByTheSystemProgram() throws Exception {
		IFile file = ExternalFiles.toWorkspace(Path.of(System.getProperty("wbs.repo"), "examples", "pschse-crm.wbs"));
		PartInitException e = assertThrows(PartInitException.class, () -> ModelEditors.open(page, file, "no.such.editor"));
		assertEquals("no editor no.such.editor is installed to open pschse-crm.wbs", e.getMessage());
		assertEquals(0, page.getEditorReferences().length);
	}
}
