package org.wbsmodeler.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words after the command name: positional arguments, options with a value ({@code -o OUT}, {@code --depth=3})
 * and flags ({@code --json}). Which options take a value is the command's to say, so {@code --json FILE} is never
 * misread.
 */
public final class Arguments {

	private final List<String> positional = new ArrayList<>();
	private final Map<String, String> values = new HashMap<>();
	private final Set<String> flags = new HashSet<>();

	private Arguments() {
	}

	public static Arguments parse(List<String> words, Set<String> valueOptions, Set<String> knownFlags) throws CliException {
		Arguments arguments = new Arguments();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (!word.startsWith("-") || word.equals("-")) {
				arguments.positional.add(word);
				continue;
			}
			String name = word;
			String value = null;
			int equals = word.indexOf('=');
			if (equals > 0) {
				name = word.substring(0, equals);
				value = word.substring(equals + 1);
			}
			if (valueOptions.contains(name)) {
				if (value == null) {
					if (i + 1 >= words.size()) {
						throw new CliException("option " + name + " needs a value");
					}
					value = words.get(++i);
				}
				arguments.values.put(name, value);
			} else if (knownFlags.contains(name) && value == null) {
				arguments.flags.add(name);
			} else {
				throw new CliException("unknown option " + name);
			}
		}
		return arguments;
	}

	public List<String> positional() {
		return positional;
	}

	/** The positional argument at an index, or a usage error naming what is missing. */
	public String required(int index, String what) throws CliException {
		if (index >= positional.size()) {
			throw new CliException("missing " + what);
		}
		return positional.get(index);
	}

	public String value(String option) {
		return values.get(option);
	}

	public String value(String option, String fallback) {
		return values.getOrDefault(option, fallback);
	}

	/** An option whose value must be a whole number. */
	public int intValue(String option, int fallback) throws CliException {
		String value = values.get(option);
		if (value == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.replace("_", "").replace(",", ""));
		} catch (NumberFormatException e) {
			throw new CliException("option " + option + " needs a whole number, not '" + value + "'");
		}
	}

	public boolean has(String flag) {
		return flags.contains(flag);
	}
}
