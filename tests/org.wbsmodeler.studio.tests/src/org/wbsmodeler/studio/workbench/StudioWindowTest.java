package org.wbsmodeler.studio.workbench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.studio.StudioIds;
import org.wbsmodeler.studio.StudioTestSupport;

/** The studio application's window as users get it: title, perspective, views, menus, tool bar; and a screenshot. */
public class StudioWindowTest {

	private IWorkbenchWindow window;
	private IWorkbenchPage page;

	@Before
	public void showThePerspective() {
		window = StudioTestSupport.window();
		page = window.getActivePage();
		page.setPerspective(window.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(StudioIds.PERSPECTIVE));
		page.resetPerspective();
		window.getShell().setSize(1280, 800);
	}

	@Test
	public void theWindowIsTheStudiosWithTheModelingPerspectiveAndItsViewsAllVisible() throws Exception {
		assertEquals(StudioIds.WINDOW_TITLE, window.getShell().getText());
		assertEquals("the application opens in the WBS Modeling perspective", StudioIds.PERSPECTIVE, page.getPerspective().getId());
		assertEquals("WBS Modeling", page.getPerspective().getLabel());
		assertTrue("an editor area", page.isEditorAreaVisible());
		for (String id : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE, IPageLayout.ID_PROP_SHEET,
				IPageLayout.ID_PROBLEM_VIEW }) {
			IViewReference view = page.findViewReference(id);
			assertNotNull(id + " in the perspective", view);
			assertNotNull(id + " opens", view.getPart(true));
			assertTrue(id + " is visible, not hidden behind another tab", page.isPartVisible(view.getPart(true)));
		}
		Path png = StudioTestSupport.screenshot(window.getShell(), "studio-window");
		assertTrue(png + " written", Files.size(png) > 10_000);
	}

	@Test
	public void theMenusHaveTheFileEditWindowAndHelpCommands() {
		Menu bar = window.getShell().getMenuBar();
		List<String> top = texts(bar);
		assertTrue(top.toString(), top.indexOf("File") == 0 && top.indexOf("Edit") == 1);
		assertTrue(top.toString(), top.indexOf("Window") > 1 && top.indexOf("Help") == top.size() - 1);

		List<String> file = texts(submenu(bar, "File"));
		for (String command : new String[] { "New", "Open File...", "Close Editor", "Close All Editors", "Save", "Save As...", "Print...", "Import...", "Export...", "Exit" }) {
			assertTrue(command + " in " + file, file.contains(command));
		}
		assertEquals("one Open File..., the studio's, which links files into the workspace: " + file, 1,
				file.stream().filter("Open File..."::equals).count());
		assertFalse("the IDE's project import is not offered: " + file, file.contains("Open Projects from File System..."));
		List<String> newMenu = texts(submenu(submenu(bar, "File"), "New"));
		assertEquals("one Other... in File > New: " + newMenu, 1, newMenu.stream().filter("Other..."::equals).count());
		List<String> edit = texts(submenu(bar, "Edit"));
		for (String command : new String[] { "Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All" }) {
			assertTrue(command + " in " + edit, edit.stream().anyMatch(text -> text.startsWith(command)));
		}
		for (String command : new String[] { "Undo", "Redo" }) {
			assertFalse(command + " shows the key it answers to", keyOf(submenu(bar, "Edit"), command).isEmpty());
		}
		List<String> windowMenu = texts(submenu(bar, "Window"));
		for (String command : new String[] { "Open Perspective", "Show View", "Reset Perspective", "Preferences" }) {
			assertTrue(command + " in " + windowMenu, windowMenu.stream().anyMatch(text -> text.startsWith(command)));
		}
		assertTrue(texts(submenu(bar, "Help")).stream().anyMatch(text -> text.startsWith("About")));
		MenuItem open = item(submenu(bar, "File"), "Open File...");
		assertTrue("Open File... has its handler", open.isEnabled());
	}

	@Test
	public void theToolBarOffersNewSaveUndoAndRedo() {
		List<String> tips = new ArrayList<>();
		collectToolTips(window.getShell(), tips);
		for (String tip : new String[] { "New", "Save", "Undo", "Redo" }) {
			assertTrue(tip + " in " + tips, tips.stream().anyMatch(t -> t.startsWith(tip)));
		}
		assertFalse("no text-editor navigation: " + tips, tips.stream().anyMatch(t -> t.startsWith("Next Annotation")));
	}

	@Test
	public void theSmokeCheckPassesHereAndNamesAViewThatIsMissing() {
		assertEquals(0, SmokeCheck.run(window));
		page.hideView(page.findViewReference(IPageLayout.ID_OUTLINE));
		try {
			assertEquals(1, SmokeCheck.run(window));
		} finally {
			page.resetPerspective();
		}
	}

	private static void collectToolTips(Control control, List<String> tips) {
		if (control instanceof ToolBar bar) {
			for (ToolItem item : bar.getItems()) {
				if (item.getToolTipText() != null) {
					tips.add(item.getToolTipText().replace("&", ""));
				}
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectToolTips(child, tips);
			}
		}
	}

	private static Menu submenu(Menu bar, String text) {
		Menu menu = item(bar, text).getMenu();
		// JFace fills menus when they are about to show
		menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
		return menu;
	}

	private static MenuItem item(Menu menu, String text) {
		for (MenuItem item : menu.getItems()) {
			if (clean(item.getText()).equals(text)) {
				return item;
			}
		}
		throw new AssertionError("no menu item " + text + " in " + texts(menu));
	}

	/** The key shown beside the item whose label starts with the text ("" when none is shown). */
	private static String keyOf(Menu menu, String text) {
		for (MenuItem item : menu.getItems()) {
			if (clean(item.getText()).startsWith(text)) {
				int tab = item.getText().indexOf('\t');
				String key = tab < 0 ? "" : item.getText().substring(tab + 1).trim();
				return key.isEmpty() && item.getAccelerator() != 0 ? String.valueOf(item.getAccelerator()) : key;
			}
		}
		throw new AssertionError("no menu item " + text + " in " + texts(menu));
	}

	private static List<String> texts(Menu menu) {
		List<String> texts = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				texts.add(clean(item.getText()));
			}
		}
		return texts;
	}

	/** The label as shown: without the mnemonic marker and the accelerator. */
	private static String clean(String text) {
		int tab = text.indexOf('\t');
		// "&&" is a literal "&" on screen (a label given an "&" twice shows it): kept, so that such a label fails
		return (tab >= 0 ? text.substring(0, tab) : text).replace("&&", "\u0000").replace("&", "").replace('\u0000', '&').trim();
	}
}
