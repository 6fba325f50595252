package org.wbsmodeler.ui.editor;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.ide.ResourceUtil;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.io.ModelLoadException;
import org.wbsmodeler.model.provider.WbsItemProviderAdapterFactory;
import org.wbsmodeler.ui.edit.DomainActionBarContributor;
import org.wbsmodeler.ui.edit.EditCommands;
import org.wbsmodeler.ui.edit.Revertible;
import org.wbsmodeler.ui.edit.WbsEditingDomain;
import org.wbsmodeler.ui.pages.ModelPage;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.ui.markers.MarkerUpdater;
import org.wbsmodeler.ui.pages.PageContext;
import org.wbsmodeler.ui.plan.PlanPage;
import org.wbsmodeler.ui.schedule.LiveSchedule;
import org.wbsmodeler.ui.schedule.ScheduledValues;

/**
 * The model editor: one editing domain and command stack shared by every page, the Outline and Properties; pages
 * from {@link EditorPages}. After each command, undo or redo the live schedule is brought up to date, the pages
 * relabel what they show, the affected objects are selected, and the dirty state follows the command stack
 * ({@code isSaveNeeded}). Saving goes through {@link ModelFiles} (atomic). A model that cannot be read opens as one
 * page with the load message.
 */
public class WbsEditor extends MultiPageEditorPart implements IEditingDomainProvider, IGotoMarker, Revertible {

	public static final String ID = "org.wbsmodeler.ui.editor";
	/** Marker attribute naming the element a problem is about: its id in the resource (URI fragment). */
	public static final String ELEMENT_ID = "elementId";
	/** The key binding context active in the editor. */
	public static final String CONTEXT_ID = "org.wbsmodeler.ui.editorContext";

	private final ComposedAdapterFactory adapterFactory;
	private final WbsEditingDomain domain;
	private final EditorSelection selection = new EditorSelection();
	private final List<ModelPage> pages = new ArrayList<>();
	/** The pages whose widgets exist (see {@link #createPageIfNeeded(int)}). */
	private final Set<ModelPage> created = new HashSet<>();
	private Resource resource;
	private String loadProblem;
	private LiveSchedule schedule;
	/** The dirty state the workbench was last told. */
	private boolean toldDirty;
	private PlanPage plan;
	/**
	 * Above this many WBS elements the model is validated after each save rather than after each command: each
	 * validation runs on a copy, and copying 100,000 activities takes the UI thread about a second.
	 */
	static final int LIVE_VALIDATION_LIMIT = 20_000;

	/** Keeps the file's Problems markers in step with the model; null for a file outside the workspace. */
	private MarkerUpdater markers;
	private final EditorViews views;
	private FileWatcher watcher;
	private String statusMessage;

