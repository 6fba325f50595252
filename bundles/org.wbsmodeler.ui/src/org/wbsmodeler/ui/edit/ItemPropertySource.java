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
 * property edit is undoable like every other edit.
 */
public class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource itemSource;

	public ItemPropertySource(Object object, IItemPropertySource itemSource) {
		this.object = object;
		this.itemSource = itemSource;
	}

	/** The property source of any object the item providers know (also of property values), or null. */
	public static IPropertySource of(AdapterFactory adapterFactory, Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
		return source == null ? null : new ItemPropertySource(object, source);
	}

	@Override
	public Object getEditableValue() {
		return itemSource.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
		return descriptors.stream().map(d -> new ItemPropertyDescriptor(object, d)).toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
		return descriptor == null ? null : descriptor.getPropertyValue(object);
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
		if (descriptor != null) {
			descriptor.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
		if (descriptor != null) {
			descriptor.setPropertyValue(object, value);
		}
	}
}
