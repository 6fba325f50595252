/**
 */
package model.impl;

import java.util.Collection;

import model.ModelPackage;
import model.ProcessStep;
import model.Resource;
import model.Role;
import model.WbsElement;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Process Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link model.impl.ProcessStepImpl#getName <em>Name</em>}</li>
 *   <li>{@link model.impl.ProcessStepImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link model.impl.ProcessStepImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link model.impl.ProcessStepImpl#getResources <em>Resources</em>}</li>
 *   <li>{@link model.impl.ProcessStepImpl#getTiming <em>Timing</em>}</li>
 *   <li>{@link model.impl.ProcessStepImpl#getCycleTime <em>Cycle Time</em>}</li>
 *   <li>{@link model.impl.ProcessStepImpl#getWbsElements <em>Wbs Elements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProcessStepImpl extends MinimalEObjectImpl.Container implements ProcessStep {
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
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Role owner;

	/**
	 * The cached value of the '{@link #getResources() <em>Resources</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResources()
	 * @generated
	 * @ordered
	 */
	protected EList<Resource> resources;

	/**
	 * The default value of the '{@link #getTiming() <em>Timing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTiming()
	 * @generated
	 * @ordered
	 */
	protected static final String TIMING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTiming() <em>Timing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTiming()
	 * @generated
	 * @ordered
	 */
	protected String timing = TIMING_EDEFAULT;

	/**
	 * The default value of the '{@link #getCycleTime() <em>Cycle Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCycleTime()
	 * @generated
	 * @ordered
	 */
	protected static final double CYCLE_TIME_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCycleTime() <em>Cycle Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCycleTime()
	 * @generated
	 * @ordered
	 */
	protected double cycleTime = CYCLE_TIME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWbsElements() <em>Wbs Elements</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWbsElements()
	 * @generated
	 * @ordered
	 */
	protected EList<WbsElement> wbsElements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProcessStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PROCESS_STEP;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROCESS_STEP__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROCESS_STEP__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Role)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.PROCESS_STEP__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Role newOwner) {
		Role oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROCESS_STEP__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Resource> getResources() {
		if (resources == null) {
			resources = new EObjectResolvingEList<Resource>(Resource.class, this, ModelPackage.PROCESS_STEP__RESOURCES);
		}
		return resources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTiming() {
		return timing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTiming(String newTiming) {
		String oldTiming = timing;
		timing = newTiming;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROCESS_STEP__TIMING, oldTiming, timing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCycleTime() {
		return cycleTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCycleTime(double newCycleTime) {
		double oldCycleTime = cycleTime;
		cycleTime = newCycleTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROCESS_STEP__CYCLE_TIME, oldCycleTime, cycleTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WbsElement> getWbsElements() {
		if (wbsElements == null) {
			wbsElements = new EObjectResolvingEList<WbsElement>(WbsElement.class, this, ModelPackage.PROCESS_STEP__WBS_ELEMENTS);
		}
		return wbsElements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.PROCESS_STEP__NAME:
				return getName();
			case ModelPackage.PROCESS_STEP__DESCRIPTION:
				return getDescription();
			case ModelPackage.PROCESS_STEP__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case ModelPackage.PROCESS_STEP__RESOURCES:
				return getResources();
			case ModelPackage.PROCESS_STEP__TIMING:
				return getTiming();
			case ModelPackage.PROCESS_STEP__CYCLE_TIME:
				return getCycleTime();
			case ModelPackage.PROCESS_STEP__WBS_ELEMENTS:
				return getWbsElements();
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
			case ModelPackage.PROCESS_STEP__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.PROCESS_STEP__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ModelPackage.PROCESS_STEP__OWNER:
				setOwner((Role)newValue);
				return;
			case ModelPackage.PROCESS_STEP__RESOURCES:
				getResources().clear();
				getResources().addAll((Collection<? extends Resource>)newValue);
				return;
			case ModelPackage.PROCESS_STEP__TIMING:
				setTiming((String)newValue);
				return;
			case ModelPackage.PROCESS_STEP__CYCLE_TIME:
				setCycleTime((Double)newValue);
				return;
			case ModelPackage.PROCESS_STEP__WBS_ELEMENTS:
				getWbsElements().clear();
				getWbsElements().addAll((Collection<? extends WbsElement>)newValue);
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
			case ModelPackage.PROCESS_STEP__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.PROCESS_STEP__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ModelPackage.PROCESS_STEP__OWNER:
				setOwner((Role)null);
				return;
			case ModelPackage.PROCESS_STEP__RESOURCES:
				getResources().clear();
				return;
			case ModelPackage.PROCESS_STEP__TIMING:
				setTiming(TIMING_EDEFAULT);
				return;
			case ModelPackage.PROCESS_STEP__CYCLE_TIME:
				setCycleTime(CYCLE_TIME_EDEFAULT);
				return;
			case ModelPackage.PROCESS_STEP__WBS_ELEMENTS:
				getWbsElements().clear();
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
			case ModelPackage.PROCESS_STEP__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.PROCESS_STEP__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ModelPackage.PROCESS_STEP__OWNER:
				return owner != null;
			case ModelPackage.PROCESS_STEP__RESOURCES:
				return resources != null && !resources.isEmpty();
			case ModelPackage.PROCESS_STEP__TIMING:
				return TIMING_EDEFAULT == null ? timing != null : !TIMING_EDEFAULT.equals(timing);
			case ModelPackage.PROCESS_STEP__CYCLE_TIME:
				return cycleTime != CYCLE_TIME_EDEFAULT;
			case ModelPackage.PROCESS_STEP__WBS_ELEMENTS:
				return wbsElements != null && !wbsElements.isEmpty();
		}
		return super.eIsSet(featureID);
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
		result.append(", timing: ");
		result.append(timing);
		result.append(", cycleTime: ");
		result.append(cycleTime);
		result.append(')');
		return result.toString();
	}

} //ProcessStepImpl
