package org.wbsmodeler.ui.team.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.wbsmodeler.server.client.WorkingCopy;
import org.wbsmodeler.ui.editor.WbsEditor;
import org.wbsmodeler.ui.team.sync.SharedPlan;

/**
 * Every plan editor open on a copy of a shared plan (a file with {@code FILE.shared} beside it) is a
 * {@link SharedEditor} while it is open; its field in the status line shows the active one's revision and who else
 * has it open, and is hidden when a plan editor of a file of one's own comes to the front. Hooked at start-up and by
 * Open Shared Plan.
 */
public final class SharedEditors implements IStartup {

	private static final Map<WbsEditor, SharedEditor> OPEN = new ConcurrentHashMap<>();
	private static final ConflictPresenter DEFAULT_PRESENTER = new ConflictsViewPresenter();
	private static volatile ConflictPresenter presenter;
	private static boolean hooked;

	private static final IPartListener2 PARTS = new IPartListener2() {
		@Override
		public void partOpened(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof WbsEditor editor) {
				attach(editor);
			}
		}

		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			showStatus(reference.getPage());
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference reference) {
			showStatus(reference.getPage());
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			SharedEditor shared = OPEN.remove(reference.getPart(false));
			if (shared != null) {
				shared.close();
			}
			showStatus(reference.getPage());
		}
	};

	@Override
	public void earlyStartup() {
		PlatformUI.getWorkbench().getDisplay().asyncExec(SharedEditors::hook);
	}

	/** Listens to the editors of every window (once); attaches to the shared ones already open. */
	public static synchronized void hook() {
		if (hooked) {
			return;
		}
		hooked = true;
		IWorkbench workbench = PlatformUI.getWorkbench();
		org.wbsmodeler.ui.session.EveryWindow.watch(workbench, SharedEditors::hook);
	}

	private static void hook(IWorkbenchWindow window) {
		window.getPartService().addPartListener(PARTS);
		if (window.getActivePage() != null) {
			for (var reference : window.getActivePage().getEditorReferences()) {
				if (reference.getEditor(false) instanceof WbsEditor editor) {
					attach(editor);
				}
			}
		}
	}

	/** The shared plan an editor is open on, or null. */
	public static SharedEditor of(IWorkbenchPart editor) {
		return OPEN.get(editor);
	}

	/** Shows conflicts elsewhere than in the Conflicts view; null goes back to the view. */
	public static void setConflictPresenter(ConflictPresenter newPresenter) {
		presenter = newPresenter;
	}

	/** Makes an editor a shared one if its file is a copy of a shared plan. */
	public static SharedEditor attach(WbsEditor editor) {
		SharedEditor existing = OPEN.get(editor);
		if (existing != null || editor.project() == null) {
			return existing;
		}
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		if (file == null || file.getLocation() == null) {
			return null;
		}
		Path path = file.getLocation().toFile().toPath();
		if (!Files.isRegularFile(WorkingCopy.baseFile(path))) {
			return null;
		}
		try {
			String server = WorkingCopy.open(path).server();
			SharedPlan plan = new SharedPlan(path, TeamTokens.get(server));
			ConflictPresenter shown = (on, title, conflicts, rows) -> (presenter != null ? presenter : DEFAULT_PRESENTER).show(on, title, conflicts,
					rows);
			SharedEditor shared = new SharedEditor(editor, plan, () -> showStatus(editor), shown);
			OPEN.put(editor, shared);
			showStatus(editor);
			return shared;
		} catch (Exception e) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage("Shared plan: " + e.getMessage());
			return null;
		}
	}

	/** An editor's plan changed revision or company: shown if it is its page's active editor. */
	private static void showStatus(WbsEditor editor) {
		IWorkbenchPage page = editor.getSite().getPage();
		if (page.getActiveEditor() == editor) {
			showStatus(page);
		}
	}

	/**
	 * The field shows the active editor's shared plan, and is hidden for a plan editor on a file of one's own. (Other
	 * kinds of editors have status lines of their own, where the field is not.)
	 */
	private static void showStatus(IWorkbenchPage page) {
		if (page == null || !(page.getActiveEditor() instanceof WbsEditor editor)) {
			return;
		}
		SharedEditor shared = OPEN.get(editor);
		IStatusLineManager line = editor.getEditorSite().getActionBars().getStatusLineManager();
		TeamStatusItem item = line.find(TeamStatusItem.ID) instanceof TeamStatusItem found ? found : null;
		if (shared == null) {
			if (item != null) {
				item.hide(line);
			}
			return;
		}
		if (item == null) {
			item = new TeamStatusItem();
			line.add(item);
		}
		item.show(line, shared.statusText());
	}
}
