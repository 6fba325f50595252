package org.wbsmodeler.merge.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.wbsmodeler.merge.MergeException;

/**
 * The plans of one diff or merge indexed at once, one thread each: walking a 100,000-element plan and reading its ids
 * is a third of a merge, and the plans are independent. The result and any refusal are those of indexing them one
 * after the other ({@link PlanIndex#of}): the first bad plan, in the order given, is the one named.
 */
public final class PlanIndexes {

	private PlanIndexes() {
	}

	/** Indexes the plans, in parallel; the indexes in the order given. */
	public static PlanIndex[] of(ComparedFeatures features, Resource... plans) throws MergeException {
		prepareClasses(plans);
		List<CompletableFuture<PlanIndex>> others = new ArrayList<>();
		for (int i = 1; i < plans.length; i++) {
			Resource plan = plans[i];
			others.add(CompletableFuture.supplyAsync(() -> {
				try {
					return PlanIndex.of(plan, features);
				} catch (MergeException e) {
					throw new CompletionException(e);
				}
			}));
		}
		PlanIndex[] result = new PlanIndex[plans.length];
		MergeException first = null;
		try {
			result[0] = PlanIndex.of(plans[0], features);
		} catch (MergeException e) {
			first = e;
		}
		for (int i = 1; i < plans.length; i++) {
			try {
				result[i] = others.get(i - 1).join();
			} catch (CompletionException e) {
				if (!(e.getCause() instanceof MergeException refused)) {
					throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
				}
				if (first == null) {
					first = refused;
				}
			}
		}
		if (first != null) {
			throw first;
		}
		return result;
	}

	/**
	 * EMF computes a class's lists of features on first use and records that with an adapter on the class, which is
	 * not safe from several threads: every class of the plans' packages is asked here, in the caller's thread, first.
	 */
	private static void prepareClasses(Resource... plans) {
		Set<EPackage> packages = new HashSet<>();
		for (Resource plan : plans) {
			if (!plan.getContents().isEmpty()) {
				addPackage(plan.getContents().get(0).eClass().getEPackage(), packages);
			}
			if (plan.getResourceSet() != null) {
				addPackages(plan.getResourceSet().getPackageRegistry(), packages);
			}
		}
		addPackages(EPackage.Registry.INSTANCE, packages);
		for (EPackage ePackage : packages) {
			for (EClassifier classifier : ePackage.getEClassifiers()) {
				if (classifier instanceof EClass eClass) {
					eClass.getEAllContainments();
					eClass.getEAllStructuralFeatures();
					eClass.getEAllReferences();
					eClass.getEAllAttributes();
					eClass.getFeatureCount();
				}
			}
		}
	}

	/** The packages already in use (a package not yet initialized has no objects in any plan). */
	private static void addPackages(EPackage.Registry registry, Set<EPackage> packages) {
		for (Object value : registry.values().toArray()) {
			if (value instanceof EPackage ePackage) {
				addPackage(ePackage, packages);
			}
		}
	}

	private static void addPackage(EPackage ePackage, Set<EPackage> packages) {
		if (ePackage != null && packages.add(ePackage)) {
			for (EPackage sub : ePackage.getESubpackages()) {
				addPackage(sub, packages);
			}
		}
	}
}
