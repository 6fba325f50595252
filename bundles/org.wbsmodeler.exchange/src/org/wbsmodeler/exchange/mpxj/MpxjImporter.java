package org.wbsmodeler.exchange.mpxj;

import java.nio.file.Path;

import org.mpxj.ProjectFile;
import org.mpxj.reader.UniversalProjectReader;
import org.wbsmodeler.exchange.ExchangeException;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.exchange.ModelImporter;
import org.wbsmodeler.exchange.xml.SecureXml;
import org.wbsmodeler.model.Project;

/**
 * Every format MPXJ recognises by content — MPP, MPX, MSPDI, PMXML, XER, Planner, GanttProject, Phoenix, Asta and
 * more — read with MPXJ's universal reader. It claims any file weakly, so a more specific importer wins.
 */
public final class MpxjImporter implements ModelImporter {

	@Override
	public String id() {
		return "mpxj";
	}

	@Override
	public String label() {
		return "MPXJ: MPP, MPX, MSPDI, PMXML, XER, Planner, GanttProject and more";
	}

	@Override
	public int claim(Path file, byte[] head) {
		return FALLBACK;
	}

	@Override
	public Project read(Path file, ExchangeWarnings warnings) throws ExchangeException {
		MpxjRuntime.prepare();
		boolean xml = SecureXml.looksLikeXml(Heads.read(file));
		if (xml) {
			SecureXml.checkProlog(file);
		}
		ProjectFile projectFile;
		try {
			projectFile = new UniversalProjectReader().read(file.toFile());
		} catch (Exception | StackOverflowError e) {
			throw ReadProblems.describe(file, "a project file", e, xml);
		}
		if (projectFile == null) {
			if (xml) {
				SecureXml.checkWellFormed(file);
			}
			throw new ExchangeException(file, 0, "not a project file MPXJ recognises", null);
		}
		return ModelAssembler.assemble(projectFile, warnings);
	}
}
