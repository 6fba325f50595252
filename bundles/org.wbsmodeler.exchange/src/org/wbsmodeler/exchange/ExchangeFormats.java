package org.wbsmodeler.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.wbsmodeler.exchange.internal.ContributedFormats;
import org.wbsmodeler.exchange.mpxj.Heads;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.io.AtomicFiles;

/**
 * The one entry point for exchanging models with other tools: which formats there are, which importer reads a
 * file, and export and import with the file handling done right (exports appear atomically; imports build the
 * whole model in memory and write nothing).
 */
public final class ExchangeFormats {

	private ExchangeFormats() {
	}

	public static List<ModelExporter> exporters() {
		return ContributedFormats.exporters().stream().sorted(Comparator.comparing(ModelExporter::id)).toList();
	}

	public static List<ModelImporter> importers() {
		return ContributedFormats.importers().stream().sorted(Comparator.comparing(ModelImporter::id)).toList();
	}

	public static Optional<ModelExporter> exporter(String id) {
		return exporters().stream().filter(e -> e.id().equals(id)).findFirst();
	}

	public static Optional<ModelImporter> importer(String id) {
		return importers().stream().filter(i -> i.id().equals(id)).findFirst();
	}

	/** The importer that claims the file most strongly. */
	public static ModelImporter importerFor(Path file) throws ExchangeException {
		byte[] head = Heads.read(file);
		ModelImporter best = null;
		int strongest = 0;
		for (ModelImporter importer : importers()) {
			int claim = importer.claim(file, head);
			if (claim > strongest) {
				best = importer;
				strongest = claim;
			}
		}
		if (best == null) {
			throw new ExchangeException(file, 0, "no importer reads this kind of file", null);
		}
		return best;
	}

	/** Reads a file with the importer that claims it. */
	public static Project importFile(Path file, ExchangeWarnings warnings) throws ExchangeException {
		return importFile(file, ImportOptions.NONE, warnings);
	}

	/** Reads a file with the importer that claims it, telling it what the user told (locale, password). */
	public static Project importFile(Path file, ImportOptions options, ExchangeWarnings warnings) throws ExchangeException {
		return importerFor(file).read(file, options, warnings);
	}

	/**
	 * Writes a model in a format, as scheduled now (see {@link ScheduledCopy}); the file appears whole or not at all.
	 * A model with a dependency cycle is refused before anything is written ({@link ScheduledCopy.CycleException}).
	 */
	public static void exportFile(Project project, ModelExporter exporter, Path target, ExchangeWarnings warnings) throws ExchangeException, IOException {
		exportFile(project, null, exporter, target, warnings);
	}

	/**
	 * Exports what a view of the model keeps (null: everything). Links with one end removed are dropped: the count
	 * is returned and said once through {@code warnings}.
	 *
	 * @return how many links the view dropped
	 */
	public static int exportFile(Project project, View view, ModelExporter exporter, Path target, ExchangeWarnings warnings)
			throws ExchangeException, IOException {
		return exportFile(ScheduledCopy.of(project, view), view, exporter, target, warnings);
	}

	/**
	 * Writes a plan scheduled already (a {@link ScheduledCopy#inPlace} one, say) in a format; the file appears whole or
	 * not at all.
	 *
	 * @param view the view the plan was cut by, or null
	 * @return how many links the view dropped
	 */
	public static int exportFile(ScheduledCopy plan, View view, ModelExporter exporter, Path target, ExchangeWarnings warnings)
			throws ExchangeException, IOException {
		if (plan.droppedLinks() > 0) {
			warnings.warn("view '" + view.getName() + "' drops " + plan.droppedLinks() + " link" + (plan.droppedLinks() == 1 ? "" : "s")
					+ " to elements it leaves out");
		}
		try {
			AtomicFiles.write(target, out -> {
				try {
					exporter.write(plan, out, warnings);
				} catch (ExchangeException e) {
					throw new ExportFailed(e);
				}
			});
		} catch (ExportFailed e) {
			throw e.reason;
		}
		return plan.droppedLinks();
	}

	/** Carries an exporter's own failure through {@link AtomicFiles}, which only passes I/O exceptions. */
	private static final class ExportFailed extends IOException {
		private static final long serialVersionUID = 1L;
		final transient ExchangeException reason;

		ExportFailed(ExchangeException reason) {
			super(reason.getMessage(), reason);
			this.reason = reason;
		}
	}
}
