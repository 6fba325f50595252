package org.wbsmodeler.ui.tests;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.Test;
import org.wbsmodeler.ui.internal.UiActivator;

/** The test runtime is a real workbench with our UI bundle in it, and screenshots can be taken. */
public class WorkbenchSmokeTest {

	@Test
	public void theWorkbenchRunsWithOurBundleAndScreenshotsAreWritten() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull("a workbench window is open", window);
		assertNotNull("the UI bundle started", UiActivator.getDefault());
		Shell shell = window.getShell();
		shell.setSize(1280, 800);
		File file = Screenshots.save(shell, "workbench-empty");
		assertTrue(file + " written", file.length() > 1000);
	}
}
