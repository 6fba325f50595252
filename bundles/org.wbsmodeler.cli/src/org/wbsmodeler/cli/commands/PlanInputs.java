package org.wbsmodeler.cli.commands;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.cli.ModelInput;

/**
 * The plans {@code diff} and {@code merge} compare: each loaded on its own, all of one format version. A file of an
 * older format loads (migrated in memory), but comparing it with a newer one would show the migration as changes
 * and write a mix: the user migrates it first.
 */
final class PlanInputs {

	private static final Pattern FORMAT = Pattern.compile("http://www\\.wbsmodeler\\.org/wbs/(\\d+\\.\\d+)");

	private PlanInputs() {
	}

	/** Loads the files (in the order given, named by what the user typed); one line and exit 2 on the first bad one. */
	static Map<String, Resource> load(Console console, String... files) throws CliException {
		// formats first: comparing a migrated file with a current one is refused before anything is loaded
		String firstFile = null;
		String firstFormat = null;
		for (String file : files) {
			String format = Files.isRegularFile(console.resolve(file)) ? formatOf(console, file) : null;
			if (format == null) {
				continue; // not a plan, or missing: the loader says what is wrong with it
			}
			if (firstFormat == null) {
				firstFile = file;
				firstFormat = format;
			} else if (!firstFormat.equals(format)) {
				throw new CliException(file + ": format " + format + ", but " + firstFile + " is format " + firstFormat
						+ ": migrate the older file first (open it and save it), then compare", ExitCodes.BAD_INPUT, null);
			}
		}
		// each file in a resource set of its own, so they load at once (three 100k-element plans: most of a merge's
		// time); packages are initialized first, as their lazy initialization is not safe from several threads
		for (String nsUri : new ArrayList<>(EPackage.Registry.INSTANCE.keySet())) {
			EPackage.Registry.INSTANCE.getEPackage(nsUri);
		}
		List<CompletableFuture<Resource>> loads = new ArrayList<>();
		for (int i = 1; i < files.length; i++) {
			String file = files[i];
			loads.add(CompletableFuture.supplyAsync(() -> {
				try {
					return ModelInput.load(console, file).eResource();
				} catch (CliException e) {
					throw new CompletionException(e);
				}
			}));
		}
		Map<String, Resource> plans = new LinkedHashMap<>();
		CliException first = null;
		try {
			plans.put(files[0], ModelInput.load(console, files[0]).eResource());
		} catch (CliException e) {
			first = e;
		}
		for (int i = 1; i < files.length; i++) {
			try {
				plans.put(files[i], loads.get(i - 1).join());
			} catch (CompletionException e) {
				if (first == null && e.getCause() instanceof CliException bad) {
					first = bad;
				} else if (first == null) {
					throw e;
				}
			}
		}
		if (first != null) {
			// the first bad file in the order given, as when they were loaded one after the other
			throw first;
		}
		return plans;
	}

	/** The format version in the file's namespace, read from its start (the root element names it). */
	private static String formatOf(Console console, String file) throws CliException {
		try (InputStream in = Files.newInputStream(console.resolve(file))) {
			Matcher matcher = FORMAT.matcher(new String(in.readNBytes(8192), StandardCharsets.UTF_8));
			return matcher.find() ? matcher.group(1) : null;
		} catch (IOException e) {
			throw new CliException(file + ": " + e.getMessage(), ExitCodes.BAD_INPUT, e);
		}
	}
}
