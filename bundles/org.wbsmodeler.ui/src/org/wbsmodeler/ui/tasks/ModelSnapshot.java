package org.wbsmodeler.ui.tasks;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
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
		for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
			originals.put(entry.getValue(), entry.getKey());
			if (resource != null) {
				ids.put(entry.getValue(), resource.getURIFragment(entry.getKey()));
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
