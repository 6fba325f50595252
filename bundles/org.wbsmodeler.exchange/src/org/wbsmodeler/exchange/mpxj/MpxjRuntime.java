package org.wbsmodeler.exchange.mpxj;

/**
 * What MPXJ's libraries need before they run. POI, which reads MPP files, logs through the Log4j API; the product
 * ships no Log4j back end, so Log4j's status logger would tell the user so on stderr, in the middle of a command's
 * one-line answer, about something they cannot act on. Its status logger is silenced unless someone configured it.
 */
final class MpxjRuntime {

	private static final String LOG4J_STATUS_LEVEL = "log4j2.statusLoggerLevel";

	private MpxjRuntime() {
	}

	static void prepare() {
		if (System.getProperty(LOG4J_STATUS_LEVEL) == null) {
			System.setProperty(LOG4J_STATUS_LEVEL, "OFF");
		}
	}
}
