package org.wbsmodeler.exchange.mpxj;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.mpxj.Task;
import org.wbsmodeler.exchange.ExchangeException;
import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.BudgetLine;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.io.WbsModel;
import org.wbsmodeler.model.io.WbsResource;

/**
 * What MS Project has no place for — the CRM scope (components, requirements, stakeholders, objectives, budget),
 * the process breakdown, the roles, the names and dates of baselines, the views — travels as a small XMI document at the end
 * of the project's notes (task 0), below a marker line. MS Project keeps notes as they are, so the scope comes back.
 *
 * <p>The appendix holds no links to WBS elements for traceability: those are the task fields
 * ({@link Traceability}), which a user may edit in MS Project. The few other links out of it — a process step's
 * resources, a budget line's element — point at MSPDI unique IDs ({@code mspdi:/resource#3}, {@code mspdi:/task#12}).
 */
public final class ScopeAppendix {

	/** The line that starts the appendix; the text above it is the project description. */
	public static final String MARKER = "--- WBS Modeler scope (CRM, process breakdown, roles, baseline names): keep this text unchanged below this line ---";

	private static final String TASK = "task";
	private static final String RESOURCE = "resource";
	private static final URI BASE = URI.createURI("mspdi:/scope.xmi");

	private ScopeAppendix() {
	}

	/** The project notes: the description, then the appendix if there is one. */
	static String join(String description, String appendix) {
		if (appendix == null) {
			return description;
		}
		return (description == null || description.isEmpty() ? "" : description + "\n\n") + MARKER + "\n" + appendix;
	}

	/** The description part of project notes. */
	static String description(String notes) {
		if (notes == null) {
			return null;
		}
		int marker = notes.indexOf(MARKER);
		if (marker < 0) {
			return notes;
		}
		String description = notes.substring(0, marker).stripTrailing();
		return description.isEmpty() ? null : description;
	}

	/** The appendix part of project notes, or null. */
	static String appendix(String notes) {
		if (notes == null) {
			return null;
		}
		int marker = notes.indexOf(MARKER);
		return marker < 0 ? null : notes.substring(marker + MARKER.length()).strip();
	}

