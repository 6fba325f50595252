package org.wbsmodeler.studio.files;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

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

	@Test
	public void aMissingEditorIsNamedNotReplacedByTheSystemProgram() throws Exception {
		IFile file = ExternalFiles.toWorkspace(Path.of(System.getProperty("wbs.repo"), "examples", "pschse-crm.wbs"));
		PartInitException e = assertThrows(PartInitException.class, () -> ModelEditors.open(page, file, "no.such.editor"));
		assertEquals("no editor no.such.editor is installed to open pschse-crm.wbs", e.getMessage());
		assertEquals(0, page.getEditorReferences().length);
	}
}
