package org.wbsmodeler.ui.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.view.RowFilter;
import org.wbsmodeler.ui.session.FilterInForce;

/**
 * The filter bar above a page's rows, as MS Project's quick filters: a text (name, code, resource, notes), critical
 * tasks only, one resource's tasks, late (slipping) tasks only. The criteria live in the session
 * ({@link FilterInForce}), so the Plan's and the Gantt's bars show the same filter; while one is set the bar says how
 * many rows show and clears it in one click.
 */
public final class FilterBar {

	private static final String ANY_RESOURCE = "Any resource";

	private final FilterInForce filter;
	private final Project project;
	private final Composite bar;
	private final Text text;
	private final Button critical;
	private final Combo resources;
	private final Button late;
	private final Label count;
	private final Link clear;
	/** Up to this many resources are listed in the selector at once; more when it is first used. */
	private static final int LISTED_AT_ONCE = 50;

	private final Consumer<RowFilter> listener = this::show;
	private List<Resource> listed = List.of();
	private boolean updating;

	public FilterBar(Composite parent, FilterInForce filter, Project project) {
		this.filter = filter;
		this.project = project;
		bar = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(7, false);
		layout.marginHeight = 2;
		layout.marginWidth = 6;
		bar.setLayout(layout);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(bar, SWT.NONE).setText("Filter:");
		text = new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
		text.setMessage("Name, code, resource or notes");
		text.setToolTipText("Shows the rows holding this text, under their summaries");
		GridData textData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		textData.widthHint = 200;
		text.setLayoutData(textData);
		text.addListener(SWT.Modify, e -> change(filter.get().withText(text.getText())));
		critical = check("Critical", "Only the tasks on the critical path", on -> filter.get().withCriticalOnly(on));
		resources = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		resources.setToolTipText("Only the tasks of one resource");
		// a width of its own: listing the resources later does not move the bar's other fields
		GridData resourcesData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		resourcesData.widthHint = 170;
		resources.setLayoutData(resourcesData);
		resources.addListener(SWT.MouseDown, e -> listResources());
		resources.addListener(SWT.FocusIn, e -> listResources());
		resources.addListener(SWT.Selection, e -> {
			int index = resources.getSelectionIndex();
			change(filter.get().withResource(index <= 0 || index > listed.size() ? null : listed.get(index - 1)));
		});
		late = check("Late", "Slipping tasks, as MS Project's filter: the finish is after the baseline finish (the first baseline)",
				on -> filter.get().withLateOnly(on));
		count = new Label(bar, SWT.NONE);
		count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		clear = new Link(bar, SWT.NONE);
		clear.setText("<a>Clear filter</a>");
		clear.setToolTipText("Every row again, on every page");
		clear.addListener(SWT.Selection, e -> filter.set(RowFilter.NONE));
		if (project.getResources().size() <= LISTED_AT_ONCE) {
			listResources();
		} else {
			// a GTK combo measures every item at each layout of the page: a big plan's hundreds of resources are
			// listed when the user reaches for the selector (mouse down, focus), not while the editor opens
			resources.setItems(ANY_RESOURCE);
			resources.select(0);
		}
		filter.addListener(listener);
		bar.addDisposeListener(e -> filter.removeListener(listener));
		show(filter.get());
	}

	private Button check(String label, String tip, java.util.function.Function<Boolean, RowFilter> changed) {
		Button button = new Button(bar, SWT.CHECK);
		button.setText(label);
		button.setToolTipText(tip);
		button.addListener(SWT.Selection, e -> change(changed.apply(button.getSelection())));
		return button;
	}

	private void change(RowFilter newFilter) {
		if (!updating) {
			filter.set(newFilter);
		}
	}

	/** The project's resources in the selector (they may have changed since it was last opened). */
	private void listResources() {
		List<Resource> now = new ArrayList<>(project.getResources());
		if (now.equals(listed) && resources.getItemCount() > 0) {
			return;
		}
		listed = now;
		List<String> names = new ArrayList<>();
		names.add(ANY_RESOURCE);
		now.forEach(r -> names.add(r.getName() == null ? "(unnamed resource)" : r.getName()));
		updating = true;
		try {
			resources.setItems(names.toArray(String[]::new));
			Resource chosen = filter.get().resource();
			resources.select(chosen == null ? 0 : listed.indexOf(chosen) + 1);
		} finally {
			updating = false;
		}
		bar.layout(true);
	}

	/** Shows the filter in force (set here or on the other page). */
	private void show(RowFilter current) {
		if (bar.isDisposed()) {
			return;
		}
		if (current.resource() != null && !listed.contains(current.resource())) {
			listResources(); // chosen on the other page before this selector listed them
		}
		updating = true;
		try {
			if (!text.getText().trim().equals(current.text())) {
				text.setText(current.text());
			}
			critical.setSelection(current.criticalOnly());
			late.setSelection(current.lateOnly());
			int index = current.resource() == null ? 0 : listed.indexOf(current.resource()) + 1;
			resources.select(Math.max(0, index));
		} finally {
			updating = false;
		}
		clear.setEnabled(!current.isEmpty());
		if (current.isEmpty()) {
			showCount(-1, -1);
		}
	}

	/** "Filtered: 12 of 88 rows" while a filter is set ({@code shown} -1: nothing to say). */
	public void showCount(int shown, int total) {
		String says = shown < 0 || filter.get().isEmpty() ? "" : "Filtered: " + shown + " of " + total + " rows";
		if (!count.isDisposed() && !says.equals(count.getText())) {
			count.setText(says);
			bar.layout(true);
		}
	}

	/** What the bar says about the rows ("" without a filter). */
	public String countText() {
		return count.getText();
	}

	public Text text() {
		return text;
	}

	public Button criticalCheck() {
		return critical;
	}

	public Button lateCheck() {
		return late;
	}

	public Combo resourceSelector() {
		return resources;
	}

	public Link clearLink() {
		return clear;
	}
}
