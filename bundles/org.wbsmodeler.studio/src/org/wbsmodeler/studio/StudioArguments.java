package org.wbsmodeler.studio;

import java.util.Set;

/**
 * What {@code ./wbs studio} was asked to do: open a model, check that the window comes up ({@code --smoke}), or run
 * the editor benchmark ({@code --bench editor [--activities N] [--editor ID]}) or the diagram pages' benchmark
 * ({@code --bench diagram [--activities N]}, default 2,000 activities) or the Gantt page's ({@code --bench gantt
 * [--activities N]}, default 10,000 rows). Which benchmarks exist is the registry's business
 * ({@code org.wbsmodeler.studio.benchmarks}, checked by {@link StudioApplication}); another one's default size is
 * {@value #DEFAULT_ACTIVITIES}.
 *
 * <p>Our options have two dashes. Arguments with one dash belong to the platform or to the test harness that starts
 * the application ({@code -testproperties FILE}, {@code -clearPersistedState}): they are left alone, with the value
 * of the few that take one.
 */
public record StudioArguments(String file, boolean smoke, boolean bench, int activities, String editorId, boolean help, String benchKind) {

	public static final String USAGE = "usage: wbs studio [FILE] [--smoke] | wbs studio --bench editor [--activities N] [--editor ID] | wbs studio --bench diagram [--activities N] | wbs studio --bench gantt [--activities N]";
	public static final int DEFAULT_ACTIVITIES = 100_000;
	public static final int DEFAULT_DIAGRAM_ACTIVITIES = 2_000;
	public static final int DEFAULT_GANTT_ROWS = 10_000;

	/** One-dash options of the platform and of Tycho's test harness that are followed by a value. */
	private static final Set<String> PLATFORM_OPTIONS_WITH_VALUE = Set.of("-testproperties", "-testApplication", "-testpluginname",
			"-classNames", "-port", "-loaderpluginname", "-perspective", "-product", "-application", "-data");

	/** Reads the application's arguments; an {@link IllegalArgumentException} says in one line what is wrong. */
	public static StudioArguments parse(String... args) {
		String file = null;
		boolean smoke = false;
		String bench = null;
		Integer activities = null;
		String editorId = null;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--help", "-h" -> {
					return new StudioArguments(null, false, false, DEFAULT_ACTIVITIES, StudioIds.MODEL_EDITOR, true, null);
				}
				case "--smoke" -> smoke = true;
				case "--bench" -> bench = value(args, ++i, arg);
				case "--activities" -> activities = positive(value(args, ++i, arg));
				case "--editor" -> editorId = value(args, ++i, arg);
				default -> {
					if (arg.startsWith("--")) {
						throw new IllegalArgumentException("unknown option " + arg + "; " + USAGE);
					} else if (arg.startsWith("-") && arg.length() > 1) {
						if (PLATFORM_OPTIONS_WITH_VALUE.contains(arg)) {
							i++;
						}
					} else if (file != null) {
						throw new IllegalArgumentException("one FILE at most, got " + file + " and " + arg);
					} else {
						file = arg;
					}
				}
			}
		}
		if (("diagram".equals(bench) || "gantt".equals(bench)) && editorId != null) {
			throw new IllegalArgumentException("--editor belongs to --bench editor");
		}
		if (bench == null && (activities != null || editorId != null)) {
			throw new IllegalArgumentException((activities != null ? "--activities" : "--editor") + " belongs to --bench editor");
		}
		if (bench != null && (file != null || smoke)) {
			throw new IllegalArgumentException("--bench runs on its own generated models: no FILE, no --smoke");
		}
		int defaultActivities = "diagram".equals(bench) ? DEFAULT_DIAGRAM_ACTIVITIES : "gantt".equals(bench) ? DEFAULT_GANTT_ROWS : DEFAULT_ACTIVITIES;
		return new StudioArguments(file, smoke, bench != null, activities != null ? activities : defaultActivities,
				editorId != null ? editorId : StudioIds.MODEL_EDITOR, false, bench);
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length || args[index].startsWith("--")) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[index];
	}

	private static int positive(String text) {
		try {
			int value = Integer.parseInt(text.replace("_", "").replace(",", ""));
			if (value > 0) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException("--activities needs a whole number above 0, not '" + text + "'");
	}
}
