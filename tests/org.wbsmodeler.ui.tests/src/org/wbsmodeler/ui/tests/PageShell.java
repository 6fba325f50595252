package org.wbsmodeler.ui.tests;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.wbsmodeler.ui.pages.ModelPage;

/** A page of the editor alone in a top-level shell of the workbench, the size of a laptop window. */
public final class PageShell implements AutoCloseable {

	public final Shell shell;
	public final ModelPage page;

	public PageShell(ModelPage page) {
		this.page = page;
		Display display = PlatformUI.getWorkbench().getDisplay();
		shell = new Shell(display);
		shell.setText(page.title());
		shell.setLayout(new FillLayout());
		page.createControl(shell);
		shell.setSize(1280, 720);
		shell.setLocation(0, 0);
		shell.open();
		shell.forceActive();
		UiTestSupport.settle(display);
	}

	public Display display() {
		return shell.getDisplay();
	}

	/** Runs the event loop long enough for the batched refresh after a command. */
	public void settle() {
		UiTestSupport.settle(display());
	}

	@Override
	public void close() {
		page.dispose();
		shell.dispose();
	}
}
