package org.wbsmodeler.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.util.WbsCodes;
import org.wbsmodeler.ui.editor.WbsEditor;
import org.wbsmodeler.diagram.columns.PlanColumn;

/**
 * A copy of the shipped example in a workspace project, opened in the model editor through the IDE, with the
 * Outline and Properties views shown: what a user has after File &gt; Open File.
 */
public final class EditorFixture implements AutoCloseable {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	public final IProject project;
	public final IFile file;
	public final IWorkbenchPage page;
	public WbsEditor editor;

	private EditorFixture(IProject project, IFile file) {
		this.project = project;
		this.file = file;
		this.page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** The example in a fresh project, opened. */
	public static EditorFixture openExample() throws Exception {
		return open(Files.readAllBytes(example()));
	}

	/** Any content as a .wbs file in a fresh project, opened. */
	public static EditorFixture open(byte[] content) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("ui-test-" + COUNTER.incrementAndGet());
		project.create(null);
		project.open(null);
		IFile file = project.getFile("model.wbs");
		try (InputStream in = new ByteArrayInputStream(content)) {
			file.create(in, true, null);
		}
		EditorFixture fixture = new EditorFixture(project, file);
		fixture.reopen();
		return fixture;
	}

	public static Path example() {
		return Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs");
	}

	/** Opens (again) the file in the model editor, as File &gt; Open File does. */
	public void reopen() throws PartInitException {
		Shell shell = shell();
		// the whole screen (Xvfb's), so that screenshots show every pixel of the window
		shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
		IEditorPart part = IDE.openEditor(page, file);
		editor = (WbsEditor) part;
		page.showView(IPageLayout.ID_OUTLINE);
		page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(editor);
		flush();
		activate();
	}

	/**
	 * Makes the workbench window the one the window system sends keys to, and waits until it is: posted keys go to
	 * the X focus, which a window left by an earlier test (or none, at start) may hold.
	 */
	public void activate() {
		shell().forceActive();
		waitUntil(() -> display().getActiveShell() == shell(), 5_000);
		flush();
	}

	public Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	public Display display() {
		return Display.getCurrent();
	}

	/** Runs the event loop until the UI is idle (the batched refresh after a command, layout jobs). */
	public void flush() {
		UiTestSupport.settle(display());
	}

	/** Runs the event loop until the condition holds (or the time is up), e.g. for workspace notifications. */
	public boolean waitUntil(java.util.function.BooleanSupplier condition, long millis) {
		return UiTestSupport.waitFor(display(), condition, millis);
	}

	public Tree tree() {
		return editor.planPage().viewer().getTree();
	}

	public Project model() {
		return editor.project();
	}

	/** Saves through the editor and reads the file back as a new model. */
	public Project saveAndLoad() throws Exception {
		editor.doSave(null);
		flush();
		return ModelFiles.load(file.getLocation().toFile().toPath());
	}

	/** Every row of the Plan tree, top to bottom, as "code name" (expands everything first). */
	public List<String> planRows() {
		editor.planPage().viewer().expandAll();
		List<String> rows = new ArrayList<>();
		for (TreeItem item : tree().getItems()) {
			collect(item, rows);
		}
		return rows;
	}

	private static void collect(TreeItem item, List<String> rows) {
		rows.add(item.getText(PlanColumn.CODE.ordinal()) + " " + item.getText(PlanColumn.NAME.ordinal()));
		for (TreeItem child : item.getItems()) {
			collect(child, rows);
		}
	}

	/** What the codes of a saved model are, by the model's own rule (what ./wbs info prints). */
	public static List<String> outline(Project project) {
		List<String> rows = new ArrayList<>();
		outline(project, rows);
		return rows;
	}

	private static void outline(WbsContainer container, List<String> rows) {
		for (WbsElement child : container.getChildren()) {
			rows.add(WbsCodes.codeOf(child) + " " + (child.getName() == null ? "" : child.getName()));
			if (child instanceof WbsContainer sub) {
				outline(sub, rows);
			}
		}
	}

	/** The WBS rows of the Outline view ("code name", as the item providers label them), top to bottom. */
	public List<String> outlineRows() {
		ContentOutline view = (ContentOutline) page.findView(IPageLayout.ID_OUTLINE);
		Tree outlineTree = (Tree) view.getCurrentPage().getControl();
		List<String> rows = new ArrayList<>();
		for (TreeItem root : outlineTree.getItems()) {
			for (TreeItem item : root.getItems()) {
				collectWbs(item, rows);
			}
		}
		return rows;
	}

	private static void collectWbs(TreeItem item, List<String> rows) {
		if (item.getData() instanceof WbsElement) {
			rows.add(item.getText());
			// as a click on the expander does: the viewer creates the children on this event
			org.eclipse.swt.widgets.Event expand = new org.eclipse.swt.widgets.Event();
			expand.item = item;
			item.getParent().notifyListeners(org.eclipse.swt.SWT.Expand, expand);
			item.setExpanded(true);
			for (TreeItem child : item.getItems()) {
				collectWbs(child, rows);
			}
		}
	}

	/** The element at a code in the editor's model. */
	public WbsElement element(String code) {
		return org.wbsmodeler.ui.plan.Codes.index(model()).byCode(code);
	}

	/**
	 * Types into one cell of the Plan as a person does: a click on the row, the cell editor opened, its text selected
	 * (Ctrl+A) and replaced by {@code text} (Backspace when it is empty), Enter.
	 */
	public void typeInCell(WbsElement row, PlanColumn column, String text) {
		Input.click(item(row), PlanColumn.NAME.ordinal());
		editor.planPage().viewer().editElement(row, column.ordinal());
		flush();
		org.junit.Assert.assertTrue("a cell editor is open on " + column, editor.planPage().viewer().isCellEditorActive());
		Input.key(display(), 'a', org.eclipse.swt.SWT.CTRL);
		if (text.isEmpty()) {
			Input.key(display(), org.eclipse.swt.SWT.BS, 0);
		}
		Input.type(display(), text);
		Input.key(display(), org.eclipse.swt.SWT.CR, 0);
		flush();
	}

	/** The text of one cell of the Plan. */
	public String cell(WbsElement row, PlanColumn column) {
		return item(row).getText(column.ordinal());
	}

	/** The tree item showing an element (expanded into view). */
	public TreeItem item(WbsElement element) {
		editor.planPage().reveal(List.of(element));
		flush();
		return (TreeItem) editor.planPage().viewer().testFindItem(element);
	}

	public String fileText() throws CoreException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() throws Exception {
		if (editor != null) {
			page.closeEditor(editor, false);
		}
		flush();
		project.delete(IResource.ALWAYS_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
	}
}
