package org.wbsmodeler.ui.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** A JFace label provider that asks each object's item provider for its text and icon. */
public class ItemLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;

	public ItemLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider != null ? provider.getText(element) : element == null ? "" : element.toString();
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider != null ? ItemImages.of(provider.getImage(element)) : null;
	}
}
