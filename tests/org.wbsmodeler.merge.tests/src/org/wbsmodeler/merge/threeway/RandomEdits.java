package org.wbsmodeler.merge.threeway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wbsmodeler.merge.Plans;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.SummaryElement;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.util.ModelBuilder;

/**
 * Random plans and random edits of them, as people make them in the editor: set a duration, a name or an owner,
 * move or reorder, delete (with the links to the deleted), add an activity, add or remove a link or an assignment.
 * Values come from small sets so that both sides often touch the same element and feature. Links always go from a
 * lower rank to a higher one (ranks by element, shared by both sides), so no merge can make a dependency cycle here.
 */
final class RandomEdits {

	private final Random random;
	private final Map<String, Integer> ranks;
	private int nextRank;
	private final ModelBuilder build = new ModelBuilder();

	RandomEdits(Random random, Map<String, Integer> ranks, int firstRank) {
		this.random = random;
		this.ranks = ranks;
		this.nextRank = firstRank;
	}

	/** A plan of 2–3 phases, 1–3 summaries each, 1–4 activities each, some links and assignments. */
	static Resource plan(Random random, Map<String, Integer> ranks) {
		ModelBuilder build = new ModelBuilder();
		Project project = build.project("Random", java.time.LocalDate.of(2027, 2, 1));
		build.resource(project, "R1", ResourceType.WORK, 100);
		build.resource(project, "R2", ResourceType.WORK, 80);
		List<Activity> activities = new ArrayList<>();
		for (int p = 0, phases = 2 + random.nextInt(2); p < phases; p++) {
			SummaryElement phase = build.phase(project, "P" + p, null);
			for (int d = 0, summaries = 1 + random.nextInt(3); d < summaries; d++) {
				SummaryElement deliverable = random.nextBoolean() ? build.deliverable(phase, "D" + p + d, null) : build.workPackage(phase, "W" + p + d, null);
				for (int a = 0, count = 1 + random.nextInt(4); a < count; a++) {
					Activity activity = build.activity(deliverable, "A" + p + d + a, 1 + random.nextInt(5), 8);
					if (random.nextInt(3) == 0) {
						build.assign(activity, project.getResources().get(random.nextInt(2)), 1, 8);
					}
					activities.add(activity);
				}
			}
		}
		for (int i = 1; i < activities.size(); i++) {
			if (random.nextInt(3) == 0) {
				build.link(activities.get(random.nextInt(i)), activities.get(i));
			}
		}
		Resource resource = ModelFiles.newResourceSet().createResource(URI.createURI("base.wbs"));
		resource.getContents().add(project);
		Resource base = resource;
		int rank = 0;
		for (var it = base.getAllContents(); it.hasNext();) {
			if (it.next() instanceof WbsElement element) {
				ranks.put(Plans.id(element), rank++);
			}
		}
		return base;
	}

	void edit(Resource plan, int edits) {
		for (int i = 0; i < edits; i++) {
			List<WbsElement> elements = elements(plan);
			if (elements.isEmpty()) {
				return;
			}
			WbsElement element = elements.get(random.nextInt(elements.size()));
			switch (random.nextInt(11)) {
			case 0, 1 -> element.setDuration(1 + random.nextInt(4));
			case 2 -> element.setName("N" + random.nextInt(3));
			case 3 -> element.setOwner("O" + random.nextInt(2));
			case 4 -> move(plan, element);
			case 5 -> reorder(element);
			case 6 -> delete(element);
			case 7 -> add(plan);
			case 8 -> link(elements);
			case 9 -> {
				if (!element.getPredecessors().isEmpty()) {
					element.getPredecessors().remove(random.nextInt(element.getPredecessors().size()));
				}
			}
			default -> {
				if (element instanceof Activity && element.getAssignments().isEmpty()) {
					build.assign(element, Plans.project(plan).getResources().get(random.nextInt(2)), 1, 8);
				} else if (!element.getAssignments().isEmpty()) {
					element.getAssignments().remove(0);
				}
			}
			}
		}
	}

	private static List<WbsElement> elements(Resource plan) {
		List<WbsElement> elements = new ArrayList<>();
		for (var it = plan.getAllContents(); it.hasNext();) {
			if (it.next() instanceof WbsElement element) {
				elements.add(element);
			}
		}
		return elements;
	}

	private List<WbsContainer> containers(Resource plan, WbsElement notUnder) {
		List<WbsContainer> containers = new ArrayList<>();
		containers.add(Plans.project(plan));
		for (WbsElement element : elements(plan)) {
			if (element instanceof SummaryElement summary && (notUnder == null || !EcoreUtil.isAncestor(notUnder, summary))) {
				containers.add(summary);
			}
		}
		return containers;
	}

	private void move(Resource plan, WbsElement element) {
		List<WbsContainer> targets = containers(plan, element);
		WbsContainer target = targets.get(random.nextInt(targets.size()));
		var children = target.getChildren();
		if (children.contains(element)) {
			children.move(random.nextInt(children.size()), element);
		} else {
			children.add(random.nextInt(children.size() + 1), element);
		}
	}

	private void reorder(WbsElement element) {
		@SuppressWarnings("unchecked")
		var siblings = (org.eclipse.emf.common.util.EList<EObject>) element.eContainer().eGet(element.eContainmentFeature());
		siblings.move(random.nextInt(siblings.size()), element);
	}

	private static void delete(WbsElement element) {
		Project project = (Project) EcoreUtil.getRootContainer(element);
		List<Dependency> links = new ArrayList<>();
		for (var it = project.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Dependency link && EcoreUtil.isAncestor(element, link.getPredecessor())) {
				links.add(link);
			}
		}
		links.forEach(EcoreUtil::remove);
		EcoreUtil.remove(element);
	}

	private void add(Resource plan) {
		List<WbsContainer> targets = containers(plan, null);
		WbsContainer target = targets.get(random.nextInt(targets.size()));
		Activity activity = build.activity(target, "New" + nextRank, 1 + random.nextInt(4), 8);
		target.getChildren().move(random.nextInt(target.getChildren().size()), activity);
		ranks.put(Plans.id(activity), nextRank++);
	}

	private void link(List<WbsElement> elements) {
		WbsElement a = elements.get(random.nextInt(elements.size()));
		WbsElement b = elements.get(random.nextInt(elements.size()));
		int ra = ranks.get(Plans.id(a));
		int rb = ranks.get(Plans.id(b));
		if (ra == rb) {
			return;
		}
		WbsElement from = ra < rb ? a : b;
		WbsElement to = ra < rb ? b : a;
		if (to.getPredecessors().stream().noneMatch(l -> l.getPredecessor() == from)) {
			build.link(from, to);
		}
	}
}
