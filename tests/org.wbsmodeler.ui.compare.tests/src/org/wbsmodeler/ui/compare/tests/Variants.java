package org.wbsmodeler.ui.compare.tests;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.ui.tests.EditorFixture;

/** Versions of the shipped example as people would make them, written as workspace files. */
final class Variants {

	private Variants() {
	}

	/** The example loaded (a resource set of its own). */
	static Resource example() throws Exception {
		return ModelFiles.loadResource(EditorFixture.example());
	}

	/** The example's activities in file order. */
	static List<Activity> activities(Resource plan) {
		List<Activity> activities = new ArrayList<>();
		plan.getAllContents().forEachRemaining(o -> {
			if (o instanceof Activity activity) {
				activities.add(activity);
			}
		});
		return activities;
	}

	static String id(EObject object) {
		return ((XMLResource) object.eResource()).getID(object);
	}

	/** The example with an edit, as bytes of a plan file. */
	static byte[] edited(Consumer<Resource> edit) throws Exception {
		Resource plan = example();
		edit.accept(plan);
		return bytes(plan);
	}

	static byte[] bytes(Resource plan) throws Exception {
		Path file = Files.createTempFile("variant-", ".wbs");
		try {
			ModelFiles.save(plan, file);
			return Files.readAllBytes(file);
		} finally {
			Files.deleteIfExists(file);
		}
	}

	/** Writes a workspace file (creating or replacing it). */
	static void write(IFile file, byte[] content) throws Exception {
		if (file.exists()) {
			file.setContents(new ByteArrayInputStream(content), true, false, null);
		} else {
			file.create(new ByteArrayInputStream(content), true, null);
		}
	}
}
