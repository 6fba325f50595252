package org.wbsmodeler.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.wbsmodeler.ui.pages.ModelPage;
import org.wbsmodeler.ui.pages.PageContext;
import org.wbsmodeler.ui.pages.processes.ProcessesPage;
import org.wbsmodeler.ui.pages.resources.ResourcesPage;
import org.wbsmodeler.ui.pages.scope.ScopePage;
import org.wbsmodeler.ui.plan.PlanPage;
import org.wbsmodeler.ui.schedule.LiveSchedule;

/** The pages of the model editor, in tab order: the one place where a new page is added. */
final class EditorPages {

	/**
	 * Pages after Plan, each made from the editor's context: Scope, Processes, Resources &amp; calendars (the diagrams
	 * and the Gantt chart come here too).
	 */
	private static final List<Function<PageContext, ModelPage>> MORE_PAGES = List.of(ScopePage::new, ProcessesPage::new, ResourcesPage::new);

	private EditorPages() {
	}

	/** The Plan page first (it shares the editor's live schedule), then the others. */
	static List<ModelPage> create(PageContext context, LiveSchedule schedule) {
		List<ModelPage> pages = new ArrayList<>();
		pages.add(new PlanPage(context, schedule));
		for (Function<PageContext, ModelPage> factory : MORE_PAGES) {
			pages.add(factory.apply(context));
		}
		return pages;
	}
}
