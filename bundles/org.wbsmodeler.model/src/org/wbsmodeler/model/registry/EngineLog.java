package org.wbsmodeler.model.registry;

import java.lang.System.Logger.Level;

/**
 * Where engines put what goes wrong without being the caller's failure (a broken contribution, say): the platform log
 * in Eclipse (the Error Log view, the workspace's {@code .log}), {@link System.Logger} on a flat classpath. Engines
 * never print.
 */
public final class EngineLog {

	private EngineLog() {
	}

	/** Logs a warning on behalf of the bundle of {@code source}. */
	public static void warn(Class<?> source, String message) {
		try {
			PlatformLog.warn(source, message);
			return;
		} catch (LinkageError | RuntimeException noPlatform) {
			// flat classpath, or a class outside any bundle: the JDK's logger
		}
		System.getLogger(source.getName()).log(Level.WARNING, message);
	}

	/** Loaded only when asked, so a flat classpath without the Eclipse runtime fails here and nowhere else. */
	private static final class PlatformLog {

		static void warn(Class<?> source, String message) {
			org.eclipse.core.runtime.ILog.of(source).log(org.eclipse.core.runtime.Status.warning(message));
		}
	}
}
