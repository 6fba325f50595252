package org.wbsmodeler.model.provider;

import static org.hamcrest.CoreMatchers.hasItems;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.util.ModelBuilder;

/** The EMF.Edit layer the editors build on: labels with codes, property sheets, child creation, undoable commands. */
public class ItemProvidersTest {

	private final WbsItemProviderAdapterFactory factory = new WbsItemProviderAdapterFactory();
	private final ModelBuilder build = new ModelBuilder();
	private final Project project = build.project("P", LocalDate.of(2027, 2, 1));
	private final Phase phase = build.phase(project, "Design", null);
	private final Deliverable deliverable = build.deliverable(phase, "Solution design", null);
	private final Activity activity = build.activity(deliverable, "Design data model", 5, 40);

	private <T> T provider(Object object, Class<T> type) {
		return type.cast(factory.adapt(object, type));
	}

	@Test
	public void labelsShowCodeAndName() {
		assertEquals("1.1.1 Design data model", provider(activity, IItemLabelProvider.class).getText(activity));
		assertEquals("1 Design", provider(phase, IItemLabelProvider.class).getText(phase));
		activity.setName(null);
		assertEquals("1.1.1 Activity", provider(activity, IItemLabelProvider.class).getText(activity));
		assertNotNull(provider(activity, IItemLabelProvider.class).getImage(activity));
	}

	@Test
	public void activityPropertySheetHasEstimatesAndProgress() {
		List<String> ids = provider(activity, IItemPropertySource.class).getPropertyDescriptors(activity).stream()
				.map(d -> ((org.eclipse.emf.ecore.EStructuralFeature) d.getFeature(activity)).getName()).toList();
		assertThat(ids, hasItems("name", "duration", "effort", "fixedCost", "percentComplete", "constraintType", "calendar"));
		IItemPropertyDescriptor code = provider(activity, IItemPropertySource.class).getPropertyDescriptor(activity, "code");
		if (code != null) {
			assertFalse("the derived code is read-only", code.canSetProperty(activity));
		}
	}

	@Test
	public void summariesOfferElementChildrenAndLeavesDoNot() {
		Collection<?> underDeliverable = provider(deliverable, IEditingDomainItemProvider.class).getNewChildDescriptors(deliverable, null, null);
		assertTrue(underDeliverable.stream().anyMatch(d -> ((CommandParameter) d).getValue() instanceof Activity));
		Collection<?> underActivity = provider(activity, IEditingDomainItemProvider.class).getNewChildDescriptors(activity, null, null);
		assertFalse(underActivity.stream().anyMatch(d -> ((CommandParameter) d).getValue() instanceof WbsElement));
	}

	@Test
	public void editsAreUndoable() {
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
		Command rename = SetCommand.create(domain, activity, WbsPackage.Literals.WBS_ELEMENT__DURATION, 8.0);
		assertTrue(rename.canExecute());
		domain.getCommandStack().execute(rename);
		assertEquals(8.0, activity.getDuration(), 0);
		domain.getCommandStack().undo();
		assertEquals(5.0, activity.getDuration(), 0);
	}
}
