package org.wbsmodeler.exchange.mspdi;

import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.writer.ProjectWriter;
import org.wbsmodeler.exchange.mpxj.MpxjWriterExporter;

/**
 * MS Project XML (MSPDI): the format that carries everything MS Project can express — outline levels with WBS
 * codes, durations, constraints, links with type and lag, calendars with exceptions, resources, assignments, costs,
 * progress, baselines — plus our custom fields and the scope appendix, so the model comes back whole.
 */
public final class MspdiExporter extends MpxjWriterExporter {

	public MspdiExporter() {
		super("mspdi", "MS Project XML (MSPDI)", "xml");
	}

	@Override
	protected ProjectWriter newWriter() {
		return new MSPDIWriter();
	}

	@Override
	protected boolean withProjectSummaryTask() {
		return true;
	}
}
