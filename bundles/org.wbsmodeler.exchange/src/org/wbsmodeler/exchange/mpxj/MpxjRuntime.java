package org.wbsmodeler.exchange.mpxj;

/**
 * What MPXJ's libraries need before they run. POI, which reads MPP files, logs through the Log4j API; the product
 * ships no Log4j back end, so Log4j's status logger would tell the user so on stderr, in the middle of a command's
 * one-line answer, about something they cannot act on. Its status logger is silenced unless someone configured it.
 *
 * <p>Jackcess, which reads MS Project 98 databases, logs through Commons Logging, whose discovery finds the Log4j API
 * in the installation but cannot load its adapter in OSGi (its import of it is optional and stays unwired): the
 * first database would fail with "LoggerAdapter cannot be found". Naming Commons Logging's own factory, with its
 * silent log, skips that discovery — unless someone configured Commons Logging.
 */
public final class MpxjRuntime {

	private static final String LOG4J_STATUS_LEVEL = "log4j2.statusLoggerLevel";
	private static final String COMMONS_LOGGING_FACTORY = "org.apache.commons.logging.LogFactory";
	private static final String COMMONS_LOGGING_LOG = "org.apache.commons.logging.Log";

	private MpxjRuntime() {
	}

	/** Call before MPXJ, POI or Jackcess run for the first time in the process. */
	public static void prepare() {
		if (System.getProperty(LOG4J_STATUS_LEVEL) == null) {
			System.setProperty(LOG4J_STATUS_LEVEL, "OFF");
		}
		if (System.getProperty(COMMONS_LOGGING_FACTORY) == null) {
			System.setProperty(COMMONS_LOGGING_FACTORY, "org.apache.commons.logging.impl.LogFactoryImpl");
			if (System.getProperty(COMMONS_LOGGING_LOG) == null) {
				System.setProperty(COMMONS_LOGGING_LOG, "org.apache.commons.logging.impl.NoOpLog");
			}
		}
	}
}
