package org.wbsmodeler.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.wbsmodeler.model.registry.Contributions;
import org.wbsmodeler.ui.pages.EditorPageFactory;
import org.wbsmodeler.ui.pages.ModelPage;
import org.wbsmodeler.ui.session.PlanSession;
import org.wbsmodeler.ui.pages.processes.ProcessesPage;
import org.wbsmodeler.ui.pages.resources.ResourcesPage;
import org.wbsmodeler.ui.pages.scope.ScopePage;
import org.wbsmodeler.ui.plan.PlanPage;
import org.wbsmodeler.editing.live.LiveSchedule;

/**
 * The pages of the model editor, in tab order: the built-in ones here, and those other bundles contribute through
 * the extension point {@code org.wbsmodeler.ui.editorPages} (the diagrams), placed among them by their order.
 */
final class EditorPages {

	/** The extension point's full id. */
	static final String EXTENSION_POINT = "org.wbsmodeler.ui.editorPages";

	/** A page and where it goes. */
	private record Entry(int order, Function<PlanSession, ModelPage> factory) {
	}

	/** Pages after Plan (order 0), each made from the editor's context. */
	private static final List<Entry> BUILT_IN = List.of(new Entry(100, ScopePage::new), new Entry(200, ProcessesPage::new),
			new Entry(300, ResourcesPage::new));

	private EditorPages() {
	}

	/** The Plan page first (it shares the editor's live schedule), then the others by order. */
	static List<ModelPage> create(PlanSession context) {
		List<Entry> entries = new ArrayList<>(BUILT_IN);
		for (EditorPageFactory factory : Contributions.load(EXTENSION_POINT, EditorPageFactory.class, EditorPageFactory::id)
				.listLoggingProblems(EditorPages.class)) {
			entries.add(new Entry(factory.order(), factory::create));
		}
		// stable: built-in pages stay ahead of contributions of the same order
		entries.sort(Comparator.comparingInt(Entry::order));
		List<ModelPage> pages = new ArrayList<>();
		pages.add(new PlanPage(context));
		for (Entry entry : entries) {
			pages.add(entry.factory().apply(context));
		}
		return pages;
	}
}
