package org.wbsmodeler.server.tests;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.PlanCodec;

/** Test plans: the shipped example as a resource and as rows. */
final class Plans {

	static final Path EXAMPLE = Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs");

	private Plans() {
	}

	static Resource example() throws Exception {
		return ModelFiles.loadResource(EXAMPLE);
	}

	static Map<String, ElementRow> exampleRows() throws Exception {
		return new PlanCodec().rows(example());
	}

	/** The id of the first element of a kind with a name. */
	static String idOf(Map<String, ElementRow> rows, String kind, String name) {
		return rows.values().stream().filter(r -> r.kind().equals(kind) && name.equals(r.attrs().path("name").asText(null))).findFirst()
				.orElseThrow(() -> new AssertionError("no " + kind + " named " + name)).id();
	}
}
