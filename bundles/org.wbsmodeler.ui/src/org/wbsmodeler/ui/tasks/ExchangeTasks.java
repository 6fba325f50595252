package org.wbsmodeler.ui.tasks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.exchange.CriticalityColumn;

import org.wbsmodeler.exchange.ExchangeException;
import org.wbsmodeler.exchange.ExchangeFormats;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.exchange.ModelExporter;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;

/** Export… and Import… without the dialogs: which formats there are, writing a model out, reading one in. */
public final class ExchangeTasks {

	private ExchangeTasks() {
	}

	/** The formats Export… offers, as the exchange bundle contributes them. */
	public static List<ModelExporter> exporters() {
		return ExchangeFormats.exporters();
	}

	/** Writes the (snapshot of the) project in a format; the file appears whole or not at all. */
	public static void export(Project project, ModelExporter exporter, Path target, List<String> warnings) throws ExchangeException, IOException {
		ExchangeFormats.exportFile(project, exporter, target, ExchangeWarnings.into(warnings));
	}

	/**
	 * The exporter with a risk run's Criticality column where the format has one (CSV), else the exporter itself.
	 * The export runs on another thread from the snapshot: the live indices are looked up here, on the thread that
	 * edits the model, and handed over keyed by the snapshot's copies.
	 *
	 * @param live the index of a live element (the editor's last run), null where it has none
	 */
	public static ModelExporter withCriticality(ModelExporter exporter, ModelSnapshot snapshot, Function<WbsElement, Double> live) {
		if (!(exporter instanceof CriticalityColumn column)) {
			return exporter;
		}
		Map<WbsElement, Double> copied = new IdentityHashMap<>();
		for (Iterator<EObject> all = snapshot.project().eAllContents(); all.hasNext();) {
			if (all.next() instanceof WbsElement copy) {
				WbsElement original = snapshot.original(copy);
				Double index = original == null ? null : live.apply(original);
				if (index != null) {
					copied.put(copy, index);
				}
			}
		}
		return column.withCriticality(copied::get);
	}

	/**
	 * Reads another tool's file into a new model saved next to it ({@code plan.xml} becomes {@code plan.wbs}, or
	 * {@code plan-2.wbs} when that exists); nothing is written when the file cannot be read. Returns the new file.
	 */
	public static Path importNextTo(Path source, List<String> warnings) throws ExchangeException, IOException {
		Project project = ExchangeFormats.importFile(source, ExchangeWarnings.into(warnings));
		Path target = freeSibling(source);
		ModelFiles.save(project, target);
		return target;
	}

	static Path freeSibling(Path source) {
		String name = source.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		Path target = source.resolveSibling(base + ".wbs");
		for (int i = 2; Files.exists(target); i++) {
			target = source.resolveSibling(base + "-" + i + ".wbs");
		}
		return target;
	}
}
