package org.wbsmodeler.studio.workbench;

import java.util.List;
import java.util.Optional;

import org.wbsmodeler.model.registry.Contributions;
import org.wbsmodeler.studio.StudioBenchmark;

/** The benchmarks contributed to {@code org.wbsmodeler.studio.benchmarks}; the first of a name wins. */
public final class StudioBenchmarks {

	public static final String EXTENSION_POINT = "org.wbsmodeler.studio.benchmarks";

	private StudioBenchmarks() {
	}

	/** Every installed benchmark; one that cannot be created is named on standard error. */
	public static List<StudioBenchmark> installed() {
		Contributions<StudioBenchmark> benchmarks = Contributions.load(EXTENSION_POINT, StudioBenchmark.class, StudioBenchmark::name);
		benchmarks.problems().forEach(problem -> System.err.println("wbs studio: " + problem));
		return benchmarks.list();
	}

	/** The benchmark of that name, if one is installed. */
	public static Optional<StudioBenchmark> find(String name) {
		return installed().stream().filter(benchmark -> benchmark.name().equals(name)).findFirst();
	}

	/** The names users may pass to {@code --bench}, for the message that refuses another. */
	public static String names() {
		List<String> names = installed().stream().map(StudioBenchmark::name).toList();
		return names.isEmpty() ? "none installed (they come with org.wbsmodeler.ui.bench)" : String.join(", ", names);
	}
}
