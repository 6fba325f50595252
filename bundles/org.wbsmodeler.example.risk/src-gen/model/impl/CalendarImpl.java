/**
 */
package model.impl;

import java.util.Collection;

import model.Calendar;
import model.CalendarException;
import model.ModelPackage;
import model.Weekday;
import model.WorkingPeriod;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Calendar</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link model.impl.CalendarImpl#getName <em>Name</em>}</li>
 *   <li>{@link model.impl.CalendarImpl#getWorkingDays <em>Working Days</em>}</li>
 *   <li>{@link model.impl.CalendarImpl#getPeriods <em>Periods</em>}</li>
 *   <li>{@link model.impl.CalendarImpl#getExceptions <em>Exceptions</em>}</li>
 *   <li>{@link model.impl.CalendarImpl#getHoursPerDay <em>Hours Per Day</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CalendarImpl extends MinimalEObjectImpl.Container implements Calendar {
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
	 * The cached value of the '{@link #getWorkingDays() <em>Working Days</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkingDays()
	 * @generated
	 * @ordered
	 */
	protected EList<Weekday> workingDays;

	/**
	 * The cached value of the '{@link #getPeriods() <em>Periods</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriods()
	 * @generated
	 * @ordered
	 */
	protected EList<WorkingPeriod> periods;

	/**
	 * The cached value of the '{@link #getExceptions() <em>Exceptions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExceptions()
	 * @generated
	 * @ordered
	 */
	protected EList<CalendarException> exceptions;

	/**
	 * The default value of the '{@link #getHoursPerDay() <em>Hours Per Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoursPerDay()
	 * @generated
	 * @ordered
	 */
	protected static final double HOURS_PER_DAY_EDEFAULT = 0.0;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CalendarImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CALENDAR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CALENDAR__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Weekday> getWorkingDays() {
		if (workingDays == null) {
			workingDays = new EDataTypeUniqueEList<Weekday>(Weekday.class, this, ModelPackage.CALENDAR__WORKING_DAYS);
		}
		return workingDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WorkingPeriod> getPeriods() {
		if (periods == null) {
			periods = new EObjectContainmentEList<WorkingPeriod>(WorkingPeriod.class, this, ModelPackage.CALENDAR__PERIODS);
		}
		return periods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CalendarException> getExceptions() {
		if (exceptions == null) {
			exceptions = new EObjectContainmentEList<CalendarException>(CalendarException.class, this, ModelPackage.CALENDAR__EXCEPTIONS);
		}
		return exceptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHoursPerDay() {
		return org.wbsmodeler.model.util.WorkingPeriods.hoursPerDay(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.CALENDAR__PERIODS:
				return ((InternalEList<?>)getPeriods()).basicRemove(otherEnd, msgs);
			case ModelPackage.CALENDAR__EXCEPTIONS:
				return ((InternalEList<?>)getExceptions()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.CALENDAR__NAME:
				return getName();
			case ModelPackage.CALENDAR__WORKING_DAYS:
				return getWorkingDays();
			case ModelPackage.CALENDAR__PERIODS:
				return getPeriods();
			case ModelPackage.CALENDAR__EXCEPTIONS:
				return getExceptions();
			case ModelPackage.CALENDAR__HOURS_PER_DAY:
				return getHoursPerDay();
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
			case ModelPackage.CALENDAR__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.CALENDAR__WORKING_DAYS:
				getWorkingDays().clear();
				getWorkingDays().addAll((Collection<? extends Weekday>)newValue);
				return;
			case ModelPackage.CALENDAR__PERIODS:
				getPeriods().clear();
				getPeriods().addAll((Collection<? extends WorkingPeriod>)newValue);
				return;
			case ModelPackage.CALENDAR__EXCEPTIONS:
				getExceptions().clear();
				getExceptions().addAll((Collection<? extends CalendarException>)newValue);
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
			case ModelPackage.CALENDAR__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.CALENDAR__WORKING_DAYS:
				getWorkingDays().clear();
				return;
			case ModelPackage.CALENDAR__PERIODS:
				getPeriods().clear();
				return;
			case ModelPackage.CALENDAR__EXCEPTIONS:
				getExceptions().clear();
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
			case ModelPackage.CALENDAR__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.CALENDAR__WORKING_DAYS:
				return workingDays != null && !workingDays.isEmpty();
			case ModelPackage.CALENDAR__PERIODS:
				return periods != null && !periods.isEmpty();
			case ModelPackage.CALENDAR__EXCEPTIONS:
				return exceptions != null && !exceptions.isEmpty();
			case ModelPackage.CALENDAR__HOURS_PER_DAY:
				return getHoursPerDay() != HOURS_PER_DAY_EDEFAULT;
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
		result.append(", workingDays: ");
		result.append(workingDays);
		result.append(')');
		return result.toString();
	}

} //CalendarImpl
