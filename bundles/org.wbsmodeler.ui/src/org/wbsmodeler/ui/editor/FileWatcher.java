package org.wbsmodeler.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;

/**
 * Notices when the editor's workspace file is changed or deleted by someone else. It only records the fact (deltas
 * arrive on any thread, during someone else's operation); the editor acts on it when it is next activated, or at
 * once when it is the active part: reload if clean, ask if dirty. Our own saves are not changes.
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

	/** Runs our own write of the file; changes it causes are not reported. */
	void ownSave(Runnable save) {
		ownSave = true;
		try {
			save.run();
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
