package org.wbsmodeler.exchange.mpxj;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.mpxj.Task;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;

/**
 * Elements imported from MS Project keep the task's GUID as their id ({@code xmi:id}), so that importing a plan
 * again gives the same elements: a diff or merge with an earlier import shows what changed, not every element new.
 * The project is put into a resource of its own with those ids; saving it keeps them, and elements without a GUID
 * get the usual generated one when attached.
 */
final class MsProjectIds {

	private MsProjectIds() {
	}

	static Project keep(Project project, Map<Task, WbsElement> elements) {
		XMLResource resource = (XMLResource) ModelFiles.newResourceSet().createResource(URI.createURI("imported.wbs"));
		Set<String> used = new HashSet<>();
		elements.forEach((task, element) -> {
			UUID guid = task.getGUID();
			// a GUID twice (a file put together by hand) is kept once: ids must be unique
			if (guid != null && used.add(guid.toString())) {
				resource.setID(element, guid.toString());
			}
		});
		resource.getContents().add(project);
		return project;
	}
}
