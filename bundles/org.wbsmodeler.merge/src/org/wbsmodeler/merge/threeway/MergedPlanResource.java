package org.wbsmodeler.merge.threeway;

import java.util.HashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.model.io.WbsResource;

/**
 * The merged plan's resource: a {@code .wbs} resource whose id maps are sized for the merge at once, and whose tree,
 * every element of which got its id before, is attached without EMF walking it to look each id up and put it again.
 */
final class MergedPlanResource extends WbsResource {

	private boolean attaching;

	MergedPlanResource(URI uri, int elements) {
		super(uri);
		idToEObjectMap = HashMap.newHashMap(elements);
		eObjectToIDMap = HashMap.newHashMap(elements);
	}

	/** Adds the merged tree as the resource's content: each element's id is already in both id maps. */
	void attach(EObject root) {
		attaching = true;
		try {
			getContents().add(root);
		} finally {
			attaching = false;
		}
	}

	@Override
	protected boolean isAttachedDetachedHelperRequired() {
		// what EMF's attach would do per element is there already (ids) or not needed (no modification tracking, no
		// intrinsic ids): then it need not walk the 100,000 elements at all
		if (attaching && !isTrackingModification() && getIntrinsicIDToEObjectMap() == null) {
			return false;
		}
		return super.isAttachedDetachedHelperRequired();
	}
}
