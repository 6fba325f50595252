package org.wbsmodeler.ui.diagram.gantt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.wbsmodeler.diagram.gantt.Timescale;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;
import org.wbsmodeler.ui.diagram.page.ToolIcons;

/**
 * The Gantt page's toolbar: the view selector (every row, or one of the model's views), the timescale, zoom, and
 * Export (SVG or PNG, as {@code ./wbs render --diagram gantt --view} writes it); at the right, what the rows are.
 */
final class GanttToolbar {

	private static final String[] SCALES = { "Days", "Weeks", "Months", "Quarters" };
	/** The baseline selector's first entry. */
	static final String NO_BASELINE = "(none)";

	private final GanttPage page;
	private final Combo views;
	private final Combo scales;
	private final Combo baselines;
	private final Label caption;
	private List<String> shownViews = List.of();
	private List<String> shownBaselines = List.of();

	GanttToolbar(Composite parent, GanttPage page) {
		this.page = page;
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout layout = new GridLayout(8, false);
		layout.marginHeight = 2;
		bar.setLayout(layout);
		new Label(bar, SWT.NONE).setText("View:");
		views = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		views.setToolTipText("Shows what one of the model's views keeps, with its columns and timescale");
		views.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		views.addListener(SWT.Selection, e -> page.applyView(views.getText()));
		new Label(bar, SWT.NONE).setText("Timescale:");
		scales = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		scales.setItems(SCALES);
		scales.select(1);
		scales.setToolTipText("The lower tier of the timescale (the upper is the next larger unit)");
		scales.addListener(SWT.Selection, e -> page.setTimescale(Timescale.values()[scales.getSelectionIndex()]));
		new Label(bar, SWT.NONE).setText("Baseline:");
		baselines = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		baselines.setToolTipText("Draws the bars of a saved baseline under the current ones (WBS > Save baseline saves one)");
		baselines.addListener(SWT.Selection, e -> page.setBaseline(baselines.getSelectionIndex() - 1));
		ToolBar tools = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
		ToolIcons.item(tools, "Zoom in", "Ctrl+wheel or Ctrl++ on the chart", () -> page.zoomStep(true));
		ToolIcons.item(tools, "Zoom out", "Ctrl+wheel or Ctrl+- on the chart", () -> page.zoomStep(false));
		new ToolItem(tools, SWT.SEPARATOR);
		ToolIcons.item(tools, "Export\u2026", "Writes the chart as .svg or .png, as ./wbs render --diagram gantt does", this::export);
		caption = new Label(bar, SWT.RIGHT);
		caption.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	/** What the rows are: the view and how many of the plan's rows it keeps. */
	void caption(String text, String tooltip) {
		if (!text.equals(caption.getText())) {
			caption.setText(text);
			caption.setToolTipText(tooltip);
			caption.getParent().layout(true);
		}
	}

	String caption() {
		return caption.getText();
	}

	Combo viewSelector() {
		return views;
	}

	Combo baselineSelector() {
		return baselines;
	}

	/** Shows the model's views and baselines (they may have changed) and the current choices (baseline -1: none). */
	void update(Project project, View current, Timescale timescale, int baseline) {
		List<String> baselineNames = new ArrayList<>();
		baselineNames.add(NO_BASELINE);
		project.getBaselines().forEach(b -> baselineNames.add(b.getName() == null ? "(unnamed baseline)" : b.getName()));
		if (!baselineNames.equals(shownBaselines)) {
			shownBaselines = baselineNames;
			baselines.setItems(baselineNames.toArray(String[]::new));
			baselines.getParent().layout(true);
		}
		baselines.select(baseline + 1);
		List<String> names = new ArrayList<>();
		names.add(GanttPage.ALL_TASKS);
		for (View v : project.getViews()) {
			names.add(v.getName() == null ? "(unnamed view)" : v.getName());
		}
		if (!names.equals(shownViews)) {
			shownViews = names;
			views.setItems(names.toArray(String[]::new));
			views.getParent().layout(true);
		}
		int index = current == null ? 0 : project.getViews().indexOf(current) + 1;
		views.select(Math.max(0, index));
		scales.select(timescale.ordinal());
	}

	private void export() {
		FileDialog dialog = new FileDialog(views.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.svg", "*.png" });
		dialog.setFileName("gantt.svg");
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		try {
			page.export(Path.of(file));
			page.status(null);
			MessageDialog.openInformation(views.getShell(), "Export", "Wrote the Gantt chart to " + file);
		} catch (IOException | RuntimeException e) {
			page.status("Not exported: " + e.getMessage());
		}
	}
}
