package org.wbsmodeler.ui.rows;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.view.RowFilter;
import org.wbsmodeler.ui.session.FilterInForce;
import org.wbsmodeler.ui.tests.UiTestSupport;

/**
 * The filter bar's resource selector of a plan with many resources lists them when the user reaches for it, not
 * while the editor opens (a GTK combo measures every item at each layout); a resource chosen on the other page
 * shows in it all the same.
 */
public class FilterBarResourcesTest {

	private Shell shell;
	private final FilterInForce filter = new FilterInForce();
	private Project project;

	@Before
	public void open() {
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		project = WbsFactory.eINSTANCE.createProject();
		for (int i = 0; i < 120; i++) {
			Resource resource = WbsFactory.eINSTANCE.createResource();
			resource.setName("Resource " + i);
			project.getResources().add(resource);
		}
	}

	@After
	public void close() {
		shell.dispose();
	}

	@Test
	public void manyResourcesAreListedWhenTheSelectorGetsTheFocus() {
		FilterBar bar = new FilterBar(shell, filter, project);
		Combo selector = bar.resourceSelector();
		assertEquals("only 'Any resource' while the editor opens", 1, selector.getItemCount());
		shell.setSize(900, 120);
		shell.open();
		selector.setFocus();
		assertTrue("listed once the selector has the focus", UiTestSupport.waitFor(shell.getDisplay(), () -> selector.getItemCount() == 121, 5_000));
		assertEquals("Resource 7", selector.getItem(8));
	}

	@Test
	public void aResourceChosenOnTheOtherPageShowsInTheSelector() {
		FilterBar bar = new FilterBar(shell, filter, project);
		Resource chosen = project.getResources().get(42);
		filter.set(RowFilter.NONE.withResource(chosen));
		assertEquals(121, bar.resourceSelector().getItemCount());
		assertEquals("Resource 42", bar.resourceSelector().getText());
	}

	@Test
	public void aFewResourcesAreListedAtOnce() {
		project.getResources().subList(10, 120).clear();
		FilterBar bar = new FilterBar(shell, filter, project);
		assertEquals(11, bar.resourceSelector().getItemCount());
	}
}
