package org.wbsmodeler.merge.diff;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One change between two plans, by element id and feature.
 *
 * @param kind      what happened
 * @param elementId the element's stable id ({@code xmi:id})
 * @param element   the element in the newer plan, or in the older one for {@link ChangeKind#DELETED}
 * @param feature   the feature set, added to or removed from; the containment feature for created, deleted and
 *                  moved elements
 * @param oldValue  the value before: an attribute value, a cross reference's target in the older plan (an
 *                  {@link EObject}), the {@link Location} before a move or deletion; null where there is none
 * @param newValue  the value after, in the same terms (targets in the newer plan)
 */
public record Change(ChangeKind kind, String elementId, EObject element, EStructuralFeature feature, Object oldValue, Object newValue) {
}
