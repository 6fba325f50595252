package org.wbsmodeler.studio.workbench;

import org.eclipse.jface.action.GroupMarker;
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
import org.eclipse.ui.IWorkbenchActionConstants;
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
	private IContributionItem undoTool;
	private IContributionItem redoTool;
	private IContributionItem newShortlist;
	private IContributionItem viewsShortlist;
	private IContributionItem perspectivesShortlist;

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
		open.label = "&Open File...";
		open.mnemonic = "O";
		openFile = new CommandContributionItem(open);
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
		menuBar.add(fileMenu());
		menuBar.add(editMenu());
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu());
		menuBar.add(helpMenu());
	}

	private MenuManager fileMenu() {
		MenuManager menu = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
		newMenu.add(newShortlist);
		newMenu.add(new Separator());
		newMenu.add(newWizard);
		menu.add(newMenu);
		menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		menu.add(new Separator());
		menu.add(openFile);
		menu.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
		menu.add(new Separator());
		menu.add(close);
		menu.add(closeAll);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
		menu.add(new Separator());
		menu.add(save);
		menu.add(saveAs);
		menu.add(saveAll);
		menu.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(quit);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		return menu;
	}

	private MenuManager editMenu() {
		MenuManager menu = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		menu.add(undo);
		menu.add(redo);
		menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		menu.add(new Separator());
		menu.add(cut);
		menu.add(copy);
		menu.add(paste);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		menu.add(new Separator());
		menu.add(delete);
		menu.add(selectAll);
		menu.add(new Separator(IWorkbenchActionConstants.ADD_EXT));
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		return menu;
	}

	private MenuManager windowMenu() {
		MenuManager menu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager perspectives = new MenuManager("Open &Perspective", "openPerspective");
		perspectives.add(perspectivesShortlist);
		menu.add(perspectives);
		MenuManager views = new MenuManager("Show &View", "showView");
		views.add(viewsShortlist);
		menu.add(views);
		menu.add(new Separator());
		menu.add(resetPerspective);
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(preferences);
		return menu;
	}

	private MenuManager helpMenu() {
		MenuManager menu = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(about);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		return menu;
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager file = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_GROUP));
		file.add(newWizardDropDown);
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_GROUP));
		file.add(save);
		file.add(saveAll);
		file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new ToolBarContributionItem(file, IWorkbenchActionConstants.TOOLBAR_FILE));
		IToolBarManager edit = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		// commands, not the retargetable actions: the e4 tool bar does not show those
		edit.add(undoTool);
		edit.add(redoTool);
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new ToolBarContributionItem(edit, IWorkbenchActionConstants.TOOLBAR_EDIT));
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}
}
