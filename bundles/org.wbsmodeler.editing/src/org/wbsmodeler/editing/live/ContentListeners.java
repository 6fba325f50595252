package org.wbsmodeler.editing.live;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * One content adapter per model root that passes every notification of the tree to any number of listeners.
 * <p>
 * An {@link EContentAdapter} walks the whole tree when attached and sits in every object's adapter list. On a plan
 * of 100,000 activities (430,000 objects) each walk costs a few hundred milliseconds and each adapter grows 430,000
 * lists, so the editor's parts (live schedule, Plan tree, the other pages) share this one instead of each attaching
 * its own.
 */
public final class ContentListeners extends EContentAdapter {

	private final CopyOnWriteArrayList<Consumer<Notification>> listeners = new CopyOnWriteArrayList<>();

	private ContentListeners() {
	}

	/** Adds a listener to the root's shared adapter, attaching the adapter (one walk of the tree) on first use. */
	public static synchronized void listen(Notifier root, Consumer<Notification> listener) {
		ContentListeners shared = null;
		for (Object adapter : root.eAdapters()) {
			if (adapter instanceof ContentListeners found) {
				shared = found;
			}
		}
		if (shared == null) {
			shared = new ContentListeners();
			root.eAdapters().add(shared);
		}
		shared.listeners.add(listener);
	}

	/** Removes a listener; the last one to go detaches the adapter from the whole tree. */
	public static synchronized void stop(Notifier root, Consumer<Notification> listener) {
		for (Object adapter : root.eAdapters().toArray()) {
			if (adapter instanceof ContentListeners shared && shared.listeners.remove(listener) && shared.listeners.isEmpty()) {
				root.eAdapters().remove(shared);
			}
		}
	}

	@Override
	public void notifyChanged(Notification notification) {
		// first keep the adapter on the objects that came or went, then tell the listeners
		super.notifyChanged(notification);
		for (Consumer<Notification> listener : listeners) {
			listener.accept(notification);
		}
	}
}
