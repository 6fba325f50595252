package org.wbsmodeler.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
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
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.provider.WbsItemProviderAdapterFactory;
import org.wbsmodeler.ui.edit.DomainActionBarContributor;
import org.wbsmodeler.ui.edit.EditCommands;
import org.wbsmodeler.ui.edit.Revertible;
import org.wbsmodeler.ui.edit.WbsEditingDomain;
import org.wbsmodeler.ui.pages.ModelPage;
import org.wbsmodeler.ui.session.PlanSession;
import org.wbsmodeler.ui.session.SelectionLink;
import org.wbsmodeler.ui.session.SessionEditCommands;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.ui.markers.MarkerUpdater;
import org.wbsmodeler.ui.plan.PlanPage;
import org.wbsmodeler.editing.live.LiveSchedule;
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
	/** The key context of the Plan page's table keys, active while that page is in front. */
	public static final String PLAN_CONTEXT_ID = "org.wbsmodeler.ui.planContext";

	private final ComposedAdapterFactory adapterFactory;
	private final WbsEditingDomain domain;
	private final EditorSelection selection = new EditorSelection();
	private final List<ModelPage> pages = new ArrayList<>();
	/** The pages whose widgets exist (see {@link #createPageIfNeeded(int)}). */
	private final Set<ModelPage> created = new HashSet<>();
	private Resource resource;
	private String loadProblem;
	private LiveSchedule schedule;
	/** The plan as every page sees it (null while the file cannot be read). */
	private PlanSession session;
	/** The dirty state the workbench was last told. */
	private boolean toldDirty;
	private PlanPage plan;

	/** Keeps the file's Problems markers in step with the model; null for a file outside the workspace. */
	private MarkerUpdater markers;
	private final EditorViews views;
	private EditorFile file;
	private final EditorStatusLine status = new EditorStatusLine(message -> getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message),
			() -> schedule == null ? null : schedule.problem(), () -> selection.getSelection());
	private EditorKeys keys;

	private final IPartListener2 activation = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == WbsEditor.this) {
				file.checkChanged();
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
		keys = new EditorKeys(site);
		file = new EditorFile(site.getShell(), input, () -> site.getShell().getDisplay().asyncExec(this::fileChangedWhileActive), this::isDirty, this::reload,
				this::showStatus);
	}

	@Override
	protected void createPages() {
		load();
		createPagesForModel();
		dirtyStateMayHaveChanged(); // a plan recovered after a crash opens unsaved
	}

	private void load() {
		EditorFile.Loaded loaded = file.load();
		resource = loaded.resource();
		loadProblem = loaded.problem();
		if (resource != null) {
			domain.getResourceSet().getResources().add(resource);
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
		session = new PlanSession(domain, adapterFactory, project, schedule, selectionLink, this::showStatus);
		for (ModelPage page : EditorPages.create(session)) {
			Control control;
			if (pages.isEmpty()) {
				control = page.createControl(getContainer());
				created.add(page);
				pageCreated(page);
			} else {
				control = LazyPages.holder(getContainer());
			}
			// a tab shows "&" only doubled (a single one marks a mnemonic)
			setPageText(addPage(control), page.title().replace("&", "&&"));
			pages.add(page);
		}
		showStatus(schedule.problem());
		// the first page (the Plan) is in front before any page change
		keys.pageInFront(pages.isEmpty() ? null : pages.get(0));
		IFile workspaceFile = file.workspaceFile();
		if (workspaceFile != null) {
			markers = MarkerUpdater.forEditor(workspaceFile, resource, domain.getCommandStack(), OutlineIndex.of(project).size());
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
		LazyPages.fill((Composite) getControl(index), page);
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

	/** The page in front, or null before the pages exist. */
	public ModelPage activePage() {
		int index = getActivePage();
		return index >= 0 && index < pages.size() ? pages.get(index) : null;
	}

	private void pageSelectionChanged(ModelPage page, ISelection newSelection) {
		if (page == activePage()) {
			views.pageSelectionChanged(newSelection);
			status.selectionChanged(newSelection);
		}
	}

	private void revealOnActivePage(List<?> objects) {
		ModelPage page = activePage();
		if (page != null) {
			page.reveal(objects);
		}
	}

	/** The page's rows get the focus (not the first field of the bars above them), as MS Project's sheet has it. */
	@Override
	public void setFocus() {
		super.setFocus();
		Control rows = activePage() == null ? null : activePage().focusControl();
		if (rows != null && !rows.isDisposed()) {
			rows.setFocus();
		}
	}

	@Override
	protected void pageChange(int newPageIndex) {
		createPageIfNeeded(newPageIndex);
		super.pageChange(newPageIndex);
		keys.pageInFront(activePage());
		status.pageChanged();
		ModelPage page = activePage();
		if (page != null && page.selectionProvider() != null) {
			selection.setSelection(page.selectionProvider().getSelection());
		}
	}

	/** After every execute, undo, redo and flush, before any repaint: schedule, labels, selection, once per command. */
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
		file.edited();
		views.modelChanged();
	}

	/** Selects and reveals model objects on the active page (and so in Outline and Properties). */
	public void setSelectionToViewer(Collection<?> objects) {
		if (objects != null && !objects.isEmpty()) {
			revealOnActivePage(new ArrayList<>(objects));
		}
	}

	/** Tells the workbench when the dirty state flips, not after every command (each made it re-evaluate every handler). */
	private void dirtyStateMayHaveChanged() {
		boolean dirty = isDirty();
		if (dirty != toldDirty) {
			toldDirty = dirty;
			firePropertyChange(PROP_DIRTY);
		}
	}

	/** One line in the status bar: why an edit was refused, or why there is no schedule; null clears it. */
	public void showStatus(String message) {
		status.show(message);
	}

	/** The status line's current message, or null. */
	public String statusMessage() {
		return status.message();
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

	/** The page with that tab title, or null; its widgets exist once its tab has been shown (Plan: at once). */
	public ModelPage modelPage(String title) {
		return pages.stream().filter(p -> p.title().equals(title)).findFirst().orElse(null);
	}

	public PlanPage planPage() {
		return plan;
	}

	public LiveSchedule liveSchedule() {
		return schedule;
	}

	/** The plan as the pages see it: domain, live schedule, edit rules, selection, view; null when the file could not be read. */
	public PlanSession session() {
		return session;
	}

	/** The pages' shared selection: what the editor has selected, kept in the Plan while another page is hidden. */
	private final SelectionLink selectionLink = new PlanSelectionLink(selection, () -> plan);

	@Override
	public boolean isDirty() {
		return resource != null && (file.recovered() || ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded());
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (resource == null) {
			return;
		}
		if (!file.save(resource)) {
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

	@Override
	public boolean isSaveAsAllowed() {
		return resource != null;
	}

	@Override
	public void doSaveAs() {
		IFile target = file.askSaveAsTarget();
		if (target != null) {
			saveAs(target);
		}
	}

	/** Saves to another workspace file, which the editor edits from then on. */
	public void saveAs(IFile target) {
		FileEditorInput newInput = new FileEditorInput(target);
		if (resource == null || !file.saveAs(resource, target, newInput)) {
			return;
		}
		setInputWithNotify(newInput);
		setPartName(target.getName());
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
		session = null;
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
			file.checkChanged();
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
		if (type == ModelPage.class) {
			return type.cast(activePage());
		}
		if (type == PlanSession.class) {
			return type.cast(session); // what other bundles' views work on (the Conflicts view)
		}
		if (type == EditCommands.class) {
			return session == null ? null : type.cast(new SessionEditCommands(session));
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
		if (file != null) {
			file.dispose();
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
