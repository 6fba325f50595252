package org.wbsmodeler.server.store;

import java.io.IOException;

/**
 * Receives a plan as it is read from the database: its name and revision first, then each row as stored (the
 * attributes as their JSON text), so that a 100,000-element plan goes from the database to a client without being
 * held in memory.
 */
public interface SnapshotSink {

	void plan(PlanStore.PlanInfo info) throws IOException;

	/** @param ord meaningless when parent is null (the root) */
	void row(String id, String kind, String parent, String feature, double ord, String attrs) throws IOException;
}
