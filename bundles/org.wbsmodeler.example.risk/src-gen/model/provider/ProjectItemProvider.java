/**
 */
package model.provider;


import java.util.Collection;
import java.util.List;

import model.ModelFactory;
import model.ModelPackage;
import model.Project;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.wbsmodeler.example.risk.provider.RiskEditPlugin;

/**
 * This is the item provider adapter for a {@link model.Project} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ProjectItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProjectItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addStartPropertyDescriptor(object);
			addStatusDatePropertyDescriptor(object);
			addCurrencyPropertyDescriptor(object);
			addDefaultCalendarPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_name_feature", "_UI_Project_type"),
				 ModelPackage.Literals.PROJECT__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_description_feature", "_UI_Project_type"),
				 ModelPackage.Literals.PROJECT__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_start_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_start_feature", "_UI_Project_type"),
				 ModelPackage.Literals.PROJECT__START,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_statusDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_statusDate_feature", "_UI_Project_type"),
				 ModelPackage.Literals.PROJECT__STATUS_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Currency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCurrencyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_currency_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_currency_feature", "_UI_Project_type"),
				 ModelPackage.Literals.PROJECT__CURRENCY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Default Calendar feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDefaultCalendarPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_defaultCalendar_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_defaultCalendar_feature", "_UI_Project_type"),
				 ModelPackage.Literals.PROJECT__DEFAULT_CALENDAR,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ModelPackage.Literals.WBS_CONTAINER__CHILDREN);
			childrenFeatures.add(ModelPackage.Literals.PROJECT__CALENDARS);
			childrenFeatures.add(ModelPackage.Literals.PROJECT__RESOURCES);
			childrenFeatures.add(ModelPackage.Literals.PROJECT__ROLES);
			childrenFeatures.add(ModelPackage.Literals.PROJECT__BASELINES);
			childrenFeatures.add(ModelPackage.Literals.PROJECT__PROCESS_BREAKDOWN);
			childrenFeatures.add(ModelPackage.Literals.PROJECT__CRM);
			childrenFeatures.add(ModelPackage.Literals.PROJECT__VIEWS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Project.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Project"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Project)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Project_type") :
			getString("_UI_Project_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Project.class)) {
			case ModelPackage.PROJECT__NAME:
			case ModelPackage.PROJECT__DESCRIPTION:
			case ModelPackage.PROJECT__START:
			case ModelPackage.PROJECT__STATUS_DATE:
			case ModelPackage.PROJECT__CURRENCY:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ModelPackage.PROJECT__CHILDREN:
			case ModelPackage.PROJECT__CALENDARS:
			case ModelPackage.PROJECT__RESOURCES:
			case ModelPackage.PROJECT__ROLES:
			case ModelPackage.PROJECT__BASELINES:
			case ModelPackage.PROJECT__PROCESS_BREAKDOWN:
			case ModelPackage.PROJECT__CRM:
			case ModelPackage.PROJECT__VIEWS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.WBS_CONTAINER__CHILDREN,
				 ModelFactory.eINSTANCE.createPhase()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.WBS_CONTAINER__CHILDREN,
				 ModelFactory.eINSTANCE.createDeliverable()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.WBS_CONTAINER__CHILDREN,
				 ModelFactory.eINSTANCE.createWorkPackage()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.WBS_CONTAINER__CHILDREN,
				 ModelFactory.eINSTANCE.createActivity()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.WBS_CONTAINER__CHILDREN,
				 ModelFactory.eINSTANCE.createMilestone()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECT__CALENDARS,
				 ModelFactory.eINSTANCE.createCalendar()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECT__RESOURCES,
				 ModelFactory.eINSTANCE.createResource()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECT__ROLES,
				 ModelFactory.eINSTANCE.createRole()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECT__BASELINES,
				 ModelFactory.eINSTANCE.createBaseline()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECT__PROCESS_BREAKDOWN,
				 ModelFactory.eINSTANCE.createProcessBreakdown()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECT__CRM,
				 ModelFactory.eINSTANCE.createCrmScope()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECT__VIEWS,
				 ModelFactory.eINSTANCE.createView()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return RiskEditPlugin.INSTANCE;
	}

}