	private final IPartListener2 activation = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == WbsEditor.this) {
				checkFile();
			}
		}
	};

	public WbsEditor() {
		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new WbsItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new WbsEditingDomain(adapterFactory);
		views = new EditorViews(adapterFactory, selection, this::contributor, this::revealOnActivePage);
		// as EMF's editors do: after the command has finished notifying, once per command, on the UI thread
		domain.getCommandStack().addCommandStackListener(event -> org.eclipse.swt.widgets.Display.getDefault().asyncExec(() -> commandStackChanged(event)));
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IURIEditorInput)) {
			throw new PartInitException("The WBS model editor opens files, not " + input.getClass().getSimpleName());
		}
		setSite(site);
		setInputWithNotify(input);
		setPartName(input.getName());
		site.setSelectionProvider(selection);
		site.getPage().addPartListener(activation);
		// our key bindings (Ctrl+Y redo, as MS Project and Windows have it) apply while this editor is active
		site.getService(org.eclipse.ui.contexts.IContextService.class).activateContext(CONTEXT_ID);
		watcher = new FileWatcher(ResourceUtil.getFile(input), () -> site.getShell().getDisplay().asyncExec(this::fileChangedWhileActive));
	}

	@Override
	protected void createPages() {
		load();
		createPagesForModel();
	}

	private Path filePath() {
		URI uri = ((IURIEditorInput) getEditorInput()).getURI();
		return Path.of(uri);
	}

	private void load() {
		try {
			resource = ModelFiles.loadResource(filePath());
			domain.getResourceSet().getResources().add(resource);
			loadProblem = null;
		} catch (ModelLoadException e) {
			resource = null;
			loadProblem = e.getMessage();
		}
	}

	private void createPagesForModel() {
		if (resource == null) {
			setPageText(addPage(LoadErrorPage.create(getContainer(), loadProblem)), "Problem");
			return;
		}
		Project project = (Project) resource.getContents().get(0);
		schedule = new LiveSchedule(project);
		views.setDerivedValues(new ScheduledValues(schedule));
		PageContext context = new PageContext(domain, adapterFactory, project, this::showStatus);
		for (ModelPage page : EditorPages.create(context, schedule)) {
			Control control;
			if (pages.isEmpty()) {
				control = page.createControl(getContainer());
				created.add(page);
				pageCreated(page);
			} else {
				// the other pages are made when their tab is first shown: a 100,000-activity plan opens a second sooner
				Composite holder = new Composite(getContainer(), SWT.NONE);
				holder.setLayout(new FillLayout());
				control = holder;
			}
			// a tab shows "&" only doubled (a single one marks a mnemonic)
			setPageText(addPage(control), page.title().replace("&", "&&"));
			pages.add(page);
		}
		showStatus(schedule.problem());
		IFile file = ResourceUtil.getFile(getEditorInput());
		if (file != null) {
			markers = new MarkerUpdater(file, resource);
			if (OutlineIndex.of(project).size() <= LIVE_VALIDATION_LIMIT) {
				// Problems markers follow every command (validated on a copy off the UI thread, after a quiet moment)
				markers.attach(domain.getCommandStack());
			} else {
				// copying a plan this big for each validation stalls typing: markers follow each save instead
				markers.schedule();
			}
		}
	}

	/** Hooks a page whose widgets now exist to the editor's selection and context menu. */
	private void pageCreated(ModelPage page) {
		ISelectionProvider provider = page.selectionProvider();
		if (provider != null) {
			provider.addSelectionChangedListener(event -> pageSelectionChanged(page, event.getSelection()));
		}
		if (page instanceof PlanPage planPage) {
			plan = planPage;
			hookContextMenu(planPage);
		}
	}

	/** Makes a page's widgets inside the holder its tab got at open, the first time the tab is shown. */
	private void createPageIfNeeded(int index) {
		if (index < 0 || index >= pages.size() || created.contains(pages.get(index))) {
			return;
		}
		ModelPage page = pages.get(index);
		created.add(page);
		Composite holder = (Composite) getControl(index);
		Control pageControl = page.createControl(holder);
		// the editor shows and hides the holder, and SWT tells only the control whose visibility changed: the page
		// hears of it on its own control, as when that was the tab's control
		holder.addListener(SWT.Show, e -> pageControl.notifyListeners(SWT.Show, new Event()));
		holder.addListener(SWT.Hide, e -> pageControl.notifyListeners(SWT.Hide, new Event()));
		holder.layout(true, true);
		if (holder.getVisible()) {
			// the tab folder shows the tab's control before it tells the editor: that Show came before the page
			pageControl.notifyListeners(SWT.Show, new Event());
		}
		pageCreated(page);
	}

	private void detachMarkers() {
		if (markers != null) {
			markers.detach();
			markers = null;
		}
	}

	private void hookContextMenu(PlanPage page) {
		MenuManager menu = new MenuManager("#PopUp");
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> {
			if (getEditorSite().getActionBarContributor() instanceof DomainActionBarContributor contributor) {
				contributor.menuAboutToShow(manager);
			}
		});
		page.setContextMenu(menu);
		getSite().registerContextMenu(menu, selection);
	}

	private ModelPage activeModelPage() {
		int index = getActivePage();
		return index >= 0 && index < pages.size() ? pages.get(index) : null;
	}

	private void pageSelectionChanged(ModelPage page, ISelection newSelection) {
		if (page == activeModelPage()) {
			views.pageSelectionChanged(newSelection);
		}
	}

	private void revealOnActivePage(List<?> objects) {
		ModelPage page = activeModelPage();
		if (page != null) {
			page.reveal(objects);
		}
	}

	@Override
	protected void pageChange(int newPageIndex) {
		createPageIfNeeded(newPageIndex);
		super.pageChange(newPageIndex);
		ModelPage page = activeModelPage();
		if (page != null && page.selectionProvider() != null) {
			selection.setSelection(page.selectionProvider().getSelection());
		}
	}

	/**
	 * Runs after every execute, undo, redo and flush: the command stack notifies before anything else could repaint,
	 * and the schedule, labels and selection are brought up to date in that order, once per command.
	 */
	private void commandStackChanged(EventObject event) {
		if (resource == null || getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		String problem = schedule.update();
		if (plan != null) {
			plan.modelChanged();
		}
		Command recent = domain.getCommandStack().getMostRecentCommand();
		if (recent != null) {
			setSelectionToViewer(recent.getAffectedObjects());
		}
		showStatus(problem);
		dirtyStateMayHaveChanged();
		views.modelChanged();
	}

	/** Selects and reveals model objects on the active page (and so in Outline and Properties). */
	public void setSelectionToViewer(Collection<?> objects) {
		if (objects != null && !objects.isEmpty()) {
			revealOnActivePage(new ArrayList<>(objects));
		}
	}

	/**
	 * Tells the workbench when the dirty state flips. Every command used to fire it, and each time the workbench
	 * re-evaluated the enablement of every handler in the window: a fifth of a cell edit's time, for a tab's "*" that
	 * had not changed.
	 */
	private void dirtyStateMayHaveChanged() {
		boolean dirty = isDirty();
		if (dirty != toldDirty) {
			toldDirty = dirty;
			firePropertyChange(PROP_DIRTY);
		}
	}

	/** One line in the status bar: why an edit was refused, or why there is no schedule; null clears it. */
	public void showStatus(String message) {
		statusMessage = message;
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
	}

	/** The status line's current message, or null. */
	public String statusMessage() {
		return statusMessage;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** The model, or null when the file could not be read. */
	public Project project() {
		return resource == null ? null : (Project) resource.getContents().get(0);
	}

	/** Why the file could not be read, or null. */
	public String loadProblem() {
		return loadProblem;
	}

	/**
	 * The page with that tab title, or null. Its widgets exist once its tab has been shown (pages other than Plan
	 * are made on first show).
	 */
	public ModelPage modelPage(String title) {
		return pages.stream().filter(p -> p.title().equals(title)).findFirst().orElse(null);
	}

	public PlanPage planPage() {
		return plan;
	}

	public LiveSchedule liveSchedule() {
		return schedule;
	}

	@Override
	public boolean isDirty() {
		return resource != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (resource == null) {
			return;
		}
		if (!write(filePath(), ResourceUtil.getFile(getEditorInput()))) {
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			return;
		}
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		dirtyStateMayHaveChanged();
		if (markers != null) {
			markers.schedule();
		}
	}

	/** Writes the model atomically and tells the workspace, without mistaking our own write for an outside change. */
	private boolean write(Path path, IFile file) {
		String failure = watcher.save(resource, path, file);
		if (failure != null) {
			showStatus("Not saved: " + failure);
			MessageDialog.openError(getSite().getShell(), "Save failed", "The model was not saved; the file on disk is unchanged.\n" + failure);
			return false;
		}
		return true;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return resource != null;
	}

	@Override
	public void doSaveAs() {
		SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
		IFile original = ResourceUtil.getFile(getEditorInput());
		if (original != null) {
			dialog.setOriginalFile(original);
		}
		if (dialog.open() == SaveAsDialog.OK && dialog.getResult() != null) {
			IPath path = dialog.getResult();
			saveAs(ResourcesPlugin.getWorkspace().getRoot().getFile(path));
		}
	}

	/** Saves to another workspace file, which the editor edits from then on. */
	public void saveAs(IFile file) {
		if (resource == null || !write(file.getLocation().toFile().toPath(), file)) {
			return;
		}
		resource.setURI(org.eclipse.emf.common.util.URI.createFileURI(file.getLocation().toFile().getAbsolutePath()));
		setInputWithNotify(new FileEditorInput(file));
		setPartName(file.getName());
		watcher.setFile(file);
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		dirtyStateMayHaveChanged();
	}

	@Override
	public void revert() {
		reload();
	}

	/** Reads the file again: every page is rebuilt on the new model, and the undo history goes (it was about the old one). */
	public void reload() {
		for (int i = getPageCount() - 1; i >= 0; i--) {
			removePage(i);
		}
		detachMarkers();
		disposePages();
		pages.clear();
		plan = null;
		if (schedule != null) {
			schedule.dispose();
			schedule = null;
		}
		if (resource != null) {
			resource.unload();
			domain.getResourceSet().getResources().remove(resource);
		}
		load();
		domain.getCommandStack().flush();
		createPagesForModel();
		if (getPageCount() > 0) {
			setActivePage(0);
		}
		views.setInput(resource);
		dirtyStateMayHaveChanged();
	}

	/** A clean editor the user can see follows the file at once; a dirty or hidden one waits to be activated. */
	private void fileChangedWhileActive() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		if (getSite().getPage().getActivePart() == this || !isDirty() && getSite().getPage().isPartVisible(this)) {
			checkFile();
		}
	}

	/** On activation: a file changed on disk is reloaded when there is nothing unsaved, else the user decides. */
	private void checkFile() {
		if (watcher == null || !watcher.takeChanged()) {
			return;
		}
		if (!isDirty() || MessageDialog.openQuestion(getSite().getShell(), "File changed",
				getEditorInput().getName() + " was changed on disk. Throw away your unsaved changes and load it again?")) {
			reload();
		}
	}

	@Override
	public void gotoMarker(IMarker marker) {
		String id = marker.getAttribute(ELEMENT_ID, null);
		EObject object = id == null || resource == null ? null : resource.getEObject(id);
		if (object == null) {
			return;
		}
		for (int i = 1; i < pages.size(); i++) {
			if (pages.get(i).shows(object)) {
				setActivePage(i);
				pages.get(i).reveal(List.of(object));
				views.selectInOutline(object);
				return;
			}
		}
		setActivePage(0);
		setSelectionToViewer(List.of(object));
		views.selectInOutline(object);
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IContentOutlinePage.class) {
			return resource == null ? null : type.cast(views.outline(resource));
		}
		if (type == IPropertySheetPage.class) {
			return type.cast(views.properties());
		}
		if (type == IGotoMarker.class || type == IEditingDomainProvider.class) {
			return type.cast(this);
		}
		if (type == EditCommands.class) {
			return plan == null ? null : type.cast(plan.commands());
		}
		return super.getAdapter(type);
	}

	/** Disposes the pages whose widgets were made; the others never started following the model. */
	private void disposePages() {
		pages.stream().filter(created::contains).forEach(ModelPage::dispose);
		created.clear();
	}

	private DomainActionBarContributor contributor() {
		return getEditorSite().getActionBarContributor() instanceof DomainActionBarContributor c ? c : null;
	}

	@Override
	public void dispose() {
		if (watcher != null) {
			watcher.dispose();
		}
		getSite().getPage().removePartListener(activation);
		detachMarkers();
		disposePages();
		if (schedule != null) {
			schedule.dispose();
		}
		adapterFactory.dispose();
		super.dispose();
	}
}
