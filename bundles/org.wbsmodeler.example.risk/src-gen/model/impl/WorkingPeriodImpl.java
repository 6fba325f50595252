/**
 */
package model.impl;

import model.ModelPackage;
import model.WorkingPeriod;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Working Period</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link model.impl.WorkingPeriodImpl#getStartMinute <em>Start Minute</em>}</li>
 *   <li>{@link model.impl.WorkingPeriodImpl#getEndMinute <em>End Minute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkingPeriodImpl extends MinimalEObjectImpl.Container implements WorkingPeriod {
	/**
	 * The default value of the '{@link #getStartMinute() <em>Start Minute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartMinute()
	 * @generated
	 * @ordered
	 */
	protected static final int START_MINUTE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStartMinute() <em>Start Minute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartMinute()
	 * @generated
	 * @ordered
	 */
	protected int startMinute = START_MINUTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndMinute() <em>End Minute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndMinute()
	 * @generated
	 * @ordered
	 */
	protected static final int END_MINUTE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEndMinute() <em>End Minute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndMinute()
	 * @generated
	 * @ordered
	 */
	protected int endMinute = END_MINUTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkingPeriodImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.WORKING_PERIOD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStartMinute() {
		return startMinute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartMinute(int newStartMinute) {
		int oldStartMinute = startMinute;
		startMinute = newStartMinute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.WORKING_PERIOD__START_MINUTE, oldStartMinute, startMinute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEndMinute() {
		return endMinute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndMinute(int newEndMinute) {
		int oldEndMinute = endMinute;
		endMinute = newEndMinute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.WORKING_PERIOD__END_MINUTE, oldEndMinute, endMinute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.WORKING_PERIOD__START_MINUTE:
				return getStartMinute();
			case ModelPackage.WORKING_PERIOD__END_MINUTE:
				return getEndMinute();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.WORKING_PERIOD__START_MINUTE:
				setStartMinute((Integer)newValue);
				return;
			case ModelPackage.WORKING_PERIOD__END_MINUTE:
				setEndMinute((Integer)newValue);
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
			case ModelPackage.WORKING_PERIOD__START_MINUTE:
				setStartMinute(START_MINUTE_EDEFAULT);
				return;
			case ModelPackage.WORKING_PERIOD__END_MINUTE:
				setEndMinute(END_MINUTE_EDEFAULT);
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
			case ModelPackage.WORKING_PERIOD__START_MINUTE:
				return startMinute != START_MINUTE_EDEFAULT;
			case ModelPackage.WORKING_PERIOD__END_MINUTE:
				return endMinute != END_MINUTE_EDEFAULT;
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
		result.append(" (startMinute: ");
		result.append(startMinute);
		result.append(", endMinute: ");
		result.append(endMinute);
		result.append(')');
		return result.toString();
	}

} //WorkingPeriodImpl
