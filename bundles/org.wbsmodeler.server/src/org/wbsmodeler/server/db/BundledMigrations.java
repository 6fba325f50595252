package org.wbsmodeler.server.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The server's migration scripts, named one by one and read from this bundle. Flyway's scan of a {@code classpath:}
 * location walks the class loader's folders or jar, which an OSGi bundle's loader does not offer; a list read with
 * {@link Class#getResourceAsStream} works the same in the product, in the tests and on a flat class path.
 */
final class BundledMigrations implements ResourceProvider {

	/** The folder in this bundle that holds the scripts. */
	static final String FOLDER = "/db/migration/";

	private final List<String> names;

	BundledMigrations(List<String> names) {
		this.names = List.copyOf(names);
	}

	@Override
	public LoadableResource getResource(String name) {
		String file = name.substring(name.lastIndexOf('/') + 1);
		return names.contains(file) ? new Script(file) : null;
	}

	@Override
	public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
		List<LoadableResource> found = new ArrayList<>();
		for (String name : names) {
			if (name.startsWith(prefix) && endsWithOneOf(name, suffixes)) {
				found.add(new Script(name));
			}
		}
		return found;
	}

	private static boolean endsWithOneOf(String name, String[] suffixes) {
		for (String suffix : suffixes) {
			if (name.endsWith(suffix)) {
				return true;
			}
		}
		return false;
	}

	/** One script of this bundle. */
	private static final class Script extends LoadableResource {

		private final String name;

		Script(String name) {
			this.name = name;
		}

		@Override
		public Reader read() {
			InputStream in = BundledMigrations.class.getResourceAsStream(FOLDER + name);
			if (in == null) {
				throw new UncheckedIOException(new IOException("migration " + name + " is missing from the server bundle"));
			}
			return new InputStreamReader(in, StandardCharsets.UTF_8);
		}

		@Override
		public String getAbsolutePath() {
			return FOLDER.substring(1) + name;
		}

		@Override
		public String getAbsolutePathOnDisk() {
			return null;
		}

		@Override
		public String getFilename() {
			return name;
		}

		@Override
		public String getRelativePath() {
			return name;
		}
	}
}
