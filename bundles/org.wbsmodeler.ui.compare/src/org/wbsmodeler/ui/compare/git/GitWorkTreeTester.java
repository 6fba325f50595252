package org.wbsmodeler.ui.compare.git;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.resources.IResource;

/** {@code org.wbsmodeler.ui.compare.inGitWorkTree}: the resource is in a git work tree and git is on the PATH. */
public final class GitWorkTreeTester extends PropertyTester {

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		return receiver instanceof IResource resource && resource.getLocation() != null && GitWorkTree.applies(resource.getLocation().toFile().toPath());
	}
}
