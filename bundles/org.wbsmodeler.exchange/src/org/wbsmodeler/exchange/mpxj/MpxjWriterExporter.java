package org.wbsmodeler.exchange.mpxj;

import java.io.IOException;
import java.io.OutputStream;

import org.mpxj.ProjectFile;
import org.mpxj.writer.ProjectWriter;
import org.wbsmodeler.exchange.ExchangeException;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.exchange.ModelExporter;
import org.wbsmodeler.exchange.ScheduledCopy;

/**
 * An export through one of MPXJ's writers: the model becomes an MPXJ project ({@link ProjectFileBuilder}), the
 * writer does the format. Each format is a small subclass, so that each can be registered by class name.
 */
public abstract class MpxjWriterExporter implements ModelExporter {

	private final String id;
	private final String label;
	private final String fileExtension;

	protected MpxjWriterExporter(String id, String label, String fileExtension) {
		this.id = id;
		this.label = label;
		this.fileExtension = fileExtension;
	}

	/** A new writer for one file: MPXJ's writers keep state while writing. */
	protected abstract ProjectWriter newWriter();

	/** Settings of the format's own, made on the MPXJ project before it is written. */
	protected void configure(ProjectFile file) {
		// most formats need none
	}

	/** Whether the project is MS Project's task 0, with the scope appendix in its notes. */
	protected boolean withProjectSummaryTask() {
		return false;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public String fileExtension() {
		return fileExtension;
	}

	@Override
	public void write(ScheduledCopy plan, OutputStream out, ExchangeWarnings warnings) throws ExchangeException, IOException {
		ProjectFile file = ProjectFileBuilder.build(plan, withProjectSummaryTask(), warnings);
		configure(file);
		write(file, out);
	}

	/** Writes an MPXJ project as it is; the benchmark times this part alone. */
	public void write(ProjectFile file, OutputStream out) throws ExchangeException, IOException {
		try {
			newWriter().write(file, out);
		} catch (RuntimeException e) {
			throw new ExchangeException("cannot write " + label + " (" + ExchangeException.oneLine(e.getMessage()) + ")");
		}
	}
}
