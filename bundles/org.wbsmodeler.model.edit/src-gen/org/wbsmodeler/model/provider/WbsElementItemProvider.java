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

import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.WbsPackage;

/**
 * This is the item provider adapter for a {@link org.wbsmodeler.model.WbsElement} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class WbsElementItemProvider 
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
	public WbsElementItemProvider(AdapterFactory adapterFactory) {
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
			addOwnerPropertyDescriptor(object);
			addCustomCodePropertyDescriptor(object);
			addCodePropertyDescriptor(object);
			addDurationPropertyDescriptor(object);
			addEffortPropertyDescriptor(object);
			addFixedCostPropertyDescriptor(object);
			addPercentCompletePropertyDescriptor(object);
			addDurationElapsedPropertyDescriptor(object);
			addTaskModePropertyDescriptor(object);
			addManualStartPropertyDescriptor(object);
			addManualFinishPropertyDescriptor(object);
			addActualStartPropertyDescriptor(object);
			addActualFinishPropertyDescriptor(object);
			addActualCostPropertyDescriptor(object);
			addConstraintTypePropertyDescriptor(object);
			addConstraintDatePropertyDescriptor(object);
			addCalendarPropertyDescriptor(object);
			addEarlyStartPropertyDescriptor(object);
			addEarlyFinishPropertyDescriptor(object);
			addLateStartPropertyDescriptor(object);
			addLateFinishPropertyDescriptor(object);
			addTotalFloatPropertyDescriptor(object);
			addFreeFloatPropertyDescriptor(object);
			addCriticalPropertyDescriptor(object);
			addTaskTypePropertyDescriptor(object);
			addEffortDrivenPropertyDescriptor(object);
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
				 getString("_UI_WbsElement_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_name_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__NAME,
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
				 getString("_UI_WbsElement_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_description_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Owner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOwnerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_owner_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_owner_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__OWNER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Custom Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCustomCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_customCode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_customCode_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__CUSTOM_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_code_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_code_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__CODE,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Duration feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDurationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_duration_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_duration_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__DURATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Effort feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEffortPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_effort_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_effort_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__EFFORT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fixed Cost feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFixedCostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_fixedCost_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_fixedCost_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__FIXED_COST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Percent Complete feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPercentCompletePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_percentComplete_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_percentComplete_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__PERCENT_COMPLETE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Duration Elapsed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDurationElapsedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_durationElapsed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_durationElapsed_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__DURATION_ELAPSED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Task Mode feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTaskModePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_taskMode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_taskMode_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__TASK_MODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Manual Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addManualStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_manualStart_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_manualStart_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__MANUAL_START,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Manual Finish feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addManualFinishPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_manualFinish_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_manualFinish_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__MANUAL_FINISH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Actual Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActualStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_actualStart_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_actualStart_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__ACTUAL_START,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Actual Finish feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActualFinishPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_actualFinish_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_actualFinish_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__ACTUAL_FINISH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Actual Cost feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActualCostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_actualCost_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_actualCost_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__ACTUAL_COST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Constraint Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConstraintTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_constraintType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_constraintType_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__CONSTRAINT_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Constraint Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConstraintDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_constraintDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_constraintDate_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__CONSTRAINT_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Calendar feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCalendarPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_calendar_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_calendar_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__CALENDAR,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Early Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEarlyStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_earlyStart_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_earlyStart_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__EARLY_START,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Early Finish feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEarlyFinishPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_earlyFinish_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_earlyFinish_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__EARLY_FINISH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Late Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLateStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_lateStart_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_lateStart_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__LATE_START,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Late Finish feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLateFinishPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_lateFinish_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_lateFinish_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__LATE_FINISH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Total Float feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTotalFloatPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_totalFloat_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_totalFloat_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__TOTAL_FLOAT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Free Float feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFreeFloatPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_freeFloat_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_freeFloat_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__FREE_FLOAT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Critical feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCriticalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_critical_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_critical_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__CRITICAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Task Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTaskTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_taskType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_taskType_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__TASK_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Effort Driven feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEffortDrivenPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WbsElement_effortDriven_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WbsElement_effortDriven_feature", "_UI_WbsElement_type"),
				 WbsPackage.Literals.WBS_ELEMENT__EFFORT_DRIVEN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
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
			childrenFeatures.add(WbsPackage.Literals.WBS_ELEMENT__ASSIGNMENTS);
			childrenFeatures.add(WbsPackage.Literals.WBS_ELEMENT__PREDECESSORS);
			childrenFeatures.add(WbsPackage.Literals.WBS_ELEMENT__ANNOTATIONS);
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
		String label = ((WbsElement)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_WbsElement_type") :
			getString("_UI_WbsElement_type") + " " + label;
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

		switch (notification.getFeatureID(WbsElement.class)) {
			case WbsPackage.WBS_ELEMENT__NAME:
			case WbsPackage.WBS_ELEMENT__DESCRIPTION:
			case WbsPackage.WBS_ELEMENT__OWNER:
			case WbsPackage.WBS_ELEMENT__CUSTOM_CODE:
			case WbsPackage.WBS_ELEMENT__CODE:
			case WbsPackage.WBS_ELEMENT__DURATION:
			case WbsPackage.WBS_ELEMENT__EFFORT:
			case WbsPackage.WBS_ELEMENT__FIXED_COST:
			case WbsPackage.WBS_ELEMENT__PERCENT_COMPLETE:
			case WbsPackage.WBS_ELEMENT__DURATION_ELAPSED:
			case WbsPackage.WBS_ELEMENT__TASK_MODE:
			case WbsPackage.WBS_ELEMENT__MANUAL_START:
			case WbsPackage.WBS_ELEMENT__MANUAL_FINISH:
			case WbsPackage.WBS_ELEMENT__ACTUAL_START:
			case WbsPackage.WBS_ELEMENT__ACTUAL_FINISH:
			case WbsPackage.WBS_ELEMENT__ACTUAL_COST:
			case WbsPackage.WBS_ELEMENT__CONSTRAINT_TYPE:
			case WbsPackage.WBS_ELEMENT__CONSTRAINT_DATE:
			case WbsPackage.WBS_ELEMENT__EARLY_START:
			case WbsPackage.WBS_ELEMENT__EARLY_FINISH:
			case WbsPackage.WBS_ELEMENT__LATE_START:
			case WbsPackage.WBS_ELEMENT__LATE_FINISH:
			case WbsPackage.WBS_ELEMENT__TOTAL_FLOAT:
			case WbsPackage.WBS_ELEMENT__FREE_FLOAT:
			case WbsPackage.WBS_ELEMENT__CRITICAL:
			case WbsPackage.WBS_ELEMENT__TASK_TYPE:
			case WbsPackage.WBS_ELEMENT__EFFORT_DRIVEN:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case WbsPackage.WBS_ELEMENT__ASSIGNMENTS:
			case WbsPackage.WBS_ELEMENT__PREDECESSORS:
			case WbsPackage.WBS_ELEMENT__ANNOTATIONS:
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
				(WbsPackage.Literals.WBS_ELEMENT__ASSIGNMENTS,
				 WbsFactory.eINSTANCE.createAssignment()));

		newChildDescriptors.add
			(createChildParameter
				(WbsPackage.Literals.WBS_ELEMENT__PREDECESSORS,
				 WbsFactory.eINSTANCE.createDependency()));
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
