package org.wbsmodeler.exchange.mpxj;

import org.mpxj.writer.ProjectWriter;

/** MPX (MS Project 98 exchange format), written by MPXJ's {@code MPXWriter}. */
public final class MpxExporter extends MpxjWriterExporter {

	public MpxExporter() {
		super("mpx", "MPX (MS Project 98 exchange format)", "mpx");
	}

	@Override
	protected ProjectWriter newWriter() {
		return new org.mpxj.mpx.MPXWriter();
	}
}
