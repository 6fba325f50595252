package org.wbsmodeler.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.wbsmodeler.ui.pages.ModelPage;

/**
 * Pages other than Plan are made when their tab is first shown: a 100,000-activity plan opens a second sooner. Their
 * tab gets an empty holder at open, filled on first show.
 */
final class LazyPages {

	private LazyPages() {
	}

	/** The empty composite a tab shows until its page is made. */
	static Composite holder(Composite container) {
		Composite holder = new Composite(container, SWT.NONE);
		holder.setLayout(new FillLayout());
		return holder;
	}

	/** Makes the page's widgets inside its holder. */
	static void fill(Composite holder, ModelPage page) {
		Control pageControl = page.createControl(holder);
		// the editor shows and hides the holder, and SWT tells only the control whose visibility changed: the page
		// hears of it on its own control, as when that was the tab's control
		holder.addListener(SWT.Show, e -> pageControl.notifyListeners(SWT.Show, new Event()));
		holder.addListener(SWT.Hide, e -> pageControl.notifyListeners(SWT.Hide, new Event()));
		holder.layout(true, true);
		if (holder.getVisible()) {
			// the tab folder shows the tab's control before it tells the editor: that Show came before the page
			pageControl.notifyListeners(SWT.Show, new Event());
		}
	}
}
