/**
 */
package org.wbsmodeler.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IChildCreationExtender;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.WbsPackage;

/**
 * This is the item provider adapter for a {@link org.wbsmodeler.model.Project} object.
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
				 WbsPackage.Literals.PROJECT__NAME,
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
				 WbsPackage.Literals.PROJECT__DESCRIPTION,
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
				 WbsPackage.Literals.PROJECT__START,
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
				 WbsPackage.Literals.PROJECT__STATUS_DATE,
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
				 WbsPackage.Literals.PROJECT__CURRENCY,
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
				 WbsPackage.Literals.PROJECT__DEFAULT_CALENDAR,
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
			childrenFeatures.add(WbsPackage.Literals.WBS_CONTAINER__CHILDREN);
			childrenFeatures.add(WbsPackage.Literals.PROJECT__CALENDARS);
			childrenFeatures.add(WbsPackage.Literals.PROJECT__RESOURCES);
			childrenFeatures.add(WbsPackage.Literals.PROJECT__ROLES);
			childrenFeatures.add(WbsPackage.Literals.PROJECT__BASELINES);
			childrenFeatures.add(WbsPackage.Literals.PROJECT__PROCESS_BREAKDOWN);
			childrenFeatures.add(WbsPackage.Literals.PROJECT__CRM);
			childrenFeatures.add(WbsPackage.Literals.PROJECT__VIEWS);
			childrenFeatures.add(WbsPackage.Literals.PROJECT__CORRELATION_GROUPS);
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
			case WbsPackage.PROJECT__NAME:
			case WbsPackage.PROJECT__DESCRIPTION:
			case WbsPackage.PROJECT__START:
			case WbsPackage.PROJECT__STATUS_DATE:
			case WbsPackage.PROJECT__CURRENCY:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case WbsPackage.PROJECT__CHILDREN:
			case WbsPackage.PROJECT__CALENDARS:
			case WbsPackage.PROJECT__RESOURCES:
			case WbsPackage.PROJECT__ROLES:
			case WbsPackage.PROJECT__BASELINES:
			case WbsPackage.PROJECT__PROCESS_BREAKDOWN:
			case WbsPackage.PROJECT__CRM:
			case WbsPackage.PROJECT__VIEWS:
			case WbsPackage.PROJECT__CORRELATION_GROUPS:
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
				(WbsPackage.Literals.WBS_CONTAINER__CHILDREN,
				 WbsFactory.eINSTANCE.createPhase()));

		newChildDescriptors.add
			(createChildParameter
				(WbsPackage.Literals.WBS_CONTAINER__CHILDREN,
				 WbsFactory.eINSTANCE.createDeliverable()));

		newChildDescriptors.add
			(createChildParameter
				(WbsPackage.Literals.WBS_CONTAINER__CHILDREN,
				 WbsFactory.eINSTANCE.createWorkPackage()));

		newChildDescriptors.add
			(createChildParameter
				(WbsPackage.Literals.WBS_CONTAINER__CHILDREN,
				 WbsFactory.eINSTANCE.createActivity()));

		newChildDescriptors.add
			(createChildParameter
				(WbsPackage.Literals.WBS_CONTAINER__CHILDREN,
				 WbsFactory.eINSTANCE.createMilestone()));

		newChildDescriptors.add
			(createChildParameter
				(WbsPackage.Literals.PROJECT__CALENDARS,
				 WbsFactory.eINSTANCE.createCalendar()));

		newChildDescriptors.add
			(createChildParameter
				(WbsPackage.Literals.PROJECT__RESOURCES,
				 WbsFactory.eINSTANCE.createResource()));

		newChildDescriptors.add
			(createChildParameter
				(WbsPackage.Literals.PROJECT__ROLES,
				 WbsFactory.eINSTANCE.createRole()));

		newChildDescriptors.add
			(createChildParameter
				(WbsPackage.Literals.PROJECT__BASELINES,
				 WbsFactory.eINSTANCE.createBaseline()));

		newChildDescriptors.add
			(createChildParameter
				(WbsPackage.Literals.PROJECT__PROCESS_BREAKDOWN,
				 WbsFactory.eINSTANCE.createProcessBreakdown()));

		newChildDescriptors.add
			(createChildParameter
				(WbsPackage.Literals.PROJECT__CRM,
				 WbsFactory.eINSTANCE.createCrmScope()));

		newChildDescriptors.add
			(createChildParameter
				(WbsPackage.Literals.PROJECT__VIEWS,
				 WbsFactory.eINSTANCE.createView()));

		newChildDescriptors.add
			(createChildParameter
				(WbsPackage.Literals.PROJECT__CORRELATION_GROUPS,
				 WbsFactory.eINSTANCE.createCorrelationGroup()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return ((IChildCreationExtender)adapterFactory).getResourceLocator();
	}

}
