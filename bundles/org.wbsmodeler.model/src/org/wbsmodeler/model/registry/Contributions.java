package org.wbsmodeler.model.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way plug-ins contribute implementations (commands, formats, templates, validation rules): in Eclipse, every
 * contribution to an extension point (the built-in ones included), created from its {@code class} attribute; on a flat
 * classpath, where there is no extension registry, the {@code META-INF/services} entries of the interface. The first
 * contribution of an id wins. A contribution that cannot be created is left out and named in {@link #problems()}; the
 * caller decides where that goes (the command line prints it, engines send it to {@link EngineLog}).
 *
 * @param <T> the contributed interface
 */
public final class Contributions<T> {

	private final List<T> contributions;
	private final List<String> problems;

	private Contributions(List<T> contributions, List<String> problems) {
		this.contributions = List.copyOf(contributions);
		this.problems = List.copyOf(problems);
	}

	/**
	 * Reads the contributions of {@code type}.
	 *
	 * @param extensionPoint the extension point's full id, its elements with a {@code class} attribute
	 * @param type           the interface, also the services file's name
	 * @param id             what makes two contributions the same one; null to keep all
	 */
	public static <T> Contributions<T> load(String extensionPoint, Class<T> type, Function<? super T, String> id) {
		Contributions<T> contributed;
		try {
			contributed = ExtensionRegistryReader.read(extensionPoint, type, id);
		} catch (LinkageError noRegistryOnClasspath) {
			contributed = null;
		}
		return contributed != null ? contributed : fromServices(type, id);
	}

	/**
	 * The contributions of {@code type}, read on first use and then kept (a running plug-in set does not change); a
	 * contribution that cannot be created goes to the {@link EngineLog}. What each extension point's reader holds.
	 */
	public static <T> Supplier<List<T>> installed(String extensionPoint, Class<T> type, Function<? super T, String> id) {
		return new Supplier<>() {
			private volatile List<T> read;

			@Override
			public List<T> get() {
				List<T> current = read;
				if (current == null) {
					current = load(extensionPoint, type, id).listLoggingProblems(type);
					read = current;
				}
				return current;
			}
		};
	}

	/** Reads the {@code META-INF/services} entries only, as on a flat classpath. */
	public static <T> Contributions<T> fromServices(Class<T> type, Function<? super T, String> id) {
		return fromServices(type, type.getClassLoader(), id);
	}

	/** Reads the {@code META-INF/services} entries {@code loader} sees. */
	public static <T> Contributions<T> fromServices(Class<T> type, ClassLoader loader, Function<? super T, String> id) {
		Collector<T> collector = new Collector<>(id);
		var iterator = ServiceLoader.load(type, loader).iterator();
		while (true) {
			try {
				if (!iterator.hasNext()) {
					break;
				}
				collector.add(iterator.next());
			} catch (ServiceConfigurationError e) {
				collector.problem(type.getName() + ": " + e.getMessage());
			}
		}
		return collector.done();
	}

	/** Collects contributions and problems, the first of an id winning. */
	static final class Collector<T> {
		private final Function<? super T, String> id;
		private final LinkedHashMap<Object, T> byId = new LinkedHashMap<>();
		private final List<String> problems = new ArrayList<>();

		Collector(Function<? super T, String> id) {
			this.id = id;
		}

		void add(T contribution) {
			byId.putIfAbsent(id == null ? new Object() : id.apply(contribution), contribution);
		}

		void problem(String problem) {
			problems.add(problem);
		}

		Contributions<T> done() {
			return new Contributions<>(new ArrayList<>(byId.values()), problems);
		}
	}

	/** The contributions in registry (or services file) order. */
	public List<T> list() {
		return contributions;
	}

	/** One line per contribution that could not be created. */
	public List<String> problems() {
		return problems;
	}

	/** The contributions, with each problem sent to the {@link EngineLog}. */
	public List<T> listLoggingProblems(Class<?> reader) {
		problems.forEach(problem -> EngineLog.warn(reader, problem));
		return contributions;
	}
}
