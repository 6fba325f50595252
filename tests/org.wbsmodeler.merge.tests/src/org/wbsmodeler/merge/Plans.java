package org.wbsmodeler.merge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.util.ModelBuilder;

/** Test plans: a small sample and copies of it as three people would have them (each loaded on its own). */
public final class Plans {

	private Plans() {
	}

	/**
	 * Phase P1 (deliverable D1 with activities A1, A2, A3; A2 after A1), phase P2 (activities B1, B2), resource R1
	 * assigned to A1, resource R2.
	 */
	public static Resource sample() {
		ModelBuilder build = new ModelBuilder();
		Project project = build.project("Sample", LocalDate.of(2027, 2, 1));
		Phase p1 = build.phase(project, "P1", null);
		Deliverable d1 = build.deliverable(p1, "D1", null);
		Activity a1 = build.activity(d1, "A1", 2, 16);
		Activity a2 = build.activity(d1, "A2", 3, 24);
		build.activity(d1, "A3", 1, 8);
		build.link(a1, a2);
		Phase p2 = build.phase(project, "P2", null);
		build.activity(p2, "B1", 4, 32);
		build.activity(p2, "B2", 5, 40);
		build.assign(a1, build.resource(project, "R1", ResourceType.WORK, 100), 1, 16);
		build.resource(project, "R2", ResourceType.WORK, 80);
		Resource resource = ModelFiles.newResourceSet().createResource(URI.createURI("base.wbs"));
		resource.getContents().add(project);
		return reload(resource, "base.wbs");
	}

	/** The plan saved and loaded again into a resource set of its own, named {@code name}. */
	public static Resource reload(Resource plan, String name) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			plan.save(bytes, null);
			Resource copy = ModelFiles.newResourceSet().createResource(URI.createURI(name));
			copy.load(new ByteArrayInputStream(bytes.toByteArray()), null);
			return copy;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A copy of the plan with the same ids in a resource set of its own (what loading the file would give, faster). */
	public static Resource copy(Resource plan, String name) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		java.util.Collection<EObject> roots = copier.copyAll(plan.getContents());
		copier.copyReferences();
		XMLResource copy = (XMLResource) ModelFiles.newResourceSet().createResource(URI.createURI(name));
		copier.forEach((original, duplicate) -> copy.setID(duplicate, ((XMLResource) plan).getID(original)));
		copy.getContents().addAll(roots);
		return copy;
	}

	public static Project project(Resource plan) {
		return (Project) plan.getContents().get(0);
	}

	/** The WBS element of that name. */
	public static WbsElement element(Resource plan, String name) {
		for (var it = plan.getAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof WbsElement element && name.equals(element.getName())) {
				return element;
			}
		}
		throw new AssertionError("no element " + name);
	}

	public static org.wbsmodeler.model.Resource resource(Resource plan, String name) {
		return project(plan).getResources().stream().filter(r -> name.equals(r.getName())).findFirst().orElseThrow();
	}

	public static String id(EObject object) {
		return ((XMLResource) object.eResource()).getID(object);
	}
}
