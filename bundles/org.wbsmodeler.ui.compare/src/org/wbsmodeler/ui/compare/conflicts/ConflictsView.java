package org.wbsmodeler.ui.compare.conflicts;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.wbsmodeler.editing.rules.RefusedEdit;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.merge.conflict.ListedConflict;
import org.wbsmodeler.merge.conflict.ListedConflict.Side;
import org.wbsmodeler.ui.session.PlanSession;

/**
 * Conflicts: the conflicts still open in the plan of the active model editor (as {@code ./wbs merge} or the git merge
 * driver listed them beside the file), per element and feature with base / ours / theirs; Take Base / Ours / Theirs
 * picks one side for the selected conflict, as one command on the editor's stack (undo brings it back). A refusal
 * goes to the editor's status line as every refused edit does, and to this view's.
 */
public final class ConflictsView extends ViewPart {

	public static final String ID = "org.wbsmodeler.ui.compare.conflicts";

	private static final String[] COLUMNS = { "Element", "Feature", "Base", "Ours", "Theirs", "Why" };

	private TableViewer viewer;
	private IEditorPart editor;
	private PlanSession session;
	private OpenConflicts conflicts;
	private final Runnable refresh = this::refresh;
	/** Conflicts were added to a plan that had none: if it is the one shown, show them. */
	private final Runnable added = () -> {
		if (conflicts == null && editor != null && viewer != null && !viewer.getControl().isDisposed()) {
			IEditorPart shown = editor;
			editor = null;
			follow(shown);
		}
	};

	private final IPartListener2 follower = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof IEditorPart part) {
				follow(part);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor) {
				follow(null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(1).applyTo(parent);
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		for (int i = 0; i < COLUMNS.length; i++) {
			int column = i;
			TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
			c.getColumn().setText(COLUMNS[i]);
			c.getColumn().setWidth(i == 0 ? 220 : i == COLUMNS.length - 1 ? 260 : 120);
			c.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return cell((ListedConflict) element, column);
				}
			});
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(Side.values().length).applyTo(buttons);
		for (Side side : Side.values()) {
			Button button = new Button(buttons, SWT.PUSH);
			String name = side.name().charAt(0) + side.name().substring(1).toLowerCase(Locale.ROOT);
			button.setText("Take " + name);
			button.setToolTipText("Use the " + name.toLowerCase(Locale.ROOT) + " value for the selected conflict (undoable)");
			button.addListener(SWT.Selection, e -> take(side));
		}
		getSite().setSelectionProvider(viewer);
		getSite().getPage().addPartListener(follower);
		ConflictSessions.addListener(added);
		follow(getSite().getPage().getActiveEditor());
	}

	private static String cell(ListedConflict conflict, int column) {
		return switch (column) {
		case 0 -> conflict.label();
		case 1 -> conflict.feature();
		case 2 -> conflict.text(Side.BASE);
		case 3 -> conflict.text(Side.OURS);
		case 4 -> conflict.text(Side.THEIRS);
		default -> conflict.detail();
		};
	}

	/** Shows the conflicts of the plan in that editor (none for null or an editor without a conflict list). */
	private void follow(IEditorPart part) {
		if (part == editor && part != null) {
			return;
		}
		if (conflicts != null) {
			conflicts.removeListener(refresh);
		}
		editor = part;
		session = part == null ? null : part.getAdapter(PlanSession.class);
		conflicts = null;
		String problem = null;
		try {
			conflicts = ConflictSessions.of(part);
		} catch (MergeException e) {
			problem = e.getMessage();
		}
		if (conflicts != null) {
			conflicts.addListener(refresh);
		}
		refresh();
		if (problem != null) {
			setContentDescription(problem);
		}
	}

	private void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(conflicts == null ? new Object[0] : conflicts.open().toArray());
		String plan = editor == null ? null : editor.getTitle();
		if (conflicts == null) {
			setContentDescription(plan == null ? "No plan editor is active" : "No conflicts listed beside " + plan);
		} else {
			int open = conflicts.open().size();
			String list = conflicts.listFile().getFileName().toString();
			setContentDescription(open == 0
					? "Every conflict of " + plan + " is picked" + (java.nio.file.Files.exists(conflicts.listFile()) ? ": save the plan to remove " + list : "")
					: open + " of " + conflicts.all().size() + " conflict(s) of " + plan + " open (from " + list + "): select one, take base, ours or theirs");
		}
	}

	/** Takes one side for the selected conflict: one command on the editor's stack, or the rule's refusal. */
	public boolean take(Side side) {
		Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		if (!(selected instanceof ListedConflict conflict) || session == null || conflicts == null) {
			return refuse("Select a conflict to take its " + side.name().toLowerCase(Locale.ROOT) + " value");
		}
		Command command;
		try {
			command = new ConflictPicks(session.domain(), session.project().eResource(), conflicts).pick(conflict, side);
		} catch (RefusedEdit e) {
			return refuse(e.getMessage());
		}
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage(null);
		return session.run(command, "Cannot take " + side.name().toLowerCase(Locale.ROOT) + " for " + conflict.label() + " " + conflict.feature());
	}

	private boolean refuse(String message) {
		if (session != null) {
			session.status().accept(message);
		}
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage(message);
		return false;
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** The conflicts shown (null when the active editor has none). */
	public OpenConflicts conflicts() {
		return conflicts;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(follower);
		ConflictSessions.removeListener(added);
		if (conflicts != null) {
			conflicts.removeListener(refresh);
		}
		super.dispose();
	}
}
