package org.wbsmodeler.ui.tasks;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.wbsmodeler.model.Project;

/**
 * A copy of the project taken on the UI thread, for work that runs in a job (validation, scheduling for a baseline,
 * export, diagrams, reports) while the user keeps editing: the job never reads the live model. Each copied object
 * knows its original and the original's id (URI fragment), so results point back at what the user sees.
 */
public final class ModelSnapshot {

	private final Project copy;
	private final Map<EObject, EObject> originals = new IdentityHashMap<>();
	private final Map<EObject, String> ids = new IdentityHashMap<>();

	private ModelSnapshot(Project original) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		copy = (Project) copier.copy(original);
		copier.copyReferences();
		Resource resource = original.eResource();
		// the copy keeps the originals' xmi:ids, so what is drawn or exported from it (a diagram's box ids) is what
		// ./wbs render draws from the saved file
		XMLResource copyResource = new XMIResourceImpl(resource != null ? resource.getURI() : URI.createURI("snapshot.wbs"));
		copyResource.getContents().add(copy);
		for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
			originals.put(entry.getValue(), entry.getKey());
			if (resource != null) {
				ids.put(entry.getValue(), resource.getURIFragment(entry.getKey()));
				if (resource instanceof XMLResource xml && xml.getID(entry.getKey()) != null) {
					copyResource.setID(entry.getValue(), xml.getID(entry.getKey()));
				}
			}
		}
	}

	/** Copies the project; call on the thread that edits the model. */
	public static ModelSnapshot of(Project project) {
		return new ModelSnapshot(project);
	}

	public Project project() {
		return copy;
	}

	/** The live object a copied one stands for, or null for an object made after the copy. */
	@SuppressWarnings("unchecked")
	public <T extends EObject> T original(T copied) {
		return (T) originals.get(copied);
	}

	/** The id (URI fragment) of a copied object's original in its file, or null outside a resource. */
	public String idOf(EObject copied) {
		return ids.get(copied);
	}
}
