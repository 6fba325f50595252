package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.Test;
import org.wbsmodeler.ui.diagram.wbs.WbsChartPage;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Screenshots;

/** Issue 20, point 10: the diagram tool bars are buttons with icons and tooltips, not a run of words. */
public class DiagramToolBarTest {

	@Test
	public void zoomArrangeAndExportAreIconsNamedInTheirTooltips() throws Exception {
		try (EditorFixture fixture = EditorFixture.open(DemoModel.bytes())) {
			WbsChartPage page = (WbsChartPage) DiagramTabs.open(fixture, "WBS chart");
			fixture.flush();
			ToolBar bar = null;
			for (Control c = page.viewer().control(); bar == null && c != null; c = c.getParent()) {
				bar = toolBar(c.getParent());
			}
			assertNotNull("the page has a tool bar", bar);
			List<String> tips = new ArrayList<>();
			for (ToolItem item : bar.getItems()) {
				if (item.getToolTipText() != null) {
					tips.add(item.getToolTipText());
				}
				if (item.getImage() != null) {
					assertTrue("an icon item has no text beside it: " + item.getText(), item.getText().isEmpty());
				}
			}
			for (String name : List.of("Zoom to fit", "100%", "Zoom in", "Zoom out", "Arrange", "Export", "Delete")) {
				ToolItem item = find(bar, name);
				assertNotNull(name + " in " + tips, item);
				assertNotNull(name + " has an icon", item.getImage());
			}
			assertFalse("no text runs like 'Zoom in Zoom out'", tips.isEmpty());
			Screenshots.save(fixture.shell(), "wbs-chart-toolbar-icons");
		}
	}

	@Test
	public void theGanttPagesZoomAndExportAreIconsToo() throws Exception {
		try (EditorFixture fixture = EditorFixture.open(DemoModel.bytes())) {
			org.wbsmodeler.ui.diagram.gantt.GanttPage page = GanttTabs.open(fixture);
			fixture.flush();
			ToolBar bar = null;
			for (Control c = page.table(); bar == null && c != null; c = c.getParent()) {
				bar = toolBarWith(c, "Zoom in");
			}
			assertNotNull("the Gantt page has a tool bar with Zoom in", bar);
			for (String name : List.of("Zoom in", "Zoom out", "Export")) {
				ToolItem item = find(bar, name);
				assertNotNull(name, item);
				assertNotNull(name + " has an icon", item.getImage());
				assertTrue(name + " has no text beside its icon", item.getText().isEmpty());
			}
			Screenshots.save(fixture.shell(), "gantt-toolbar-icons");
		}
	}

	/** A tool bar under the control (at any depth) with an item whose tooltip names {@code name}. */
	private static ToolBar toolBarWith(Control control, String name) {
		if (control instanceof ToolBar bar && find(bar, name) != null) {
			return bar;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				ToolBar found = toolBarWith(child, name);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static ToolItem find(ToolBar bar, String name) {
		for (ToolItem item : bar.getItems()) {
			if (item.getToolTipText() != null && item.getToolTipText().startsWith(name + ":")) {
				return item;
			}
		}
		return null;
	}

	/** A tool bar among the composite's own children. */
	private static ToolBar toolBar(Composite parent) {
		if (parent != null) {
			for (Control child : parent.getChildren()) {
				if (child instanceof ToolBar bar) {
					return bar;
				}
			}
		}
		return null;
	}
}
