package org.wbsmodeler.exchange.mpxj;

import org.mpxj.writer.ProjectWriter;

/** MPXJ JSON, written by MPXJ's {@code JsonWriter}. */
public final class JsonExporter extends MpxjWriterExporter {

	public JsonExporter() {
		super("json", "MPXJ JSON", "json");
	}

	@Override
	protected ProjectWriter newWriter() {
		return new org.mpxj.json.JsonWriter();
	}
}
