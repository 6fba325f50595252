package org.wbsmodeler.studio.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.Test;
import org.wbsmodeler.studio.StudioTestSupport;
import org.wbsmodeler.studio.files.ExternalFiles;
import org.wbsmodeler.studio.files.ModelEditors;
import org.wbsmodeler.studio.workbench.PaintWatch;

/**
 * The editor benchmark's plumbing, with a stand-in editor ({@link ActivityListEditor}) where the model editor is not
 * part of this test runtime: models written into the workspace, opened, edited through the editor's command stack,
 * measured until painted, one line out, nothing left behind; and one clear line when it cannot measure.
 */
public class EditorBenchmarkTest {

	private static final String STAND_IN = "org.wbsmodeler.studio.tests.planList";

	@Test
	public void measuresOpenEditAndHeapAndPrintsTheOneLine() throws Exception {
		IWorkbenchWindow window = StudioTestSupport.window();
		EditorBenchResult result = EditorBenchmark.run(window, new EditorBenchmark.Settings(2000, STAND_IN, 1));
		assertEquals(2000, result.activities());
		assertEquals("a tenth of the size for the small edit", 200, result.smallActivities());
		assertTrue(result.line(), result.line().matches("editor activities=2000 open_ms=\\d+ edit_ms_200=\\d+ edit_ms_2k=\\d+ heap_mb=\\d+"));
		assertTrue("a heap was measured: " + result.line(), result.heapMb() > 0);
		assertEquals("no editor left open", 0, window.getActivePage().getEditorReferences().length);
		assertFalse("the benchmark project is gone", ResourcesPlugin.getWorkspace().getRoot().getProject(BenchModels.PROJECT).exists());
	}

	@Test
	public void paintsAreWatchedInTheEditorItselfNotAnywhereInTheWindow() throws Exception {
		IWorkbenchPage page = StudioTestSupport.window().getActivePage();
		IFile file = ExternalFiles.toWorkspace(Path.of(System.getProperty("wbs.repo"), "examples", "pschse-crm.wbs"));
		try {
			IEditorPart editor = ModelEditors.open(page, file, STAND_IN);
			Control control = EditorBenchmark.editorControl(editor);
			assertNotSame("the editor's own composite", page.getWorkbenchWindow().getShell(), control);
			Tree tree = ((ActivityListEditor) editor).tree();
			boolean inside = false;
			for (Control c = tree; c != null; c = c.getParent()) {
				inside |= c == control;
			}
			assertTrue("the editor's tree is inside it", inside);
			try (PaintWatch watch = new PaintWatch(control.getDisplay())) {
				StudioTestSupport.waitFor(() -> !control.getDisplay().readAndDispatch(), 5_000);
				watch.reset();
				assertFalse("no paint yet", watch.paintedUnder(control));
				tree.redraw();
				assertTrue("the tree's repaint counts as the editor's", watch.awaitPaintedAndIdle(control, 10_000));
			}
		} finally {
			page.closeAllEditors(false);
			file.getProject().delete(false, true, null);
		}
	}

	@Test
	public void theLineNamesTheDefaultSizesAsTheIssueDoes() {
		assertEquals("editor activities=100000 open_ms=4100 edit_ms_10k=40 edit_ms_100k=180 heap_mb=900",
				new EditorBenchResult(100_000, 4100, 10_000, 40, 180, 900).line());
	}

	@Test
	public void anUnknownEditorIsOneClearLine() {
		BenchmarkException e = assertThrows(BenchmarkException.class,
				() -> EditorBenchmark.run(StudioTestSupport.window(), new EditorBenchmark.Settings(50, "no.such.editor", 1)));
		assertEquals("no editor no.such.editor is installed (the WBS model editor comes with org.wbsmodeler.ui)", e.getMessage());
	}

	@Test
	public void anEditorWithoutEditingDomainIsOneClearLineAndNothingStaysBehind() {
		IWorkbenchWindow window = StudioTestSupport.window();
		BenchmarkException e = assertThrows(BenchmarkException.class,
				() -> EditorBenchmark.run(window, new EditorBenchmark.Settings(50, "org.wbsmodeler.studio.tests.noDomain", 1)));
		assertEquals("the editor org.wbsmodeler.studio.tests.noDomain offers no IEditingDomainProvider", e.getMessage());
		assertEquals("no editor left open", 0, window.getActivePage().getEditorReferences().length);
		assertFalse(ResourcesPlugin.getWorkspace().getRoot().getProject(BenchModels.PROJECT).exists());
	}
}
