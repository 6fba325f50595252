package org.wbsmodeler.ui.editor;

import java.net.URI;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.ide.ResourceUtil;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.io.ModelLoadException;
import org.wbsmodeler.ui.recovery.RecoveryStore;
import org.wbsmodeler.ui.recovery.RecoveryWriter;
import org.wbsmodeler.ui.recovery.WorkspaceRecovery;

/**
 * The model editor's file: reading it, writing it atomically without mistaking our own write for someone else's,
 * and what happens when someone else changes it — a clean editor follows at once, a dirty one asks. The editor keeps
 * the model and the pages; this keeps the file. Unsaved changes are kept apart, in the workspace's recovery store
 * (never in the file), until they are saved or the editor closes; a plan recovered after a crash opens from there.
 */
final class EditorFile {

	/** What reading the file gave: the model's resource, or the one-line reason it could not be read. */
	record Loaded(Resource resource, String problem) {
	}

	private final Shell shell;
	private final FileWatcher watcher;
	private final BooleanSupplier dirty;
	private final Runnable reload;
	private final Consumer<String> status;
	private IEditorInput input;
	private RecoveryWriter recovery;
	/** Opened from a recovery after a crash: unsaved until the user saves. */
	private boolean recovered;

	EditorFile(Shell shell, IEditorInput input, Runnable changedOnDisk, BooleanSupplier dirty, Runnable reload, Consumer<String> status) {
		this.shell = shell;
		this.input = input;
		this.dirty = dirty;
		this.reload = reload;
		this.status = status;
		this.watcher = new FileWatcher(ResourceUtil.getFile(input), changedOnDisk);
	}

	Path path() {
		URI uri = ((IURIEditorInput) input).getURI();
		return Path.of(uri);
	}

	/** The workspace file, or null for a file outside the workspace. */
	IFile workspaceFile() {
		return ResourceUtil.getFile(input);
	}

	/** Reads the file, or the recovered state the user asked for at start-up. */
	Loaded load() {
		if (recovery != null) {
			recovery.dispose();
			recovery = null;
		}
		recovered = false;
		RecoveryStore store = WorkspaceRecovery.store();
		RecoveryStore.Recovery kept = store.takeClaim(path());
		try {
			Resource resource;
			if (kept != null) {
				resource = ModelFiles.loadResource(kept.model());
				resource.setURI(org.eclipse.emf.common.util.URI.createFileURI(path().toAbsolutePath().toString()));
			} else {
				resource = ModelFiles.loadResource(path());
			}
			recovery = new RecoveryWriter(store, shell.getDisplay(), resource, path(), dirty);
			if (kept != null) {
				recovered = true;
				recovery.adoptRecovery(kept.lastEdit());
			}
			return new Loaded(resource, null);
		} catch (ModelLoadException e) {
			return new Loaded(null, e.getMessage());
		}
	}

	/** Whether the model came from a recovery and has not been saved since. */
	boolean recovered() {
		return recovered;
	}

	/** After a command, undo or redo: the unsaved state is kept (or dropped when the editor is clean again). */
	void edited() {
		if (recovery != null) {
			recovery.changed();
		}
	}

	/** The editor's recovery writer (null when the file could not be read). */
	RecoveryWriter recovery() {
		return recovery;
	}

	/** Writes the model to the editor's file; false (and the user told why) when it could not be written. */
	boolean save(Resource resource) {
		return saved(write(resource, path(), workspaceFile()));
	}

	private boolean saved(boolean written) {
		if (written) {
			recovered = false;
			if (recovery != null) {
				recovery.forget();
			}
		}
		return written;
	}

	/** Asks where to save a copy (File &gt; Save As…); null when the user cancels. */
	IFile askSaveAsTarget() {
		SaveAsDialog dialog = new SaveAsDialog(shell);
		if (workspaceFile() != null) {
			dialog.setOriginalFile(workspaceFile());
		}
		if (dialog.open() != SaveAsDialog.OK || dialog.getResult() == null) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFile(dialog.getResult());
	}

	/** Writes the model to another workspace file, which is the editor's file from then on. */
	boolean saveAs(Resource resource, IFile file, IEditorInput newInput) {
		if (!saved(write(resource, file.getLocation().toFile().toPath(), file))) {
			return false;
		}
		if (recovery != null) {
			recovery.moved(file.getLocation().toFile().toPath());
		}
		resource.setURI(org.eclipse.emf.common.util.URI.createFileURI(file.getLocation().toFile().getAbsolutePath()));
		input = newInput;
		watcher.setFile(file);
		return true;
	}

	/** Writes the model atomically and tells the workspace, without mistaking our own write for an outside change. */
	private boolean write(Resource resource, Path path, IFile file) {
		String failure = watcher.save(resource, path, file);
		if (failure != null) {
			status.accept("Not saved: " + failure);
			MessageDialog.openError(shell, "Save failed", "The model was not saved; the file on disk is unchanged.\n" + failure);
			return false;
		}
		return true;
	}

	/** On activation: a file changed on disk is reloaded when there is nothing unsaved, else the user decides. */
	void checkChanged() {
		if (!watcher.takeChanged()) {
			return;
		}
		if (!dirty.getAsBoolean() || MessageDialog.openQuestion(shell, "File changed",
				input.getName() + " was changed on disk. Throw away your unsaved changes and load it again?")) {
			reload.run();
		}
	}

	void dispose() {
		if (recovery != null) {
			recovery.dispose();
		}
		watcher.dispose();
	}
}