	/** The appendix for a project, or null when the project has nothing MS Project lacks a place for. */
	static String write(Project project, Map<WbsElement, Task> tasks, Map<Resource, org.mpxj.Resource> resources) throws ExchangeException {
		if (project.getCrm() == null && project.getProcessBreakdown() == null && project.getRoles().isEmpty() && project.getBaselines().isEmpty()
				&& project.getViews().isEmpty()) {
			return null;
		}
		Project holder = WbsFactory.eINSTANCE.createProject();
		// references to what is not copied (WBS elements, resources) are dropped; the two kinds the fields do not carry are re-added as MSPDI ids
		EcoreUtil.Copier copier = new EcoreUtil.Copier(true, false);
		holder.getRoles().addAll(copier.copyAll(project.getRoles()));
		holder.setCrm(project.getCrm() == null ? null : (org.wbsmodeler.model.CrmScope) copier.copy(project.getCrm()));
		holder.setProcessBreakdown(project.getProcessBreakdown() == null ? null : (org.wbsmodeler.model.ProcessBreakdown) copier.copy(project.getProcessBreakdown()));
		holder.getViews().addAll(copier.copyAll(project.getViews()));
		copier.copyReferences();
		for (Baseline baseline : project.getBaselines()) {
			Baseline shell = WbsFactory.eINSTANCE.createBaseline();
			shell.setName(baseline.getName());
			shell.setSavedOn(baseline.getSavedOn());
			holder.getBaselines().add(shell);
		}
		for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
			if (entry.getKey() instanceof ProcessStep step) {
				for (Resource resource : step.getResources()) {
					org.mpxj.Resource target = resources.get(resource);
					if (target != null) {
						((ProcessStep) entry.getValue()).getResources().add((Resource) proxy(resource, RESOURCE, target.getUniqueID()));
					}
				}
			} else if (entry.getKey() instanceof View view) {
				// a view's people and phases are MSPDI resources and tasks, like a process step's
				View copy = (View) entry.getValue();
				for (Resource resource : view.getResources()) {
					org.mpxj.Resource target = resources.get(resource);
					if (target != null) {
						copy.getResources().add((Resource) proxy(resource, RESOURCE, target.getUniqueID()));
					}
				}
				for (WbsElement element : view.getPhases()) {
					Task target = tasks.get(element);
					if (target != null) {
						copy.getPhases().add((WbsElement) proxy(element, TASK, target.getUniqueID()));
					}
				}
			} else if (entry.getKey() instanceof BudgetLine line && line.getElement() != null && tasks.get(line.getElement()) != null) {
				((BudgetLine) entry.getValue()).setElement((WbsElement) proxy(line.getElement(), TASK, tasks.get(line.getElement()).getUniqueID()));
			}
		}
		XMIResourceImpl resource = new XMIResourceImpl(BASE);
		newResourceSet().getResources().add(resource);
		resource.getContents().add(holder);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_DECLARE_XML, Boolean.FALSE);
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		try {
			resource.save(out, options);
		} catch (IOException | RuntimeException e) {
			throw new ExchangeException("cannot write the CRM scope and process breakdown into the project notes (" + e.getMessage() + ")");
		}
		return out.toString(StandardCharsets.UTF_8).strip();
	}

	private static EObject proxy(EObject original, String kind, Integer uniqueId) {
		InternalEObject proxy = (InternalEObject) EcoreUtil.create(original.eClass());
		proxy.eSetProxyURI(BASE.trimSegments(1).appendSegment(kind).appendFragment(String.valueOf(uniqueId)));
		return proxy;
	}

	/**
	 * Reads an appendix into a holder project whose links to tasks and resources are resolved with the maps given;
	 * links to ids the maps lack are dropped.
	 *
	 * @throws IOException when the appendix is not one we wrote, or was damaged
	 */
	static Project read(String appendix, Map<Integer, WbsElement> tasks, Map<Integer, Resource> resources) throws IOException {
		XMIResourceImpl resource = new XMIResourceImpl(BASE);
		newResourceSet().getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(appendix.getBytes(StandardCharsets.UTF_8)), WbsResource.secureLoadOptions());
		} catch (RuntimeException e) {
			throw new IOException(e.getMessage(), e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw new IOException(resource.getErrors().get(0).getMessage());
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Project holder)) {
			throw new IOException("it holds no project");
		}
		for (var it = holder.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof ProcessStep step) {
				resolve(step, WbsPackage.Literals.PROCESS_STEP__RESOURCES, resources);
			} else if (next instanceof BudgetLine line) {
				resolve(line, WbsPackage.Literals.BUDGET_LINE__ELEMENT, tasks);
			} else if (next instanceof View view) {
				resolve(view, WbsPackage.Literals.VIEW__RESOURCES, resources);
				resolve(view, WbsPackage.Literals.VIEW__PHASES, tasks);
			}
		}
		return holder;
	}

	@SuppressWarnings("unchecked")
	private static void resolve(EObject owner, EReference reference, Map<Integer, ? extends EObject> targets) {
		if (reference.isMany()) {
			InternalEList<EObject> list = (InternalEList<EObject>) owner.eGet(reference, false);
			List<EObject> resolved = new java.util.ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				EObject target = target(list.basicGet(i), targets);
				if (target != null) {
					resolved.add(target);
				}
			}
			list.clear();
			list.addAll(resolved);
		} else {
			EObject target = target((EObject) owner.eGet(reference, false), targets);
			owner.eSet(reference, target);
		}
	}

	private static EObject target(EObject proxy, Map<Integer, ? extends EObject> targets) {
		if (proxy == null || !proxy.eIsProxy()) {
			return null;
		}
		String id = ((InternalEObject) proxy).eProxyURI().fragment();
		try {
			return targets.get(Integer.valueOf(id));
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static ResourceSet newResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		WbsModel.registerPackage(set.getPackageRegistry());
		return set;
	}
}
