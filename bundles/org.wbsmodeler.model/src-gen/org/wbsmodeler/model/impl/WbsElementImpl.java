/**
 */
package org.wbsmodeler.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDateTime;
import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.wbsmodeler.model.Annotation;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.ConstraintType;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.TaskMode;
import org.wbsmodeler.model.TaskType;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getCustomCode <em>Custom Code</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getEffort <em>Effort</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getFixedCost <em>Fixed Cost</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getPercentComplete <em>Percent Complete</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#isDurationElapsed <em>Duration Elapsed</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getTaskMode <em>Task Mode</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getManualStart <em>Manual Start</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getManualFinish <em>Manual Finish</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getActualStart <em>Actual Start</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getActualFinish <em>Actual Finish</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getActualCost <em>Actual Cost</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getConstraintType <em>Constraint Type</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getConstraintDate <em>Constraint Date</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getCalendar <em>Calendar</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getAssignments <em>Assignments</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getPredecessors <em>Predecessors</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getEarlyStart <em>Early Start</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getEarlyFinish <em>Early Finish</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getLateStart <em>Late Start</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getLateFinish <em>Late Finish</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getTotalFloat <em>Total Float</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getFreeFloat <em>Free Float</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#isCritical <em>Critical</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#getTaskType <em>Task Type</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.WbsElementImpl#isEffortDriven <em>Effort Driven</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class WbsElementImpl extends MinimalEObjectImpl.Container implements WbsElement {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCustomCode() <em>Custom Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CUSTOM_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomCode() <em>Custom Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomCode()
	 * @generated
	 * @ordered
	 */
	protected String customCode = CUSTOM_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected static final double DURATION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected double duration = DURATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEffort() <em>Effort</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffort()
	 * @generated
	 * @ordered
	 */
	protected static final double EFFORT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getEffort() <em>Effort</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffort()
	 * @generated
	 * @ordered
	 */
	protected double effort = EFFORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFixedCost() <em>Fixed Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedCost()
	 * @generated
	 * @ordered
	 */
	protected static final double FIXED_COST_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFixedCost() <em>Fixed Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedCost()
	 * @generated
	 * @ordered
	 */
	protected double fixedCost = FIXED_COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getPercentComplete() <em>Percent Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercentComplete()
	 * @generated
	 * @ordered
	 */
	protected static final double PERCENT_COMPLETE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPercentComplete() <em>Percent Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercentComplete()
	 * @generated
	 * @ordered
	 */
	protected double percentComplete = PERCENT_COMPLETE_EDEFAULT;

	/**
	 * The default value of the '{@link #isDurationElapsed() <em>Duration Elapsed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDurationElapsed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DURATION_ELAPSED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDurationElapsed() <em>Duration Elapsed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDurationElapsed()
	 * @generated
	 * @ordered
	 */
	protected boolean durationElapsed = DURATION_ELAPSED_EDEFAULT;

	/**
	 * The default value of the '{@link #getTaskMode() <em>Task Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskMode()
	 * @generated
	 * @ordered
	 */
	protected static final TaskMode TASK_MODE_EDEFAULT = TaskMode.AUTO;

	/**
	 * The cached value of the '{@link #getTaskMode() <em>Task Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskMode()
	 * @generated
	 * @ordered
	 */
	protected TaskMode taskMode = TASK_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getManualStart() <em>Manual Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManualStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime MANUAL_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManualStart() <em>Manual Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManualStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime manualStart = MANUAL_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getManualFinish() <em>Manual Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManualFinish()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime MANUAL_FINISH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManualFinish() <em>Manual Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManualFinish()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime manualFinish = MANUAL_FINISH_EDEFAULT;

	/**
	 * The default value of the '{@link #getActualStart() <em>Actual Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime ACTUAL_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActualStart() <em>Actual Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime actualStart = ACTUAL_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getActualFinish() <em>Actual Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualFinish()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime ACTUAL_FINISH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActualFinish() <em>Actual Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualFinish()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime actualFinish = ACTUAL_FINISH_EDEFAULT;

	/**
	 * The default value of the '{@link #getActualCost() <em>Actual Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualCost()
	 * @generated
	 * @ordered
	 */
	protected static final double ACTUAL_COST_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getActualCost() <em>Actual Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualCost()
	 * @generated
	 * @ordered
	 */
	protected double actualCost = ACTUAL_COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getConstraintType() <em>Constraint Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConstraintType()
	 * @generated
	 * @ordered
	 */
	protected static final ConstraintType CONSTRAINT_TYPE_EDEFAULT = ConstraintType.ASAP;

	/**
	 * The cached value of the '{@link #getConstraintType() <em>Constraint Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConstraintType()
	 * @generated
	 * @ordered
	 */
	protected ConstraintType constraintType = CONSTRAINT_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getConstraintDate() <em>Constraint Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConstraintDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime CONSTRAINT_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConstraintDate() <em>Constraint Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConstraintDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime constraintDate = CONSTRAINT_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCalendar() <em>Calendar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalendar()
	 * @generated
	 * @ordered
	 */
	protected Calendar calendar;

	/**
	 * The cached value of the '{@link #getAssignments() <em>Assignments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignments()
	 * @generated
	 * @ordered
	 */
	protected EList<Assignment> assignments;

	/**
	 * The cached value of the '{@link #getPredecessors() <em>Predecessors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredecessors()
	 * @generated
	 * @ordered
	 */
	protected EList<Dependency> predecessors;

	/**
	 * The default value of the '{@link #getEarlyStart() <em>Early Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarlyStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime EARLY_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEarlyStart() <em>Early Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarlyStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime earlyStart = EARLY_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEarlyFinish() <em>Early Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarlyFinish()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime EARLY_FINISH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEarlyFinish() <em>Early Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarlyFinish()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime earlyFinish = EARLY_FINISH_EDEFAULT;

	/**
	 * The default value of the '{@link #getLateStart() <em>Late Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLateStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime LATE_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLateStart() <em>Late Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLateStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime lateStart = LATE_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getLateFinish() <em>Late Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLateFinish()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime LATE_FINISH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLateFinish() <em>Late Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLateFinish()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime lateFinish = LATE_FINISH_EDEFAULT;

	/**
	 * The default value of the '{@link #getTotalFloat() <em>Total Float</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalFloat()
	 * @generated
	 * @ordered
	 */
	protected static final double TOTAL_FLOAT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTotalFloat() <em>Total Float</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalFloat()
	 * @generated
	 * @ordered
	 */
	protected double totalFloat = TOTAL_FLOAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFreeFloat() <em>Free Float</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFreeFloat()
	 * @generated
	 * @ordered
	 */
	protected static final double FREE_FLOAT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFreeFloat() <em>Free Float</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFreeFloat()
	 * @generated
	 * @ordered
	 */
	protected double freeFloat = FREE_FLOAT_EDEFAULT;

	/**
	 * The default value of the '{@link #isCritical() <em>Critical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCritical()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CRITICAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCritical() <em>Critical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCritical()
	 * @generated
	 * @ordered
	 */
	protected boolean critical = CRITICAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnnotations() <em>Annotations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotations()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotation> annotations;

	/**
	 * The default value of the '{@link #getTaskType() <em>Task Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskType()
	 * @generated
	 * @ordered
	 */
	protected static final TaskType TASK_TYPE_EDEFAULT = TaskType.FIXED_UNITS;

	/**
	 * The cached value of the '{@link #getTaskType() <em>Task Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskType()
	 * @generated
	 * @ordered
	 */
	protected TaskType taskType = TASK_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #isEffortDriven() <em>Effort Driven</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEffortDriven()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EFFORT_DRIVEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEffortDriven() <em>Effort Driven</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEffortDriven()
	 * @generated
	 * @ordered
	 */
	protected boolean effortDriven = EFFORT_DRIVEN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WbsElementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WbsPackage.Literals.WBS_ELEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCustomCode() {
		return customCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomCode(String newCustomCode) {
		String oldCustomCode = customCode;
		customCode = newCustomCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__CUSTOM_CODE, oldCustomCode, customCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return org.wbsmodeler.model.util.WbsCodes.codeOf(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDuration() {
		return duration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDuration(double newDuration) {
		double oldDuration = duration;
		duration = newDuration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__DURATION, oldDuration, duration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEffort() {
		return effort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffort(double newEffort) {
		double oldEffort = effort;
		effort = newEffort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__EFFORT, oldEffort, effort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFixedCost() {
		return fixedCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFixedCost(double newFixedCost) {
		double oldFixedCost = fixedCost;
		fixedCost = newFixedCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__FIXED_COST, oldFixedCost, fixedCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPercentComplete() {
		return percentComplete;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPercentComplete(double newPercentComplete) {
		double oldPercentComplete = percentComplete;
		percentComplete = newPercentComplete;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__PERCENT_COMPLETE, oldPercentComplete, percentComplete));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDurationElapsed() {
		return durationElapsed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationElapsed(boolean newDurationElapsed) {
		boolean oldDurationElapsed = durationElapsed;
		durationElapsed = newDurationElapsed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__DURATION_ELAPSED, oldDurationElapsed, durationElapsed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskMode getTaskMode() {
		return taskMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTaskMode(TaskMode newTaskMode) {
		TaskMode oldTaskMode = taskMode;
		taskMode = newTaskMode == null ? TASK_MODE_EDEFAULT : newTaskMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__TASK_MODE, oldTaskMode, taskMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getManualStart() {
		return manualStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManualStart(LocalDateTime newManualStart) {
		LocalDateTime oldManualStart = manualStart;
		manualStart = newManualStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__MANUAL_START, oldManualStart, manualStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getManualFinish() {
		return manualFinish;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManualFinish(LocalDateTime newManualFinish) {
		LocalDateTime oldManualFinish = manualFinish;
		manualFinish = newManualFinish;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__MANUAL_FINISH, oldManualFinish, manualFinish));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getActualStart() {
		return actualStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualStart(LocalDateTime newActualStart) {
		LocalDateTime oldActualStart = actualStart;
		actualStart = newActualStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__ACTUAL_START, oldActualStart, actualStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getActualFinish() {
		return actualFinish;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualFinish(LocalDateTime newActualFinish) {
		LocalDateTime oldActualFinish = actualFinish;
		actualFinish = newActualFinish;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__ACTUAL_FINISH, oldActualFinish, actualFinish));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getActualCost() {
		return actualCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualCost(double newActualCost) {
		double oldActualCost = actualCost;
		actualCost = newActualCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__ACTUAL_COST, oldActualCost, actualCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConstraintType getConstraintType() {
		return constraintType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConstraintType(ConstraintType newConstraintType) {
		ConstraintType oldConstraintType = constraintType;
		constraintType = newConstraintType == null ? CONSTRAINT_TYPE_EDEFAULT : newConstraintType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__CONSTRAINT_TYPE, oldConstraintType, constraintType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getConstraintDate() {
		return constraintDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConstraintDate(LocalDateTime newConstraintDate) {
		LocalDateTime oldConstraintDate = constraintDate;
		constraintDate = newConstraintDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__CONSTRAINT_DATE, oldConstraintDate, constraintDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Calendar getCalendar() {
		if (calendar != null && calendar.eIsProxy()) {
			InternalEObject oldCalendar = (InternalEObject)calendar;
			calendar = (Calendar)eResolveProxy(oldCalendar);
			if (calendar != oldCalendar) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WbsPackage.WBS_ELEMENT__CALENDAR, oldCalendar, calendar));
			}
		}
		return calendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Calendar basicGetCalendar() {
		return calendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCalendar(Calendar newCalendar) {
		Calendar oldCalendar = calendar;
		calendar = newCalendar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__CALENDAR, oldCalendar, calendar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assignment> getAssignments() {
		if (assignments == null) {
			assignments = new EObjectContainmentEList<Assignment>(Assignment.class, this, WbsPackage.WBS_ELEMENT__ASSIGNMENTS);
		}
		return assignments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Dependency> getPredecessors() {
		if (predecessors == null) {
			predecessors = new EObjectContainmentWithInverseEList<Dependency>(Dependency.class, this, WbsPackage.WBS_ELEMENT__PREDECESSORS, WbsPackage.DEPENDENCY__SUCCESSOR);
		}
		return predecessors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getEarlyStart() {
		return earlyStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEarlyStart(LocalDateTime newEarlyStart) {
		LocalDateTime oldEarlyStart = earlyStart;
		earlyStart = newEarlyStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__EARLY_START, oldEarlyStart, earlyStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getEarlyFinish() {
		return earlyFinish;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEarlyFinish(LocalDateTime newEarlyFinish) {
		LocalDateTime oldEarlyFinish = earlyFinish;
		earlyFinish = newEarlyFinish;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__EARLY_FINISH, oldEarlyFinish, earlyFinish));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getLateStart() {
		return lateStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLateStart(LocalDateTime newLateStart) {
		LocalDateTime oldLateStart = lateStart;
		lateStart = newLateStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__LATE_START, oldLateStart, lateStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getLateFinish() {
		return lateFinish;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLateFinish(LocalDateTime newLateFinish) {
		LocalDateTime oldLateFinish = lateFinish;
		lateFinish = newLateFinish;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__LATE_FINISH, oldLateFinish, lateFinish));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTotalFloat() {
		return totalFloat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotalFloat(double newTotalFloat) {
		double oldTotalFloat = totalFloat;
		totalFloat = newTotalFloat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__TOTAL_FLOAT, oldTotalFloat, totalFloat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFreeFloat() {
		return freeFloat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFreeFloat(double newFreeFloat) {
		double oldFreeFloat = freeFloat;
		freeFloat = newFreeFloat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__FREE_FLOAT, oldFreeFloat, freeFloat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCritical() {
		return critical;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCritical(boolean newCritical) {
		boolean oldCritical = critical;
		critical = newCritical;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__CRITICAL, oldCritical, critical));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getAnnotations() {
		if (annotations == null) {
			annotations = new EObjectContainmentWithInverseEList<Annotation>(Annotation.class, this, WbsPackage.WBS_ELEMENT__ANNOTATIONS, WbsPackage.ANNOTATION__ELEMENT);
		}
		return annotations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskType getTaskType() {
		return taskType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTaskType(TaskType newTaskType) {
		TaskType oldTaskType = taskType;
		taskType = newTaskType == null ? TASK_TYPE_EDEFAULT : newTaskType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__TASK_TYPE, oldTaskType, taskType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEffortDriven() {
		return effortDriven;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffortDriven(boolean newEffortDriven) {
		boolean oldEffortDriven = effortDriven;
		effortDriven = newEffortDriven;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.WBS_ELEMENT__EFFORT_DRIVEN, oldEffortDriven, effortDriven));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WbsContainer parent() {
		org.eclipse.emf.ecore.EObject container = eContainer();
		return container instanceof WbsContainer ? (WbsContainer)container : null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSummary() {
		return org.wbsmodeler.model.outline.Summaries.isSummary(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WbsPackage.WBS_ELEMENT__PREDECESSORS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPredecessors()).basicAdd(otherEnd, msgs);
			case WbsPackage.WBS_ELEMENT__ANNOTATIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getAnnotations()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WbsPackage.WBS_ELEMENT__ASSIGNMENTS:
				return ((InternalEList<?>)getAssignments()).basicRemove(otherEnd, msgs);
			case WbsPackage.WBS_ELEMENT__PREDECESSORS:
				return ((InternalEList<?>)getPredecessors()).basicRemove(otherEnd, msgs);
			case WbsPackage.WBS_ELEMENT__ANNOTATIONS:
				return ((InternalEList<?>)getAnnotations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WbsPackage.WBS_ELEMENT__NAME:
				return getName();
			case WbsPackage.WBS_ELEMENT__DESCRIPTION:
				return getDescription();
			case WbsPackage.WBS_ELEMENT__OWNER:
				return getOwner();
			case WbsPackage.WBS_ELEMENT__CUSTOM_CODE:
				return getCustomCode();
			case WbsPackage.WBS_ELEMENT__CODE:
				return getCode();
			case WbsPackage.WBS_ELEMENT__DURATION:
				return getDuration();
			case WbsPackage.WBS_ELEMENT__EFFORT:
				return getEffort();
			case WbsPackage.WBS_ELEMENT__FIXED_COST:
				return getFixedCost();
			case WbsPackage.WBS_ELEMENT__PERCENT_COMPLETE:
				return getPercentComplete();
			case WbsPackage.WBS_ELEMENT__DURATION_ELAPSED:
				return isDurationElapsed();
			case WbsPackage.WBS_ELEMENT__TASK_MODE:
				return getTaskMode();
			case WbsPackage.WBS_ELEMENT__MANUAL_START:
				return getManualStart();
			case WbsPackage.WBS_ELEMENT__MANUAL_FINISH:
				return getManualFinish();
			case WbsPackage.WBS_ELEMENT__ACTUAL_START:
				return getActualStart();
			case WbsPackage.WBS_ELEMENT__ACTUAL_FINISH:
				return getActualFinish();
			case WbsPackage.WBS_ELEMENT__ACTUAL_COST:
				return getActualCost();
			case WbsPackage.WBS_ELEMENT__CONSTRAINT_TYPE:
				return getConstraintType();
			case WbsPackage.WBS_ELEMENT__CONSTRAINT_DATE:
				return getConstraintDate();
			case WbsPackage.WBS_ELEMENT__CALENDAR:
				if (resolve) return getCalendar();
				return basicGetCalendar();
			case WbsPackage.WBS_ELEMENT__ASSIGNMENTS:
				return getAssignments();
			case WbsPackage.WBS_ELEMENT__PREDECESSORS:
				return getPredecessors();
			case WbsPackage.WBS_ELEMENT__EARLY_START:
				return getEarlyStart();
			case WbsPackage.WBS_ELEMENT__EARLY_FINISH:
				return getEarlyFinish();
			case WbsPackage.WBS_ELEMENT__LATE_START:
				return getLateStart();
			case WbsPackage.WBS_ELEMENT__LATE_FINISH:
				return getLateFinish();
			case WbsPackage.WBS_ELEMENT__TOTAL_FLOAT:
				return getTotalFloat();
			case WbsPackage.WBS_ELEMENT__FREE_FLOAT:
				return getFreeFloat();
			case WbsPackage.WBS_ELEMENT__CRITICAL:
				return isCritical();
			case WbsPackage.WBS_ELEMENT__ANNOTATIONS:
				return getAnnotations();
			case WbsPackage.WBS_ELEMENT__TASK_TYPE:
				return getTaskType();
			case WbsPackage.WBS_ELEMENT__EFFORT_DRIVEN:
				return isEffortDriven();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WbsPackage.WBS_ELEMENT__NAME:
				setName((String)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__OWNER:
				setOwner((String)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__CUSTOM_CODE:
				setCustomCode((String)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__DURATION:
				setDuration((Double)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__EFFORT:
				setEffort((Double)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__FIXED_COST:
				setFixedCost((Double)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__PERCENT_COMPLETE:
				setPercentComplete((Double)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__DURATION_ELAPSED:
				setDurationElapsed((Boolean)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__TASK_MODE:
				setTaskMode((TaskMode)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__MANUAL_START:
				setManualStart((LocalDateTime)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__MANUAL_FINISH:
				setManualFinish((LocalDateTime)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__ACTUAL_START:
				setActualStart((LocalDateTime)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__ACTUAL_FINISH:
				setActualFinish((LocalDateTime)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__ACTUAL_COST:
				setActualCost((Double)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__CONSTRAINT_TYPE:
				setConstraintType((ConstraintType)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__CONSTRAINT_DATE:
				setConstraintDate((LocalDateTime)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__CALENDAR:
				setCalendar((Calendar)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__ASSIGNMENTS:
				getAssignments().clear();
				getAssignments().addAll((Collection<? extends Assignment>)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__PREDECESSORS:
				getPredecessors().clear();
				getPredecessors().addAll((Collection<? extends Dependency>)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__EARLY_START:
				setEarlyStart((LocalDateTime)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__EARLY_FINISH:
				setEarlyFinish((LocalDateTime)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__LATE_START:
				setLateStart((LocalDateTime)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__LATE_FINISH:
				setLateFinish((LocalDateTime)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__TOTAL_FLOAT:
				setTotalFloat((Double)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__FREE_FLOAT:
				setFreeFloat((Double)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__CRITICAL:
				setCritical((Boolean)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__ANNOTATIONS:
				getAnnotations().clear();
				getAnnotations().addAll((Collection<? extends Annotation>)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__TASK_TYPE:
				setTaskType((TaskType)newValue);
				return;
			case WbsPackage.WBS_ELEMENT__EFFORT_DRIVEN:
				setEffortDriven((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case WbsPackage.WBS_ELEMENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__CUSTOM_CODE:
				setCustomCode(CUSTOM_CODE_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__DURATION:
				setDuration(DURATION_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__EFFORT:
				setEffort(EFFORT_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__FIXED_COST:
				setFixedCost(FIXED_COST_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__PERCENT_COMPLETE:
				setPercentComplete(PERCENT_COMPLETE_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__DURATION_ELAPSED:
				setDurationElapsed(DURATION_ELAPSED_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__TASK_MODE:
				setTaskMode(TASK_MODE_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__MANUAL_START:
				setManualStart(MANUAL_START_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__MANUAL_FINISH:
				setManualFinish(MANUAL_FINISH_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__ACTUAL_START:
				setActualStart(ACTUAL_START_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__ACTUAL_FINISH:
				setActualFinish(ACTUAL_FINISH_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__ACTUAL_COST:
				setActualCost(ACTUAL_COST_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__CONSTRAINT_TYPE:
				setConstraintType(CONSTRAINT_TYPE_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__CONSTRAINT_DATE:
				setConstraintDate(CONSTRAINT_DATE_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__CALENDAR:
				setCalendar((Calendar)null);
				return;
			case WbsPackage.WBS_ELEMENT__ASSIGNMENTS:
				getAssignments().clear();
				return;
			case WbsPackage.WBS_ELEMENT__PREDECESSORS:
				getPredecessors().clear();
				return;
			case WbsPackage.WBS_ELEMENT__EARLY_START:
				setEarlyStart(EARLY_START_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__EARLY_FINISH:
				setEarlyFinish(EARLY_FINISH_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__LATE_START:
				setLateStart(LATE_START_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__LATE_FINISH:
				setLateFinish(LATE_FINISH_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__TOTAL_FLOAT:
				setTotalFloat(TOTAL_FLOAT_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__FREE_FLOAT:
				setFreeFloat(FREE_FLOAT_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__CRITICAL:
				setCritical(CRITICAL_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__ANNOTATIONS:
				getAnnotations().clear();
				return;
			case WbsPackage.WBS_ELEMENT__TASK_TYPE:
				setTaskType(TASK_TYPE_EDEFAULT);
				return;
			case WbsPackage.WBS_ELEMENT__EFFORT_DRIVEN:
				setEffortDriven(EFFORT_DRIVEN_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case WbsPackage.WBS_ELEMENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case WbsPackage.WBS_ELEMENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case WbsPackage.WBS_ELEMENT__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case WbsPackage.WBS_ELEMENT__CUSTOM_CODE:
				return CUSTOM_CODE_EDEFAULT == null ? customCode != null : !CUSTOM_CODE_EDEFAULT.equals(customCode);
			case WbsPackage.WBS_ELEMENT__CODE:
				return CODE_EDEFAULT == null ? getCode() != null : !CODE_EDEFAULT.equals(getCode());
			case WbsPackage.WBS_ELEMENT__DURATION:
				return duration != DURATION_EDEFAULT;
			case WbsPackage.WBS_ELEMENT__EFFORT:
				return effort != EFFORT_EDEFAULT;
			case WbsPackage.WBS_ELEMENT__FIXED_COST:
				return fixedCost != FIXED_COST_EDEFAULT;
			case WbsPackage.WBS_ELEMENT__PERCENT_COMPLETE:
				return percentComplete != PERCENT_COMPLETE_EDEFAULT;
			case WbsPackage.WBS_ELEMENT__DURATION_ELAPSED:
				return durationElapsed != DURATION_ELAPSED_EDEFAULT;
			case WbsPackage.WBS_ELEMENT__TASK_MODE:
				return taskMode != TASK_MODE_EDEFAULT;
			case WbsPackage.WBS_ELEMENT__MANUAL_START:
				return MANUAL_START_EDEFAULT == null ? manualStart != null : !MANUAL_START_EDEFAULT.equals(manualStart);
			case WbsPackage.WBS_ELEMENT__MANUAL_FINISH:
				return MANUAL_FINISH_EDEFAULT == null ? manualFinish != null : !MANUAL_FINISH_EDEFAULT.equals(manualFinish);
			case WbsPackage.WBS_ELEMENT__ACTUAL_START:
				return ACTUAL_START_EDEFAULT == null ? actualStart != null : !ACTUAL_START_EDEFAULT.equals(actualStart);
			case WbsPackage.WBS_ELEMENT__ACTUAL_FINISH:
				return ACTUAL_FINISH_EDEFAULT == null ? actualFinish != null : !ACTUAL_FINISH_EDEFAULT.equals(actualFinish);
			case WbsPackage.WBS_ELEMENT__ACTUAL_COST:
				return actualCost != ACTUAL_COST_EDEFAULT;
			case WbsPackage.WBS_ELEMENT__CONSTRAINT_TYPE:
				return constraintType != CONSTRAINT_TYPE_EDEFAULT;
			case WbsPackage.WBS_ELEMENT__CONSTRAINT_DATE:
				return CONSTRAINT_DATE_EDEFAULT == null ? constraintDate != null : !CONSTRAINT_DATE_EDEFAULT.equals(constraintDate);
			case WbsPackage.WBS_ELEMENT__CALENDAR:
				return calendar != null;
			case WbsPackage.WBS_ELEMENT__ASSIGNMENTS:
				return assignments != null && !assignments.isEmpty();
			case WbsPackage.WBS_ELEMENT__PREDECESSORS:
				return predecessors != null && !predecessors.isEmpty();
			case WbsPackage.WBS_ELEMENT__EARLY_START:
				return EARLY_START_EDEFAULT == null ? earlyStart != null : !EARLY_START_EDEFAULT.equals(earlyStart);
			case WbsPackage.WBS_ELEMENT__EARLY_FINISH:
				return EARLY_FINISH_EDEFAULT == null ? earlyFinish != null : !EARLY_FINISH_EDEFAULT.equals(earlyFinish);
			case WbsPackage.WBS_ELEMENT__LATE_START:
				return LATE_START_EDEFAULT == null ? lateStart != null : !LATE_START_EDEFAULT.equals(lateStart);
			case WbsPackage.WBS_ELEMENT__LATE_FINISH:
				return LATE_FINISH_EDEFAULT == null ? lateFinish != null : !LATE_FINISH_EDEFAULT.equals(lateFinish);
			case WbsPackage.WBS_ELEMENT__TOTAL_FLOAT:
				return totalFloat != TOTAL_FLOAT_EDEFAULT;
			case WbsPackage.WBS_ELEMENT__FREE_FLOAT:
				return freeFloat != FREE_FLOAT_EDEFAULT;
			case WbsPackage.WBS_ELEMENT__CRITICAL:
				return critical != CRITICAL_EDEFAULT;
			case WbsPackage.WBS_ELEMENT__ANNOTATIONS:
				return annotations != null && !annotations.isEmpty();
			case WbsPackage.WBS_ELEMENT__TASK_TYPE:
				return taskType != TASK_TYPE_EDEFAULT;
			case WbsPackage.WBS_ELEMENT__EFFORT_DRIVEN:
				return effortDriven != EFFORT_DRIVEN_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case WbsPackage.WBS_ELEMENT___PARENT:
				return parent();
			case WbsPackage.WBS_ELEMENT___IS_SUMMARY:
				return isSummary();
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", owner: ");
		result.append(owner);
		result.append(", customCode: ");
		result.append(customCode);
		result.append(", duration: ");
		result.append(duration);
		result.append(", effort: ");
		result.append(effort);
		result.append(", fixedCost: ");
		result.append(fixedCost);
		result.append(", percentComplete: ");
		result.append(percentComplete);
		result.append(", durationElapsed: ");
		result.append(durationElapsed);
		result.append(", taskMode: ");
		result.append(taskMode);
		result.append(", manualStart: ");
		result.append(manualStart);
		result.append(", manualFinish: ");
		result.append(manualFinish);
		result.append(", actualStart: ");
		result.append(actualStart);
		result.append(", actualFinish: ");
		result.append(actualFinish);
		result.append(", actualCost: ");
		result.append(actualCost);
		result.append(", constraintType: ");
		result.append(constraintType);
		result.append(", constraintDate: ");
		result.append(constraintDate);
		result.append(", earlyStart: ");
		result.append(earlyStart);
		result.append(", earlyFinish: ");
		result.append(earlyFinish);
		result.append(", lateStart: ");
		result.append(lateStart);
		result.append(", lateFinish: ");
		result.append(lateFinish);
		result.append(", totalFloat: ");
		result.append(totalFloat);
		result.append(", freeFloat: ");
		result.append(freeFloat);
		result.append(", critical: ");
		result.append(critical);
		result.append(", taskType: ");
		result.append(taskType);
		result.append(", effortDriven: ");
		result.append(effortDriven);
		result.append(')');
		return result.toString();
	}

} //WbsElementImpl
