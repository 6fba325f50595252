package org.wbsmodeler.ui.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.wbsmodeler.model.io.ModelFiles;

/**
 * The editor's file on disk: writes the model to it, and notices when someone else changes or deletes it. A change
 * is only recorded (deltas arrive on any thread, during someone else's operation); the editor acts on it when it is
 * next activated, or at once when it is visible: reload if clean, ask if dirty. Our own saves are not changes.
 */
final class FileWatcher implements IResourceChangeListener {

	private final Runnable onChange;
	private IFile file;
	private volatile boolean changed;
	private volatile boolean removed;
	private volatile boolean ownSave;

	FileWatcher(IFile file, Runnable onChange) {
		this.file = file;
		this.onChange = onChange;
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	void setFile(IFile file) {
		this.file = file;
		changed = false;
		removed = false;
	}

	/**
	 * Saves the model atomically (through {@link ModelFiles}) and tells the workspace; the change this causes is
	 * ours and not reported.
	 *
	 * @return why it could not be saved (the file on disk is then unchanged), or null
	 */
	String save(Resource resource, Path path, IFile target) {
		ownSave = true;
		try {
			ModelFiles.save(resource, path);
			if (target != null) {
				target.refreshLocal(IResource.DEPTH_ZERO, null);
			}
			return null;
		} catch (IOException | CoreException e) {
			return e.getMessage();
		} finally {
			ownSave = false;
		}
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IFile watched = file;
		if (watched == null || ownSave || event.getDelta() == null) {
			return;
		}
		IResourceDelta delta = event.getDelta().findMember(watched.getFullPath());
		if (delta == null) {
			return;
		}
		if (delta.getKind() == IResourceDelta.REMOVED && (delta.getFlags() & IResourceDelta.MOVED_TO) == 0) {
			removed = true;
		} else if (delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
			changed = true;
		} else {
			return;
		}
		onChange.run();
	}

	/** Whether the file changed since the last call; clears the flag. */
	boolean takeChanged() {
		boolean result = changed;
		changed = false;
		return result;
	}

	boolean isRemoved() {
		return removed;
	}

	void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
	}
}
