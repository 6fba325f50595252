package org.wbsmodeler.install.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;

/**
 * Runs in the Eclipse IDE the install test made (org.eclipse.ui.ide.workbench, WBS Modeler installed by the p2
 * director): once the workbench is up it checks what a user of the IDE would see — the {@code .wbs} content type,
 * the model editor as the default editor of {@code .wbs} files, the New / Import / Export wizards — opens the shipped
 * example in the editor, writes one line per check to the file named by {@code -Dwbs.install.check.out}, and closes
 * the workbench. The test script reads the file: every line must start with {@code ok}.
 */
public final class InstallCheck implements IStartup {

	private static final String EDITOR = "org.wbsmodeler.ui.editor";
	private static final String CONTENT_TYPE = "org.wbsmodeler.ui.wbsModel";

	private final List<String> lines = new ArrayList<>();

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.asyncExec(() -> {
			try {
				check(workbench);
			} catch (Throwable e) {
				lines.add("FAIL " + e);
			} finally {
				write();
				workbench.close();
			}
		});
	}

	private void check(IWorkbench workbench) throws Exception {
		Bundle ui = Platform.getBundle("org.wbsmodeler.ui");
		expect(ui != null, "bundle org.wbsmodeler.ui " + (ui == null ? "missing" : ui.getVersion() + " state " + ui.getState()));
		Bundle core = Platform.getBundle("org.wbsmodeler.model");
		expect(core != null, "bundle org.wbsmodeler.model " + (core == null ? "missing" : core.getVersion()));

		IContentType type = Platform.getContentTypeManager().findContentTypeFor("plan.wbs");
		expect(type != null && CONTENT_TYPE.equals(type.getId()), "content type of *.wbs: " + (type == null ? "none" : type.getId()));

		IEditorDescriptor editor = workbench.getEditorRegistry().findEditor(EDITOR);
		expect(editor != null, "editor " + EDITOR + (editor == null ? " missing" : " '" + editor.getLabel() + "'"));
		IEditorDescriptor byDefault = workbench.getEditorRegistry().getDefaultEditor("plan.wbs");
		expect(byDefault != null && EDITOR.equals(byDefault.getId()), "default editor of *.wbs: " + (byDefault == null ? "none" : byDefault.getId()));

		wizard("new", workbench.getNewWizardRegistry().findWizard("org.wbsmodeler.ui.wizards.newModel"));
		wizard("import", workbench.getImportWizardRegistry().findWizard("org.wbsmodeler.ui.wizards.importModel"));
		wizard("export", workbench.getExportWizardRegistry().findWizard("org.wbsmodeler.ui.wizards.exportModel"));

		openExample(workbench);
	}

	private void wizard(String kind, org.eclipse.ui.wizards.IWizardDescriptor descriptor) {
		expect(descriptor != null, kind + " wizard " + (descriptor == null ? "missing"
				: "'" + descriptor.getLabel() + "' in category '" + descriptor.getCategory().getLabel() + "'"));
	}

	/** The example as a workspace file, opened as a user does (double-click: the default editor). */
	private void openExample(IWorkbench workbench) throws Exception {
		Path example = Path.of(System.getProperty("wbs.install.check.example", "examples/pschse-crm.wbs"));
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("install-check");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile("pschse-crm.wbs");
		try (InputStream in = Files.newInputStream(example)) {
			if (file.exists()) {
				file.setContents(in, true, false, null);
			} else {
				file.create(in, true, null);
			}
		}
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		IEditorPart part = IDE.openEditor(page, file);
		expect(part != null && EDITOR.equals(part.getSite().getId()), "example opened in " + (part == null ? "nothing" : part.getSite().getId()));
		// the editor's title is the file; a model that did not load shows its load message instead of the pages
		String title = part == null ? "" : part.getTitle();
		expect(title.equals("pschse-crm.wbs"), "editor title '" + title + "'");
		Class<?> providerType = part == null ? null : loadClass(part, "org.eclipse.emf.edit.domain.IEditingDomainProvider");
		Object domain = part == null ? null : providerType.isInstance(part) ? part : part.getAdapter(providerType);
		expect(domain != null, "the editor has an EMF editing domain: " + domain);
		int elements = part == null ? 0 : countElements(domain);
		expect(elements > 0, "the example's WBS in the editor: " + elements + " elements");
		page.closeAllEditors(false);
	}

	/** Counts the WBS elements (phases to milestones) of the editor's model, through EMF reflection. */
	private static int countElements(Object provider) throws Exception {
		Object domain = provider.getClass().getMethod("getEditingDomain").invoke(provider);
		Object resourceSet = domain.getClass().getMethod("getResourceSet").invoke(domain);
		List<?> resources = (List<?>) resourceSet.getClass().getMethod("getResources").invoke(resourceSet);
		Object resource = resources.get(0);
		java.util.Iterator<?> all = (java.util.Iterator<?>) resource.getClass().getMethod("getAllContents").invoke(resource);
		int count = 0;
		List<String> kinds = List.of("Phase", "Deliverable", "WorkPackage", "Activity", "Milestone");
		while (all.hasNext()) {
			Object object = all.next();
			Object eClass = object.getClass().getMethod("eClass").invoke(object);
			if (kinds.contains(eClass.getClass().getMethod("getName").invoke(eClass))) {
				count++;
			}
		}
		return count;
	}

	private static Class<?> loadClass(IEditorPart part, String name) throws ClassNotFoundException {
		return part.getClass().getClassLoader().loadClass(name);
	}

	private void expect(boolean condition, String line) {
		lines.add((condition ? "ok   " : "FAIL ") + line);
	}

	private void write() {
		String out = System.getProperty("wbs.install.check.out");
		try {
			Files.write(Path.of(out), lines);
		} catch (IOException | RuntimeException e) {
			System.err.println("install check: cannot write " + out + ": " + e);
		}
		lines.forEach(System.out::println);
	}
}
