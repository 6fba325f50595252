package org.wbsmodeler.studio.workbench;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.ide.IDE;

/**
 * The project images the IDE's own application declares: without them the Project Explorer shows projects without
 * an icon in any application other than the IDE. Only public image keys; the icons come from org.eclipse.ui.ide.
 */
final class IdeImages {

	private static final String IDE_BUNDLE = "org.eclipse.ui.ide";

	private IdeImages() {
	}

	static void declare(IWorkbenchConfigurer configurer) {
		declare(configurer, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png");
		declare(configurer, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png");
	}

	private static void declare(IWorkbenchConfigurer configurer, String key, String path) {
		var url = Platform.getBundle(IDE_BUNDLE).getEntry(path);
		if (url != null) {
			configurer.declareImage(key, ImageDescriptor.createFromURL(url), true);
		}
	}
}
