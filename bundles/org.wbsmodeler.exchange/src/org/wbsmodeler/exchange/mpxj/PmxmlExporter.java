package org.wbsmodeler.exchange.mpxj;

import org.mpxj.writer.ProjectWriter;

/** Primavera P6 XML (PMXML), written by MPXJ's {@code PrimaveraPMFileWriter}. */
public final class PmxmlExporter extends MpxjWriterExporter {

	public PmxmlExporter() {
		super("pmxml", "Primavera P6 XML (PMXML)", "xml");
	}

	@Override
	protected ProjectWriter newWriter() {
		return new org.mpxj.primavera.PrimaveraPMFileWriter();
	}
}
