package org.wbsmodeler.exchange.mpxj;

import java.nio.file.Path;

import org.mpxj.ProjectFile;
import org.mpxj.mpp.MPPReader;
import org.mpxj.reader.UniversalProjectReader;
import org.wbsmodeler.exchange.ExchangeException;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.exchange.ImportOptions;
import org.wbsmodeler.exchange.ModelImporter;
import org.wbsmodeler.exchange.xml.SecureXml;
import org.wbsmodeler.model.Project;

/**
 * Every format MPXJ recognises by content — MPP, MPX, MSPDI, PMXML, XER, Planner, GanttProject, Phoenix, Asta, MS
 * Project 98 databases and more — read with MPXJ's universal reader. It claims any file weakly, so a more specific
 * importer wins. MPX files are read in the language they were written in ({@link MpxLanguages}); a read password
 * goes to MPXJ's MPP reader.
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
		return read(file, ImportOptions.NONE, warnings);
	}

	@Override
	public Project read(Path file, ImportOptions options, ExchangeWarnings warnings) throws ExchangeException {
		MpxjRuntime.prepare();
		byte[] head = Heads.read(file);
		ProjectFile projectFile = MpxLanguages.isMpx(head) ? MpxLanguages.read(file, options.locale(), warnings) : readAny(file, head, options);
		return ModelAssembler.assemble(projectFile, warnings);
	}

	private static ProjectFile readAny(Path file, byte[] head, ImportOptions options) throws ExchangeException {
		boolean xml = SecureXml.looksLikeXml(head);
		if (xml) {
			SecureXml.checkProlog(file);
		}
		boolean database = ProjectDatabases.isJet(head);
		ProjectFile projectFile = null;
		Throwable failure = null;
		try (UniversalProjectReader.ProjectReaderProxy proxy = new UniversalProjectReader().getProjectReaderProxy(file.toFile())) {
			if (proxy != null) {
				if (options.password() != null && proxy.getProjectReader() instanceof MPPReader mpp) {
					mpp.setReadPassword(options.password());
				}
				projectFile = proxy.read();
			}
		} catch (Exception | StackOverflowError | LinkageError e) {
			// LinkageError: a reader whose library this installation lacks (Jackcess for databases)
			failure = e;
		}
		if (failure != null) {
			ExchangeException password = ProtectedFiles.problem(file, failure, options.password() != null);
			if (password != null) {
				throw password;
			}
			if (database) {
				throw ProjectDatabases.unreadable(file, ReadProblems.deepestMessage(failure));
			}
			throw ReadProblems.describe(file, "a project file", failure, xml);
		}
		if (projectFile == null) {
			if (database) {
				throw ProjectDatabases.unreadable(file, null);
			}
			if (xml) {
				SecureXml.checkWellFormed(file);
			}
			throw new ExchangeException(file, 0, "not a project file MPXJ recognises", null);
		}
		return projectFile;
	}
}
