package org.wbsmodeler.merge.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.wbsmodeler.model.WbsPackage;

/**
 * Which features of a class a diff or merge looks at. Generic over EMF, so a plug-in's classes (the risk example's
 * {@code Risk}) take part with no code of theirs. Left out are values that are computed, not edited: derived,
 * transient and volatile features, the container reference, the scheduler's results (early/late dates, floats,
 * critical flag) and any feature a plug-in marks with an annotation of source {@link #DERIVED_ANNOTATION}. They are
 * recomputed after a merge, so two plans scheduled at different times do not differ.
 * <p>
 * One instance per diff or merge: it caches the answer per class (not thread-safe, no global state).
 */
public final class ComparedFeatures {

	/** Annotation source with which a plug-in's metamodel marks a stored feature as computed (not compared). */
	public static final String DERIVED_ANNOTATION = "http://www.wbsmodeler.org/merge/derived";

	/** WbsElement features the scheduler writes; stored in the file, but results, not edits. */
	private static final Set<EStructuralFeature> SCHEDULED = Set.of(WbsPackage.Literals.WBS_ELEMENT__EARLY_START,
			WbsPackage.Literals.WBS_ELEMENT__EARLY_FINISH, WbsPackage.Literals.WBS_ELEMENT__LATE_START, WbsPackage.Literals.WBS_ELEMENT__LATE_FINISH,
			WbsPackage.Literals.WBS_ELEMENT__TOTAL_FLOAT, WbsPackage.Literals.WBS_ELEMENT__FREE_FLOAT, WbsPackage.Literals.WBS_ELEMENT__CRITICAL);

	private final Map<EClass, List<EStructuralFeature>> values = new HashMap<>();
	private final Map<EClass, List<EReference>> containments = new HashMap<>();
	private final Map<EClass, int[]> valueIds = new HashMap<>();
	private final Map<EClass, EStructuralFeature[]> valueArrays = new HashMap<>();
	/** The class asked for last and its answers: elements of one class come in runs (a package's activities). */
	private EClass lastClass;
	private EStructuralFeature[] lastArray;
	private int[] lastIds;

	/** Attributes and cross references (not containments) that are edited by people. */
	public List<EStructuralFeature> values(EClass eClass) {
		return values.computeIfAbsent(eClass, c -> {
			List<EStructuralFeature> result = new ArrayList<>();
			for (EStructuralFeature feature : c.getEAllStructuralFeatures()) {
				boolean containment = feature instanceof EReference reference && (reference.isContainment() || reference.isContainer());
				if (!containment && !isComputed(feature)) {
					result.add(feature);
				}
			}
			return Collections.unmodifiableList(result);
		});
	}

	/**
	 * The feature ids in that class of {@link #values}, in step with them: what the objects' {@code eIsSet(int)} and
	 * {@code eGet(int, …)} take, so that the millions of comparisons of a large plan skip finding them per call.
	 */
	public int[] valueIds(EClass eClass) {
		return valueIds.computeIfAbsent(eClass, c -> {
			List<EStructuralFeature> features = values(c);
			int[] result = new int[features.size()];
			for (int i = 0; i < result.length; i++) {
				result[i] = c.getFeatureID(features.get(i));
			}
			return result;
		});
	}

	/** {@link #values} as an array, for the loops that read every feature of every element. */
	public EStructuralFeature[] valueArray(EClass eClass) {
		if (eClass != lastClass) {
			remember(eClass);
		}
		return lastArray;
	}

	/** {@link #valueIds}, answered from the last class asked for where it is the same (no map lookup). */
	public int[] valueIdArray(EClass eClass) {
		if (eClass != lastClass) {
			remember(eClass);
		}
		return lastIds;
	}

	private void remember(EClass eClass) {
		lastArray = valueArrays.computeIfAbsent(eClass, c -> values(c).toArray(EStructuralFeature[]::new));
		lastIds = valueIds(eClass);
		lastClass = eClass;
	}

	/** The containment references that hold stored children (the plan's tree). */
	public List<EReference> containments(EClass eClass) {
		return containments.computeIfAbsent(eClass, c -> {
			List<EReference> result = new ArrayList<>();
			for (EReference reference : c.getEAllContainments()) {
				if (!reference.isTransient() && !reference.isDerived() && !reference.isVolatile()) {
					result.add(reference);
				}
			}
			return Collections.unmodifiableList(result);
		});
	}

	/** Whether the feature holds a computed value that diffs ignore. */
	public static boolean isComputed(EStructuralFeature feature) {
		return feature.isDerived() || feature.isTransient() || feature.isVolatile() || !feature.isChangeable() || SCHEDULED.contains(feature)
				|| feature.getEAnnotation(DERIVED_ANNOTATION) != null;
	}
}
