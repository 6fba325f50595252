package org.wbsmodeler.ui.compare.conflicts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPartConstants;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.merge.conflict.ConflictList;
import org.wbsmodeler.merge.conflict.ListedConflict;
import org.wbsmodeler.ui.session.PlanSession;

/**
 * The open conflicts of each plan session, read from the conflict list beside the plan's file the first time they
 * are asked for, and kept with the session (so the picks on its command stack stay valid while views come and go).
 * When the editor reaches its saved state, the list file is brought in line ({@link OpenConflicts#savedStateReached}).
 */
public final class ConflictSessions {

	private static final Map<PlanSession, OpenConflicts> OPEN = new WeakHashMap<>();
	private static final List<Runnable> LISTENERS = new java.util.concurrent.CopyOnWriteArrayList<>();

	private ConflictSessions() {
	}

	/**
	 * The open conflicts of the plan an editor shows, or null when it is not a plan editor or no conflict list is
	 * beside its file.
	 *
	 * @throws MergeException if the file beside it is not a conflict list (the message names it)
	 */
	public static OpenConflicts of(IEditorPart editor) throws MergeException {
		PlanSession session = editor == null ? null : editor.getAdapter(PlanSession.class);
		if (session == null) {
			return null;
		}
		OpenConflicts known = OPEN.get(session);
		if (known != null) {
			return known;
		}
		Path plan = planFile(session);
		Path listFile = plan == null ? null : plan.resolveSibling(plan.getFileName() + ConflictList.SUFFIX);
		if (listFile == null || !Files.isRegularFile(listFile)) {
			return null;
		}
		OpenConflicts conflicts;
		try {
			conflicts = new OpenConflicts(listFile, ConflictList.read(Files.readString(listFile, StandardCharsets.UTF_8)));
		} catch (IOException | MergeException e) {
			throw new MergeException(listFile.getFileName() + ": " + e.getMessage());
		}
		return keep(editor, session, conflicts);
	}

	/**
	 * Lists conflicts found while the plan is open (a shared plan meeting others' commits) with the others of its
	 * session, as if they had been in the list beside its file; the Conflicts views showing the editor follow.
	 *
	 * @return the session's conflicts, or null when the editor is not a plan editor
	 */
	public static OpenConflicts add(IEditorPart editor, List<ListedConflict> conflicts) {
		PlanSession session = editor == null ? null : editor.getAdapter(PlanSession.class);
		if (session == null) {
			return null;
		}
		OpenConflicts open;
		try {
			open = of(editor);
		} catch (MergeException e) {
			open = null; // an unreadable list beside the file: these conflicts start a new one
		}
		Path plan = planFile(session);
		if (open == null && plan != null) {
			open = keep(editor, session, new OpenConflicts(plan.resolveSibling(plan.getFileName() + ConflictList.SUFFIX), List.of()));
		}
		if (open != null) {
			open.add(conflicts);
			LISTENERS.forEach(Runnable::run);
		}
		return open;
	}

	/** Called when conflicts were added to a session that had none (a view follows its editor anew). */
	public static void addListener(Runnable listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Runnable listener) {
		LISTENERS.remove(listener);
	}

	private static OpenConflicts keep(IEditorPart editor, PlanSession session, OpenConflicts conflicts) {
		OPEN.put(session, conflicts);
		editor.addPropertyListener((source, property) -> {
			if (property == IWorkbenchPartConstants.PROP_DIRTY && !editor.isDirty()) {
				savedStateReached(conflicts);
			}
		});
		return conflicts;
	}

	/** The plan's file on disk, from its resource's URI (a workspace file or a file outside the workspace). */
	static Path planFile(PlanSession session) {
		URI uri = session.project().eResource().getURI();
		if (uri.isPlatformResource()) {
			IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new org.eclipse.core.runtime.Path(uri.toPlatformString(true)));
			return file.getLocation() == null ? null : file.getLocation().toFile().toPath();
		}
		return uri.isFile() ? Path.of(uri.toFileString()) : null;
	}

	private static void savedStateReached(OpenConflicts conflicts) {
		try {
			conflicts.savedStateReached();
		} catch (IOException e) {
			ILog.of(ConflictSessions.class).error(conflicts.listFile() + ": cannot write the conflicts still open: " + e.getMessage(), e);
		}
		IFile inWorkspace = ResourcesPlugin.getWorkspace().getRoot()
				.getFileForLocation(org.eclipse.core.runtime.Path.fromOSString(conflicts.listFile().toString()));
		if (inWorkspace != null) {
			// later, not inside the save that told us: the Project Explorer shows the list (or not) once refreshed
			Job.create("Refresh " + inWorkspace.getName(), (ICoreRunnable) monitor -> inWorkspace.refreshLocal(IResource.DEPTH_ZERO, monitor)).schedule();
		}
	}
}
