package org.wbsmodeler.model.outline;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage;

/**
 * Keeps a project's {@link OutlineIndex} until the outline changes. It listens to the project and its WBS elements only
 * (not to calendars, resources or scope), so edits of estimates or dates cost one identity check each.
 */
final class OutlineIndexCache extends AdapterImpl {

	private volatile OutlineIndex index;

	OutlineIndex index(Project project) {
		OutlineIndex current = index;
		if (current == null) {
			current = OutlineIndex.build(project);
			index = current;
		}
		return current;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == OutlineIndexCache.class;
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (notification.isTouch()) {
			return;
		}
		Object feature = notification.getFeature();
		if (feature == WbsPackage.Literals.WBS_ELEMENT__CUSTOM_CODE) {
			index = null;
		} else if (feature == WbsPackage.Literals.WBS_CONTAINER__CHILDREN) {
			index = null;
			switch (notification.getEventType()) {
				case Notification.ADD, Notification.SET -> {
					detach(notification.getOldValue());
					attach(notification.getNewValue());
				}
				case Notification.ADD_MANY -> ((Collection<?>) notification.getNewValue()).forEach(this::attach);
				case Notification.REMOVE -> detach(notification.getOldValue());
				case Notification.REMOVE_MANY -> ((Collection<?>) notification.getOldValue()).forEach(this::detach);
				default -> {
					// MOVE changes positions only
				}
			}
		}
	}

	void attach(Object object) {
		if (object instanceof WbsContainer container) {
			if (!container.eAdapters().contains(this)) {
				container.eAdapters().add(this);
			}
			container.getChildren().forEach(this::attach);
		} else if (object instanceof WbsElement element && !element.eAdapters().contains(this)) {
			element.eAdapters().add(this);
		}
	}

	private void detach(Object object) {
		if (object instanceof WbsElement element) {
			element.eAdapters().remove(this);
			if (element instanceof WbsContainer container) {
				container.getChildren().forEach(this::detach);
			}
		}
	}
}
