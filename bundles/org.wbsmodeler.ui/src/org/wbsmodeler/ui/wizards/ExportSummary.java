package org.wbsmodeler.ui.wizards;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.QualifiedName;
import org.wbsmodeler.exchange.ExchangeException;
import org.wbsmodeler.exchange.ScheduledCopy;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;
import org.wbsmodeler.ui.internal.UiActivator;

/**
 * What an export wrote, in the words the confirmation uses ("88 tasks, 75 links, 8 resources → …/plan.xml"), and the
 * format each plan was last exported to (a persistent property of the plan's workspace file), so that the next export
 * of that plan offers it first.
 */
final class ExportSummary {

	/** The format chosen when a plan was never exported: MS Project's own XML, what "for MS Project" means. */
	static final String DEFAULT_FORMAT = "mspdi";

	private static final QualifiedName LAST_FORMAT = new QualifiedName(UiActivator.PLUGIN_ID, "exportFormat");

	private ExportSummary() {
	}

	/** "N tasks, N links, N resources → TARGET", counted on what the exporter was given (the view's rows). */
	static String of(Project project, View view, Path target) throws ExchangeException {
		ScheduledCopy copy = ScheduledCopy.of(project, view);
		int links = 0;
		for (var it = copy.project().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Dependency) {
				links++;
			}
		}
		return count(copy.outline().size(), "task") + ", " + count(links, "link") + ", " + count(copy.project().getResources().size(), "resource")
				+ " \u2192 " + target;
	}

	private static String count(int n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}

	/** The format the plan was last exported to, or {@link #DEFAULT_FORMAT}. */
	static String lastFormat(IFile plan) {
		try {
			String id = plan == null || !plan.exists() ? null : plan.getPersistentProperty(LAST_FORMAT);
			return id == null ? DEFAULT_FORMAT : id;
		} catch (CoreException e) {
			return DEFAULT_FORMAT;
		}
	}

	static void rememberFormat(IFile plan, String id) {
		try {
			if (plan != null && plan.exists()) {
				plan.setPersistentProperty(LAST_FORMAT, id);
			}
		} catch (CoreException e) {
			// only a preference: the next export offers MSPDI again
		}
	}
}
