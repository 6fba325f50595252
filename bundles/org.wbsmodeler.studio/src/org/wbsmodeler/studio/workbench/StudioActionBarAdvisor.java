package org.wbsmodeler.studio.workbench;

import static org.eclipse.ui.IWorkbenchActionConstants.*;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionManager;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.wbsmodeler.studio.StudioIds;

/**
 * Menus and tool bar of the studio window. Edit actions are the workbench's retargetable ones: the active editor
 * supplies undo, redo, cut, copy, paste and delete on its command stack. The standard group markers stay in place
 * so that other bundles contribute with {@code org.eclipse.ui.menus} as they would in the IDE (model commands after
 * {@code additions} of the main menu and tool bar).
 */
public class StudioActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction save;
	private IWorkbenchAction saveAs;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction close;
	private IWorkbenchAction closeAll;
	private IWorkbenchAction quit;
	private IWorkbenchAction newWizard;
	private IWorkbenchAction newWizardDropDown;
	private IWorkbenchAction importWizards;
	private IWorkbenchAction exportWizards;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction cut;
	private IWorkbenchAction copy;
	private IWorkbenchAction paste;
	private IWorkbenchAction delete;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction preferences;
	private IWorkbenchAction about;
	private IContributionItem openFile;
	private IContributionItem print;
	private IContributionItem undoTool;
	private IContributionItem redoTool;
	private IContributionItem newShortlist;
	private IContributionItem viewsShortlist;
	private IContributionItem perspectivesShortlist;

	private static final Object SEPARATOR = new Object();

	public StudioActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		save = action(ActionFactory.SAVE, window);
		saveAs = action(ActionFactory.SAVE_AS, window);
		saveAll = action(ActionFactory.SAVE_ALL, window);
		close = action(ActionFactory.CLOSE, window);
		closeAll = action(ActionFactory.CLOSE_ALL, window);
		quit = action(ActionFactory.QUIT, window);
		newWizard = action(ActionFactory.NEW, window);
		newWizard.setText("&Other...");
		newWizardDropDown = action(ActionFactory.NEW_WIZARD_DROP_DOWN, window);
		importWizards = action(ActionFactory.IMPORT, window);
		exportWizards = action(ActionFactory.EXPORT, window);
		undo = action(ActionFactory.UNDO, window);
		redo = action(ActionFactory.REDO, window);
		cut = action(ActionFactory.CUT, window);
		copy = action(ActionFactory.COPY, window);
		paste = action(ActionFactory.PASTE, window);
		delete = action(ActionFactory.DELETE, window);
		selectAll = action(ActionFactory.SELECT_ALL, window);
		resetPerspective = action(ActionFactory.RESET_PERSPECTIVE, window);
		preferences = action(ActionFactory.PREFERENCES, window);
		about = action(ActionFactory.ABOUT, window);
		CommandContributionItemParameter open = new CommandContributionItemParameter(window, StudioIds.OPEN_MODEL_FILE,
				StudioIds.OPEN_MODEL_FILE, CommandContributionItem.STYLE_PUSH);
		// the mnemonic is given apart: an "&" in the label as well would be shown as a literal "&"
		open.label = "Open File...";
		open.mnemonic = "O";
		openFile = new CommandContributionItem(open);
		// the print command, not the retargetable action: the plan editor's handler prints the page in front
		CommandContributionItemParameter printing = new CommandContributionItemParameter(window, IWorkbenchCommandConstants.FILE_PRINT,
				IWorkbenchCommandConstants.FILE_PRINT, CommandContributionItem.STYLE_PUSH);
		printing.label = "Print...";
		printing.mnemonic = "P";
		print = new CommandContributionItem(printing);
		undoTool = tool(window, IWorkbenchCommandConstants.EDIT_UNDO, "Undo", ISharedImages.IMG_TOOL_UNDO);
		redoTool = tool(window, IWorkbenchCommandConstants.EDIT_REDO, "Redo", ISharedImages.IMG_TOOL_REDO);
		newShortlist = ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window);
		viewsShortlist = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
		perspectivesShortlist = ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window);
	}

	private static IContributionItem tool(IWorkbenchWindow window, String commandId, String tooltip, String image) {
		CommandContributionItemParameter tool = new CommandContributionItemParameter(window, commandId + ".tool", commandId,
				CommandContributionItem.STYLE_PUSH);
		ISharedImages images = window.getWorkbench().getSharedImages();
		tool.icon = images.getImageDescriptor(image);
		tool.disabledIcon = images.getImageDescriptor(image + "_DISABLED");
		tool.tooltip = tooltip;
		return new CommandContributionItem(tool);
	}

	/** Creates a workbench action and registers it, so that its key binding works and it is disposed with the window. */
	private IWorkbenchAction action(ActionFactory factory, IWorkbenchWindow window) {
		IWorkbenchAction action = factory.create(window);
		register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		fill(menuBar, fileMenu(), editMenu(), group(MB_ADDITIONS), windowMenu(), helpMenu());
	}

	private MenuManager fileMenu() {
		// the shortlist ends with its own "Other...": adding the New wizard action as well listed it twice
		MenuManager newMenu = fill(new MenuManager("&New", ActionFactory.NEW.getId()), newShortlist);
		return fill(new MenuManager("&File", M_FILE), group(FILE_START), newMenu, group(NEW_EXT), SEPARATOR, openFile, group(OPEN_EXT),
				SEPARATOR, close, closeAll, group(CLOSE_EXT), SEPARATOR, save, saveAs, saveAll, group(SAVE_EXT), SEPARATOR, print, group(PRINT_EXT), SEPARATOR, importWizards, exportWizards, group(IMPORT_EXT), new Separator(MB_ADDITIONS),
				SEPARATOR, quit, group(FILE_END));
	}

	private MenuManager editMenu() {
		return fill(new MenuManager("&Edit", M_EDIT), group(EDIT_START), undo, redo, group(UNDO_EXT), SEPARATOR, cut, copy, paste,
				group(CUT_EXT), SEPARATOR, delete, selectAll, new Separator(ADD_EXT), group(MB_ADDITIONS), group(EDIT_END));
	}

	private MenuManager windowMenu() {
		return fill(new MenuManager("&Window", M_WINDOW), fill(new MenuManager("Open &Perspective", "openPerspective"), perspectivesShortlist),
				fill(new MenuManager("Show &View", "showView"), viewsShortlist), SEPARATOR, resetPerspective, group(MB_ADDITIONS), SEPARATOR,
				preferences);
	}

	private MenuManager helpMenu() {
		return fill(new MenuManager("&Help", M_HELP), group(HELP_START), group(MB_ADDITIONS), SEPARATOR, about, group(HELP_END));
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager file = fill(new ToolBarManager(SWT.FLAT | SWT.RIGHT), group(NEW_GROUP), newWizardDropDown, group(NEW_EXT),
				group(SAVE_GROUP), save, saveAll, group(SAVE_EXT), new Separator(MB_ADDITIONS));
		// undo and redo as commands, not the retargetable actions: the e4 tool bar does not show those
		IToolBarManager edit = fill(new ToolBarManager(SWT.FLAT | SWT.RIGHT), undoTool, redoTool, new Separator(MB_ADDITIONS));
		fill(coolBar, new ToolBarContributionItem(file, TOOLBAR_FILE), new ToolBarContributionItem(edit, TOOLBAR_EDIT), group(MB_ADDITIONS));
	}

	/** Adds actions and contribution items in order; {@link #SEPARATOR} stands for a new separator line. */
	private static <M extends IContributionManager> M fill(M manager, Object... entries) {
		for (Object entry : entries) {
			if (entry == SEPARATOR) {
				manager.add(new Separator());
			} else if (entry instanceof IAction action) {
				manager.add(action);
			} else {
				manager.add((IContributionItem) entry);
			}
		}
		return manager;
	}

	private static GroupMarker group(String id) {
		return new GroupMarker(id);
	}
}
