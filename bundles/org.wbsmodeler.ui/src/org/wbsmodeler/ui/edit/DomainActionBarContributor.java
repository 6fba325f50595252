package org.wbsmodeler.ui.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuListener;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.IPage;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;

/**
 * Binds the workbench's global Undo, Redo, Cut, Copy, Paste and Delete to the active editor's editing domain (and,
 * through {@link #shareGlobalActions}, to its Outline and Properties pages), and offers "New Child" and "New Sibling"
 * menus built from what the domain says may be created at the current selection.
 */
public class DomainActionBarContributor extends MultiPageEditorActionBarContributor implements ISelectionChangedListener, IMenuListener {


	private final CommandActions.StackAction undo = new CommandActions.StackAction(true);
	private final CommandActions.StackAction redo = new CommandActions.StackAction(false);
	private final List<CommandActions.SelectionAction> selectionActions = new ArrayList<>();
	private final CommandActions.SelectionAction delete;
	private final CommandActions.SelectionAction cut;
	private final CommandActions.SelectionAction copy;
	private final CommandActions.SelectionAction paste;
	private final CommandStackListener stackListener = event -> updateActions();
	private final Action revert = new Action("Re&vert") {
		@Override
		public void run() {
			if (editor instanceof Revertible revertible) {
				revertible.revert();
			}
		}
	};

	/** Ctrl+F: the Find bar of the page in front (Plan, Gantt). */
	private final Action find = new Action("&Find\u2026") {
		@Override
		public void run() {
			org.wbsmodeler.ui.pages.ModelPage page = editor == null ? null : editor.getAdapter(org.wbsmodeler.ui.pages.ModelPage.class);
			if (page != null) {
				page.find();
			}
		}
	};

	private IEditorPart editor;
	private EditingDomain domain;
	private ISelectionProvider selectionProvider;
	private ISelection selection = StructuredSelection.EMPTY;

	public DomainActionBarContributor() {
		find.setActionDefinitionId(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_FIND_AND_REPLACE);
		delete = add("&Delete", "org.eclipse.ui.edit.delete", (d, s) -> commands().delete(d, s));
		cut = add("Cu&t", "org.eclipse.ui.edit.cut", (d, s) -> commands().cut(d, s));
		copy = add("&Copy", "org.eclipse.ui.edit.copy", (d, s) -> commands().copy(d, s));
		paste = add("&Paste", "org.eclipse.ui.edit.paste", (d, s) -> commands().paste(d, s.isEmpty() ? null : s.get(0)));
	}

	private CommandActions.SelectionAction add(String text, String definition, java.util.function.BiFunction<EditingDomain, List<?>, Command> factory) {
		CommandActions.SelectionAction action = new CommandActions.SelectionAction(text, definition, factory);
		selectionActions.add(action);
		return action;
	}

	private EditCommands commands() {
		EditCommands custom = editor == null ? null : editor.getAdapter(EditCommands.class);
		return custom != null ? custom : new EditCommands() {
		};
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		super.setActiveEditor(part);
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(stackListener);
		}
		if (selectionProvider != null) {
			selectionProvider.removeSelectionChangedListener(this);
		}
		editor = part;
		domain = part instanceof IEditingDomainProvider provider ? provider.getEditingDomain() : null;
		selectionProvider = part == null ? null : part.getSite().getSelectionProvider();
		if (domain != null) {
			domain.getCommandStack().addCommandStackListener(stackListener);
		}
		if (selectionProvider != null) {
			selectionProvider.addSelectionChangedListener(this);
			selection = selectionProvider.getSelection();
		}
		undo.setDomain(domain);
		redo.setDomain(domain);
		selectionActions.forEach(action -> {
			action.setDomain(domain);
			action.selectionChanged(selection);
		});
		setGlobalHandlers(getActionBars());
	}

	@Override
	public void setActivePage(IEditorPart activeEditor) {
		// the pages are controls of one editor, not nested editors: the actions stay bound to the editor's domain
	}

	/** Lets the Outline or Properties page of the editor run the same Undo, Delete, … while it has the focus. */
	public void shareGlobalActions(IPage page, IActionBars actionBars) {
		setGlobalHandlers(actionBars);
		actionBars.updateActionBars();
	}

	private void setGlobalHandlers(IActionBars bars) {
		if (bars == null) {
			return;
		}
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		bars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
		bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
		bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
		bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
		bars.setGlobalActionHandler(ActionFactory.FIND.getId(), find);
		bars.updateActionBars();
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		selection = event.getSelection();
		selectionActions.forEach(action -> action.selectionChanged(selection));
	}

	private void updateActions() {
		undo.update();
		redo.update();
		revert.setEnabled(editor != null && editor.isDirty());
		selectionActions.forEach(action -> action.selectionChanged(null));
	}

	/** Fills a context menu: New Child, New Sibling, then the edit actions. */
	@Override
	public void menuAboutToShow(IMenuManager menu) {
		List<IContributionItem> creation = newChildMenus();
		if (!creation.isEmpty()) {
			creation.forEach(menu::add);
			menu.add(new Separator());
		}
		menu.add(undo);
		menu.add(redo);
		menu.add(new Separator());
		menu.add(cut);
		menu.add(copy);
		menu.add(paste);
		menu.add(delete);
		menu.add(new Separator("additions"));
	}

	/**
	 * New Child and New Sibling for the one selected object, from the domain's child descriptors; empty without a
	 * single selection. The main menu's WBS menu shows them too ({@link ModelMenuItems}).
	 */
	public List<IContributionItem> newChildMenus() {
		List<?> selected = selection instanceof IStructuredSelection s ? s.toList() : List.of();
		List<IContributionItem> menus = new ArrayList<>();
		if (domain != null && selected.size() == 1 && selected.get(0) instanceof EObject owner) {
			menus.add(createMenu("&New Child", owner, domain.getNewChildDescriptors(owner, null)));
			EObject parent = owner.eContainer();
			if (parent != null) {
				menus.add(createMenu("New &Sibling", parent, domain.getNewChildDescriptors(parent, owner)));
			}
		}
		return menus;
	}

	private MenuManager createMenu(String text, EObject owner, Collection<?> descriptors) {
		MenuManager menu = new MenuManager(text);
		for (Object descriptor : descriptors) {
			Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
			if (command.canExecute()) {
				menu.add(new Action(command.getLabel()) {
					@Override
					public void run() {
						domain.getCommandStack().execute(command);
					}
				});
			}
		}
		return menu;
	}
}
