package org.wbsmodeler.diagram.layout;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.mrtree.options.MrTreeMetaDataProvider;
import org.eclipse.elk.alg.mrtree.options.MrTreeOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;

/**
 * Registers the ELK layout algorithms we use. ELK finds algorithms through Java's ServiceLoader, which sees
 * nothing across OSGi bundle class loaders, or through the Eclipse extension registry, which only the optional
 * {@code org.eclipse.elk.core.service} bundle reads. Without explicit registration a layout fails with "Couldn't
 * clone property ... register its type with ElkReflect" (the option types are unknown). Registering explicitly
 * works in OSGi and on a flat classpath alike.
 */
public final class ElkSetup {

    /** The service instance we registered with; ELK can drop its singleton ({@code unload()}), so we re-check. */
    private static LayoutMetaDataService registeredWith;

    private ElkSetup() {
    }

    /**
     * Makes sure layered and mrtree are registered. Idempotent and thread-safe; after the first call it costs a
     * lock and two map look-ups, nothing next to a layout.
     */
    public static synchronized LayoutMetaDataService ensureRegistered() {
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        if (service != registeredWith || service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null
                || service.getAlgorithmData(MrTreeOptions.ALGORITHM_ID) == null) {
            service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider(), new MrTreeMetaDataProvider());
            registeredWith = service;
        }
        return service;
    }
}
