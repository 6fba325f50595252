package org.wbsmodeler.exchange.mspdi;

import java.nio.file.Path;

import org.mpxj.ProjectFile;
import org.mpxj.mspdi.MSPDIReader;
import org.wbsmodeler.exchange.ExchangeException;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.exchange.ModelImporter;
import org.wbsmodeler.exchange.mpxj.Heads;
import org.wbsmodeler.exchange.mpxj.ModelAssembler;
import org.wbsmodeler.exchange.mpxj.ReadProblems;
import org.wbsmodeler.exchange.xml.SecureXml;
import org.wbsmodeler.model.Project;

/**
 * MS Project XML (MSPDI), recognised by MS Project's namespace. The prolog is checked by {@link SecureXml} first,
 * then MPXJ's MSPDI reader reads the file and {@link ModelAssembler} builds the model.
 */
public final class MspdiImporter implements ModelImporter {

	/** The namespace of MSPDI documents. */
	public static final String NAMESPACE = "http://schemas.microsoft.com/project";

	@Override
	public String id() {
		return "mspdi";
	}

	@Override
	public String label() {
		return "MS Project XML (MSPDI)";
	}

	@Override
	public int claim(Path file, byte[] head) {
		if (!SecureXml.looksLikeXml(head)) {
			return 0;
		}
		return SecureXml.headText(head).contains(NAMESPACE) ? CERTAIN : 0;
	}

	@Override
	public Project read(Path file, ExchangeWarnings warnings) throws ExchangeException {
		Heads.read(file);
		SecureXml.checkProlog(file);
		ProjectFile projectFile;
		try {
			projectFile = new MSPDIReader().read(file.toFile());
		} catch (Exception | StackOverflowError e) {
			throw ReadProblems.describe(file, label(), e, true);
		}
		if (projectFile == null) {
			throw new ExchangeException(file, 0, "not an MS Project XML file", null);
		}
		return ModelAssembler.assemble(projectFile, warnings);
	}
}
