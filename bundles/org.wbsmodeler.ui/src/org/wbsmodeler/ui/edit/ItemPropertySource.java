package org.wbsmodeler.ui.edit;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The Properties view's source for one model object: the item provider's descriptors, each wrapped for the view.
 * Values are set through the item descriptor, which runs a {@code SetCommand} on the object's editing domain, so a
 * property edit is undoable like every other edit. Values the editor derives (the live schedule's) are shown
 * read-only in place of the stored ones.
 */
public class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource itemSource;
	private final DerivedValues derived;

	public ItemPropertySource(Object object, IItemPropertySource itemSource, DerivedValues derived) {
		this.object = object;
		this.itemSource = itemSource;
		this.derived = derived;
	}

	/** The property source of any object the item providers know (also of property values), or null. */
	public static IPropertySource of(AdapterFactory adapterFactory, Object object) {
		return of(adapterFactory, object, DerivedValues.NONE);
	}

	/** As {@link #of(AdapterFactory, Object)}, with the values {@code derived} computes shown instead of the stored ones. */
	public static IPropertySource of(AdapterFactory adapterFactory, Object object, DerivedValues derived) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
		return source == null ? null : new ItemPropertySource(object, source, derived);
	}

	private boolean isDerived(IItemPropertyDescriptor descriptor) {
		return derived.derives(object, descriptor.getFeature(object));
	}

	@Override
	public Object getEditableValue() {
		return itemSource.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
		return descriptors.stream().map(d -> new ItemPropertyDescriptor(object, d, isDerived(d))).toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
		if (descriptor != null && isDerived(descriptor)) {
			return derived.value(object, descriptor.getFeature(object));
		}
		return descriptor == null ? null : descriptor.getPropertyValue(object);
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
		return descriptor != null && (isDerived(descriptor) || descriptor.isPropertySet(object));
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
		if (descriptor != null && !isDerived(descriptor)) {
			descriptor.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
		if (descriptor != null && !isDerived(descriptor)) {
			descriptor.setPropertyValue(object, value);
		}
	}
}
