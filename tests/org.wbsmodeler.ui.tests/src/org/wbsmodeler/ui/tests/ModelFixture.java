package org.wbsmodeler.ui.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.provider.WbsItemProviderAdapterFactory;
import org.wbsmodeler.editing.live.LiveSchedule;
import org.wbsmodeler.ui.session.PlanSession;
import org.wbsmodeler.ui.session.SelectionLink;
import org.wbsmodeler.ui.pages.cells.ModelTexts;

/**
 * The shipped example loaded as the editor loads it: one resource set under an {@link AdapterFactoryEditingDomain}
 * with the item providers, and a page context whose status line the test can read.
 */
public final class ModelFixture {

	public static final Path REPO = Path.of(System.getProperty("wbs.repo", "../.."));
	public static final Path EXAMPLE = REPO.resolve("examples/pschse-crm.wbs");

	public final Resource resource;
	public final Project project;
	public final AdapterFactoryEditingDomain domain;
	public final List<String> status = new ArrayList<>();
	public final PlanSession context;

	public ModelFixture() throws Exception {
		this(EXAMPLE);
	}

	public ModelFixture(Path file) throws Exception {
		resource = ModelFiles.loadResource(file);
		project = (Project) resource.getContents().get(0);
		ComposedAdapterFactory factory = new ComposedAdapterFactory(new org.eclipse.emf.common.notify.AdapterFactory[] {
				new ResourceItemProviderAdapterFactory(), new WbsItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory() });
		domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), resource.getResourceSet());
		context = new PlanSession(domain, factory, project, new LiveSchedule(project), SelectionLink.NONE, status::add);
	}

	public WbsElement element(String code) {
		return ModelTexts.outline(project).stream().filter(e -> code.equals(e.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError("no element " + code));
	}

	/** The label of the command that would be undone now. */
	public String undoLabel() {
		return domain.getCommandStack().getUndoCommand() == null ? null : domain.getCommandStack().getUndoCommand().getLabel();
	}

	public String lastStatus() {
		return status.isEmpty() ? "" : status.get(status.size() - 1);
	}
}
