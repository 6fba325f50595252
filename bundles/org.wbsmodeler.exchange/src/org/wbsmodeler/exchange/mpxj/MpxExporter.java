package org.wbsmodeler.exchange.mpxj;

import org.mpxj.ProjectDateFormat;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectTimeFormat;
import org.mpxj.mpx.MPXWriter;
import org.mpxj.writer.ProjectWriter;

/** MPX (MS Project 98 exchange format), written by MPXJ's {@code MPXWriter}. */
public final class MpxExporter extends MpxjWriterExporter {

	public MpxExporter() {
		super("mpx", "MPX (MS Project 98 exchange format)", "mpx");
	}

	@Override
	protected ProjectWriter newWriter() {
		MPXWriter writer = new MPXWriter();
		// the locale's defaults would replace the date format below with one without the time
		writer.setUseLocaleDefaults(false);
		return writer;
	}

	@Override
	protected void configure(ProjectFile file) {
		// MPX writes dates in the file's date format, by default without the time: a task would start at midnight
		file.getProjectProperties().setDateFormat(ProjectDateFormat.DD_MM_YY_HH_MM);
		file.getProjectProperties().setTimeFormat(ProjectTimeFormat.TWENTY_FOUR_HOUR);
	}
}
