package org.wbsmodeler.server.store;

import java.time.Instant;
import java.util.List;

import org.wbsmodeler.server.plan.Change;

/** One commit of the log with its changes (all of them, or those of one element). */
public record CommitRecord(long revision, long base, String author, Instant time, String message, List<Change> changes) {
}
