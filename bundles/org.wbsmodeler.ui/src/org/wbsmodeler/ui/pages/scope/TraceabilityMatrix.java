package org.wbsmodeler.ui.pages.scope;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.ViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.wbsmodeler.model.CrmScope;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Requirement;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.ui.pages.cells.ColumnViewers;
import org.wbsmodeler.ui.pages.cells.Edits;
import org.wbsmodeler.ui.pages.cells.ModelTexts;
import org.wbsmodeler.ui.pages.cells.PageSupport;
import org.wbsmodeler.ui.pages.cells.Section;

/**
 * Which WBS element delivers which requirement. Rows are the WBS elements in outline order with their codes (a
 * project has many more of them than requirements, so they scroll down rather than sideways); columns are the
 * requirements grouped by kind. A click on a cell ticks or unticks it: one command that adds or removes the
 * element from the requirement's "delivered by"; so does Space on the focused cell (arrows move it). The table is
 * virtual: only visible rows are built.
 */
public final class TraceabilityMatrix {

	public static final String TICK = "\u2714";

	private final PageSupport page;
	private final TableViewer viewer;
	private List<Requirement> columns = List.of();

	TraceabilityMatrix(Composite parent, PageSupport page) {
		this.page = page;
		Section section = new Section(parent, "Traceability: which WBS element delivers which requirement (click a cell or press Space to tick)");
		viewer = new TableViewer(section.body(), SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setUseHashlookup(true);
		// a click on a cell ticks it; from the keyboard the arrows move between cells and Space ticks
		TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
		TableViewerEditor.create(viewer, focus, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| (event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && event.character == ' ');
			}
		}, ColumnViewerEditor.KEYBOARD_ACTIVATION);
		page.register(viewer);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ViewerColumn element = ColumnViewers.column(viewer, "WBS element", 330, "Code and name, indented by level");
		element.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object row) {
				WbsElement e = (WbsElement) row;
				return "  ".repeat(ModelTexts.depth(e)) + ModelTexts.name(e);
			}
		});
		page.onRefresh(this::update);
		update();
	}

	TableViewer viewer() {
		return viewer;
	}

	/** The requirements in column order: by kind, then as the model lists them. */
	public static List<Requirement> requirementColumns(Project project) {
		CrmScope crm = project.getCrm();
		if (crm == null) {
			return List.of();
		}
		List<Requirement> result = new ArrayList<>(crm.getRequirements());
		result.sort(Comparator.comparing(Requirement::getKind));
		return result;
	}

	/** Ticks (adds the trace) or unticks (removes it) one cell. */
	static Command toggle(Edits edits, Requirement requirement, WbsElement element) {
		String trace = header(requirement) + " – " + element.getCode();
		if (requirement.getDeliveredBy().contains(element)) {
			return edits.removeReference("Remove trace " + trace, requirement, Literals.REQUIREMENT__DELIVERED_BY, element);
		}
		return edits.add("Add trace " + trace, requirement, Literals.REQUIREMENT__DELIVERED_BY, element);
	}

	private void update() {
		Project project = page.context().project();
		List<Requirement> wanted = requirementColumns(project);
		if (!wanted.equals(columns)) {
			rebuildColumns(wanted);
		}
		viewer.setInput(ModelTexts.outline(project).toArray());
		for (int i = 0; i < columns.size(); i++) {
			TableColumn column = viewer.getTable().getColumn(i + 1);
			column.setText(header(columns.get(i)));
			column.setToolTipText(tooltip(columns.get(i)));
		}
	}

	/** A requirement's column header: its identifier, or its name while it has none (imported plans may lack one). */
	private static String header(Requirement requirement) {
		String id = requirement.getIdentifier();
		return id != null && !id.isBlank() ? id : String.valueOf(requirement.getName());
	}

	private void rebuildColumns(List<Requirement> requirements) {
		TableColumn[] existing = viewer.getTable().getColumns();
		for (int i = existing.length - 1; i >= 1; i--) {
			existing[i].dispose();
		}
		columns = List.copyOf(requirements);
		for (Requirement requirement : columns) {
			ViewerColumn column = ColumnViewers.column(viewer, header(requirement), 64, tooltip(requirement));
			((org.eclipse.jface.viewers.TableViewerColumn) column).getColumn().setAlignment(SWT.CENTER);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object row) {
					return requirement.getDeliveredBy().contains(row) ? TICK : "";
				}
			});
			column.setEditingSupport(new Tick(requirement));
		}
	}

	private static String tooltip(Requirement requirement) {
		return ModelTexts.literal(requirement.getKind()) + " · " + ModelTexts.literal(requirement.getPriority()) + " · " + requirement.getName();
	}

	/** A check box that flips at the click and commits at once. */
	private final class Tick extends EditingSupport {
		private final Requirement requirement;
		private final CheckboxCellEditor editor = new CheckboxCellEditor(viewer.getTable());

		Tick(Requirement requirement) {
			super(viewer);
			this.requirement = requirement;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return requirement.getDeliveredBy().contains(element);
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (!value.equals(requirement.getDeliveredBy().contains(element))) {
				page.edits().run(toggle(page.edits(), requirement, (WbsElement) element));
			}
		}
	}
}
