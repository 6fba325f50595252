package org.wbsmodeler.exchange.internal;

import java.util.List;

import org.wbsmodeler.exchange.ModelExporter;
import org.wbsmodeler.exchange.ModelImporter;
import org.wbsmodeler.model.registry.Contributions;

/**
 * The exporters and importers: in Eclipse, every contribution to {@code org.wbsmodeler.exchange.exporters} and
 * {@code .importers} (the built-in ones included); on a flat classpath, the {@code META-INF/services} entries. The first
 * contribution of an id wins; one that cannot be created goes to the platform log.
 */
public final class ContributedFormats {

	public static final String EXPORTERS = "org.wbsmodeler.exchange.exporters";
	public static final String IMPORTERS = "org.wbsmodeler.exchange.importers";

	private ContributedFormats() {
	}

	public static List<ModelExporter> exporters() {
		return Contributions.load(EXPORTERS, ModelExporter.class, ModelExporter::id).listLoggingProblems(ContributedFormats.class);
	}

	public static List<ModelImporter> importers() {
		return Contributions.load(IMPORTERS, ModelImporter.class, ModelImporter::id).listLoggingProblems(ContributedFormats.class);
	}
}
