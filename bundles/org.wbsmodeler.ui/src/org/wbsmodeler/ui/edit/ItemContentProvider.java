package org.wbsmodeler.ui.edit;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * A tree content provider over the item providers, and the property sources of their objects. Model notifications
 * come back from the item providers as {@link ViewerNotification}s; they are collected and applied in one
 * {@code asyncExec}, so a command that changes a thousand objects costs one refresh of the objects it touched, not a
 * thousand.
 */
public class ItemContentProvider implements ITreeContentProvider, IPropertySourceProvider, INotifyChangedListener {

	private static final Object[] NONE = {};

	private final AdapterFactory adapterFactory;
	private StructuredViewer viewer;
	private final Set<Object> structureChanged = new LinkedHashSet<>();
	private final Set<Object> labelChanged = new LinkedHashSet<>();
	private boolean refreshPosted;

	public ItemContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = (StructuredViewer) newViewer;
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof Resource resource) {
			return resource.getContents().toArray();
		}
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(parent, ITreeItemContentProvider.class);
		return provider == null ? NONE : provider.getChildren(parent).toArray();
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
		return provider != null && provider.hasChildren(element);
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		return ItemPropertySource.of(adapterFactory, object);
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (viewer == null || viewer.getControl() == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (notification instanceof ViewerNotification change) {
			Object element = change.getElement();
			if (change.isContentRefresh()) {
				structureChanged.add(element);
			}
			if (change.isLabelUpdate()) {
				labelChanged.add(element);
			}
		} else {
			structureChanged.add(null);
		}
		if (!refreshPosted) {
			refreshPosted = true;
			Display display = viewer.getControl().getDisplay();
			display.asyncExec(this::applyRefresh);
		}
	}

	private void applyRefresh() {
		refreshPosted = false;
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (structureChanged.contains(null)) {
			viewer.refresh();
		} else {
			structureChanged.forEach(element -> viewer.refresh(element, true));
		}
		labelChanged.removeAll(structureChanged);
		if (!labelChanged.isEmpty()) {
			viewer.update(labelChanged.toArray(), null);
		}
		structureChanged.clear();
		labelChanged.clear();
	}

	/** Labels that depend on other objects (WBS codes depend on positions) need a visit of every shown label. */
	public void refreshLabels() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.refresh(true);
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		viewer = null;
	}
}
