package org.wbsmodeler.ui.team.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.wbsmodeler.server.plan.PlanCodec;
import org.wbsmodeler.ui.team.editor.SharedEditor;
import org.wbsmodeler.ui.team.editor.SharedEditors;

/**
 * History: the changes of the element selected in a shared plan's editor, newest first (revision, who, when,
 * feature, old → new). "Restore this value" sets the feature back to the old value as the user's own edit (undoable
 * like any) and commits it at once.
 */
public final class HistoryView extends ViewPart {

	public static final String ID = "org.wbsmodeler.ui.team.history";
	static final String RESTORE = "Restore this value";
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

	private TableViewer viewer;
	private Label heading;
	private SharedEditor shared;
	private EObject element;
	private final Action restore = new Action(RESTORE) {
		@Override
		public void run() {
			restoreSelected();
		}
	};
	private final ISelectionListener listener = this::selectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(1, false));
		heading = new Label(area, SWT.NONE);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		heading.setText("Select an element of a shared plan.");
		viewer = new TableViewer(area, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Revision", 70, row -> "r" + row.revision());
		column("Who", 110, HistoryRow::author);
		column("When", 130, row -> WHEN.format(row.time()));
		column("Change", 120, HistoryRow::what);
		column("Old", 140, HistoryRow::oldText);
		column("New", 140, HistoryRow::newText);
		column("Message", 200, HistoryRow::message);
		viewer.addSelectionChangedListener(event -> restore.setEnabled(selectedRow() != null && selectedRow().restorable()));
		restore.setEnabled(false);
		MenuManager menu = new MenuManager();
		menu.add(restore);
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
		getViewSite().getActionBars().getToolBarManager().add(restore);
		getSite().setSelectionProvider(viewer);
		getSite().getPage().addSelectionListener(listener);
		ISelection current = getSite().getPage().getSelection();
		if (getSite().getPage().getActiveEditor() != null) {
			selectionChanged(getSite().getPage().getActiveEditor(), current);
		}
	}

	private void column(String title, int width, Function<HistoryRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object row) {
				return text.apply((HistoryRow) row);
			}
		});
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || !(selection instanceof IStructuredSelection structured) || !(structured.getFirstElement() instanceof EObject object)) {
			return;
		}
		SharedEditor editor = SharedEditors.of(part);
		if (editor == null || object.eResource() == null) {
			return;
		}
		show(editor, object);
	}

	/** Shows an element's history (asked from the server in a job). */
	public void show(SharedEditor editor, EObject object) {
		shared = editor;
		element = object;
		String id = PlanCodec.idOf(object);
		heading.setText("Loading the history of " + label(object) + "…");
		Job job = Job.create("History of " + id, monitor -> {
			try {
				var commits = editor.plan().client().log(editor.plan().plan(), id).commits();
				ui(() -> {
					if (element == object) {
						// rows are made here: their parents' labels come from the model, which belongs to the UI thread
						List<HistoryRow> rows = HistoryRow.of(commits, id, parent -> {
							EObject known = object.eResource() == null ? null : object.eResource().getEObject(parent);
							return known == null ? parent : label(known);
						});
						heading.setText(label(object) + ": " + rows.size() + " change(s)");
						viewer.setInput(rows);
					}
				});
			} catch (Exception e) {
				ui(() -> heading.setText("History unavailable: " + firstLine(e)));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		// after a commit of this editor's still on its way (a restore), so that the history shows it
		job.setRule(editor.networkRule());
		job.schedule();
	}

	/** The changes shown, newest first. */
	public List<?> rows() {
		return viewer.getInput() instanceof List<?> list ? list : List.of();
	}

	/** The line above the changes: whose history, or why there is none. */
	public String heading() {
		return heading.getText();
	}

	/** The toolbar's and context menu's "Restore this value". */
	public Action restoreAction() {
		return restore;
	}

	public TableViewer viewer() {
		return viewer;
	}

	private HistoryRow selectedRow() {
		return viewer.getStructuredSelection().getFirstElement() instanceof HistoryRow row ? row : null;
	}

	/** Sets the selected change's feature back to its old value and commits that. */
	void restoreSelected() {
		HistoryRow row = selectedRow();
		if (row == null || !row.restorable() || shared == null || element == null) {
			return;
		}
		try {
			Command command = RestoreValue.command(shared.editor().getEditingDomain(), element, row);
			shared.editor().getEditingDomain().getCommandStack().execute(command);
			shared.editor().doSave(null);
			shared.commit("Restore " + row.change().feature() + " of " + label(element) + " from revision " + row.revision());
			show(shared, element);
		} catch (Exception e) {
			heading.setText(RESTORE + ": " + firstLine(e));
		}
	}

	private static String label(EObject object) {
		var name = object.eClass().getEStructuralFeature("name");
		Object value = name == null ? null : object.eGet(name);
		return value == null ? PlanCodec.idOf(object) : value.toString();
	}

	private void ui(Runnable runnable) {
		if (!viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (!viewer.getControl().isDisposed()) {
					runnable.run();
				}
			});
		}
	}

	private static String firstLine(Exception e) {
		String message = e.getMessage() == null ? e.toString() : e.getMessage();
		return message.lines().findFirst().orElse(message);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(listener);
		super.dispose();
	}
}
