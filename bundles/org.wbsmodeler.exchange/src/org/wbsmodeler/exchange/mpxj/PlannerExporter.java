package org.wbsmodeler.exchange.mpxj;

import org.mpxj.writer.ProjectWriter;

/** GNOME Planner XML, written by MPXJ's {@code PlannerWriter}. */
public final class PlannerExporter extends MpxjWriterExporter {

	public PlannerExporter() {
		super("planner", "GNOME Planner XML", "planner");
	}

	@Override
	protected ProjectWriter newWriter() {
		return new org.mpxj.planner.PlannerWriter();
	}
}
