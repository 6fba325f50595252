package org.wbsmodeler.ui.edit;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/**
 * Turns what item providers return from {@code getImage} (a URL, or a {@link ComposedImage} of URLs when overlays
 * are asked for) into SWT images, made once per URL and shared by every viewer of the UI thread. EMF's edit.ui has
 * {@code ExtendedImageRegistry} for this; our item providers never compose real overlays, so the base image is
 * enough.
 */
public final class ItemImages {

	private static final Map<Object, Image> IMAGES = new HashMap<>();

	private ItemImages() {
	}

	public static Image of(Object image) {
		if (image instanceof ComposedImage composed) {
			List<Object> parts = composed.getImages();
			return parts.isEmpty() ? null : of(parts.get(0));
		}
		if (image instanceof Image swt) {
			return swt;
		}
		if (!(image instanceof URL url)) {
			return null;
		}
		return IMAGES.computeIfAbsent(url.toString(), key -> {
			Image created = ImageDescriptor.createFromURL(url).createImage(false);
			if (created != null) {
				Display.getCurrent().disposeExec(created::dispose);
			}
			return created;
		});
	}
}
