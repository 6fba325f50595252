package org.wbsmodeler.ui.diagram.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Process;
import org.wbsmodeler.model.ProcessBreakdown;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Role;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.util.ModelBuilder;

/**
 * A plan small enough that every box is on screen at 100%, so tests can drag between boxes:
 *
 * <pre>
 * 1 Design    1.1 Spec (3 d)   1.2 Review (2 d, after 1.1)
 * 2 Build     2.1 Code (5 d, after 1.2)   2.2 Test (3 d, after 2.1)   2.3 Docs (2 d, after 1.2)
 * 3 Launch    milestone after 2.2 and 2.3
 * </pre>
 *
 * Critical path: 1.1 → 1.2 → 2.1 → 2.2 → 3; 2.3 has float. One process with two steps owned by two roles.
 */
final class DemoModel {

	private DemoModel() {
	}

	static byte[] bytes() throws Exception {
		ModelBuilder b = new ModelBuilder();
		Project project = b.project("Demo", LocalDate.of(2027, 1, 4));
		Phase design = b.phase(project, "Design", null);
		Activity spec = b.activity(design, "Spec", 3, 24);
		Activity review = b.activity(design, "Review", 2, 16);
		b.link(spec, review);
		Phase build = b.phase(project, "Build", null);
		Activity code = b.activity(build, "Code", 5, 40);
		Activity test = b.activity(build, "Test", 3, 24);
		Activity docs = b.activity(build, "Docs", 2, 16);
		b.link(review, code);
		b.link(code, test);
		b.link(review, docs);
		Milestone launch = b.milestone(project, "Launch");
		b.link(test, launch);
		b.link(docs, launch);
		WbsFactory f = WbsFactory.eINSTANCE;
		Role sales = f.createRole();
		sales.setName("Sales");
		Role service = f.createRole();
		service.setName("Service");
		project.getRoles().add(sales);
		project.getRoles().add(service);
		ProcessBreakdown pbs = f.createProcessBreakdown();
		pbs.setName("Customer processes");
		Process process = f.createProcess();
		process.setName("Handle enquiry");
		process.setOwner(sales);
		ProcessStep receive = f.createProcessStep();
		receive.setName("Receive enquiry");
		receive.setOwner(sales);
		receive.getWbsElements().add(spec);
		ProcessStep answer = f.createProcessStep();
		answer.setName("Answer");
		answer.setOwner(service);
		process.getSteps().add(receive);
		process.getSteps().add(answer);
		pbs.getProcesses().add(process);
		project.setProcessBreakdown(pbs);
		return bytes(project);
	}

	/** A model as the bytes of its .wbs file. */
	static byte[] bytes(Project project) throws Exception {
		Path file = Files.createTempFile("model", ".wbs");
		try {
			ModelFiles.save(project, file);
			return Files.readAllBytes(file);
		} finally {
			Files.deleteIfExists(file);
		}
	}
}
