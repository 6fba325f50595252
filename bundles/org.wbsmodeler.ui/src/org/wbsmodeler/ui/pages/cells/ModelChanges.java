package org.wbsmodeler.ui.pages.cells;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.swt.widgets.Display;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.editing.live.ContentListeners;

/**
 * Tells the pages that the model changed, once per burst: every notification of a command, undo or redo is
 * collected and the listeners run once, later on the UI thread. One instance per project is shared by all pages; it
 * hears the tree through the editor's shared {@link ContentListeners} and marks the project with an adapter of its
 * own only so that the pages find it.
 */
public final class ModelChanges extends AdapterImpl {

	/** What the live scheduler writes: derived values no page of this package shows. */
	private static final Set<EStructuralFeature> SCHEDULED = Set.of(WbsPackage.Literals.WBS_ELEMENT__EARLY_START,
			WbsPackage.Literals.WBS_ELEMENT__EARLY_FINISH, WbsPackage.Literals.WBS_ELEMENT__LATE_START, WbsPackage.Literals.WBS_ELEMENT__LATE_FINISH,
			WbsPackage.Literals.WBS_ELEMENT__TOTAL_FLOAT, WbsPackage.Literals.WBS_ELEMENT__FREE_FLOAT, WbsPackage.Literals.WBS_ELEMENT__CRITICAL);

	private final Display display;
	private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();
	private volatile boolean pending;
	private final java.util.function.Consumer<Notification> tree = this::changed;

	private ModelChanges(Display display) {
		this.display = display;
	}

	/** The shared instance of a project, attached on first use. */
	public static synchronized ModelChanges of(Project project, Display display) {
		for (Object adapter : project.eAdapters()) {
			if (adapter instanceof ModelChanges changes) {
				return changes;
			}
		}
		ModelChanges changes = new ModelChanges(display);
		project.eAdapters().add(changes);
		ContentListeners.listen(project, changes.tree);
		return changes;
	}

	public void listen(Runnable listener) {
		listeners.add(listener);
	}

	/** Stops telling a listener; the last one to go detaches the adapter from the model. */
	public void stop(Runnable listener, Project project) {
		listeners.remove(listener);
		synchronized (ModelChanges.class) {
			if (listeners.isEmpty()) {
				project.eAdapters().remove(this);
				ContentListeners.stop(project, tree);
			}
		}
	}

	private void changed(Notification notification) {
		if (notification.isTouch() || SCHEDULED.contains(notification.getFeature()) || pending) {
			return;
		}
		pending = true;
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			pending = false;
			for (Runnable listener : listeners) {
				listener.run();
			}
		});
	}
}
