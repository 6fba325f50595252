package org.wbsmodeler.example.risk;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.Collection;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.io.ModelFiles;

/**
 * "New Child > Risk" in the model editor, headless: the editor asks its editing domain for the new child descriptors
 * of the selection (EcoreActionBarContributor does exactly this), and our item providers add those of the installed
 * child creation extenders — here the risk plug-in's.
 */
public class NewChildTest {

	private final ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack());

	@Test
	public void everyKindOfElementOffersARiskAndCreatingItIsOneUndoableCommand() throws Exception {
		Project project = ModelFiles.load(Wbs.example("pschse-crm.wbs"));
		domain.getResourceSet().getResources().add(project.eResource());
		Phase phase = (Phase) project.getChildren().get(0);
		Activity activity = (Activity) org.eclipse.emf.ecore.util.EcoreUtil.getObjectsByType(project.eResource().getContents().get(0).eContents(), WbsPackage.Literals.PHASE)
				.stream().findFirst().map(p -> ((Phase) p).getChildren().get(0)).map(d -> ((org.wbsmodeler.model.Deliverable) d).getChildren().get(0)).orElseThrow();

		assertNotNull("a phase offers a risk", riskDescriptor(domain.getNewChildDescriptors(phase, null)));
		CommandParameter descriptor = riskDescriptor(domain.getNewChildDescriptors(activity, null));
		assertNotNull("an activity offers a risk", descriptor);
		assertEquals(WbsPackage.Literals.WBS_ELEMENT__ANNOTATIONS, descriptor.getEStructuralFeature());

		Command create = CreateChildCommand.create(domain, activity, descriptor, java.util.List.of(activity));
		assertTrue(create.canExecute());
		// the menu entry's text comes from the plug-in's item provider
		assertEquals("Risk", ((org.eclipse.emf.edit.command.CreateChildCommand) create).getText().replace("Annotations ", "").strip().replace("New ", ""));
		domain.getCommandStack().execute(create);
		assertEquals(1, activity.getAnnotations().size());
		Risk risk = (Risk) activity.getAnnotations().get(0);

		// Properties: the item provider describes every attribute and the mitigation reference
		IItemPropertySource properties = (IItemPropertySource) adapters.adapt(risk, IItemPropertySource.class);
		java.util.Set<String> names = new java.util.TreeSet<>();
		for (IItemPropertyDescriptor property : properties.getPropertyDescriptors(risk)) {
			names.add(property.getId(risk));
		}
		assertEquals(java.util.Set.of("title", "probability", "impact", "exposure", "owner", "mitigation"), names);
		IItemLabelProvider labels = (IItemLabelProvider) adapters.adapt(risk, IItemLabelProvider.class);
		assertNotNull("the risk has an icon", labels.getImage(risk));

		domain.getCommandStack().undo();
		assertTrue(activity.getAnnotations().isEmpty());
	}

	private static CommandParameter riskDescriptor(Collection<?> descriptors) {
		for (Object descriptor : descriptors) {
			if (descriptor instanceof CommandParameter parameter && parameter.getValue() instanceof Risk) {
				return parameter;
			}
		}
		return null;
	}
}
