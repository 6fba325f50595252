package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.PlatformUI;
import org.junit.Test;
import org.wbsmodeler.ui.diagram.bench.DiagramEditorBenchmark;

/** The benchmark's plumbing on a small plan: it measures, prints its one line and leaves nothing behind. */
public class DiagramBenchmarkTest {

	@Test
	public void printsTheLineAndCleansUp() throws Exception {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		DiagramEditorBenchmark.Result result = DiagramEditorBenchmark.run(window, 150, 3);
		assertTrue(result.line(), result.line().matches("diagram-editor network_edit_ms=\\d+ repaint_ms=\\d+ wbs_edit_ms=\\d+ \\(.*\\)"));
		assertTrue(result.line(), result.networkEditMs() > 0 && result.wbsEditMs() > 0);
		assertFalse("the benchmark project is gone",
				ResourcesPlugin.getWorkspace().getRoot().getProject("WBS Modeler diagram benchmark").exists());
		assertTrue("no editor left open", window.getActivePage().getEditorReferences().length == 0);
	}
}
