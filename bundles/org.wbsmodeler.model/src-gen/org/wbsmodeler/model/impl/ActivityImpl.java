/**
 */
package org.wbsmodeler.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.DurationDistribution;
import org.wbsmodeler.model.WbsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Activity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.wbsmodeler.model.impl.ActivityImpl#getOptimisticDuration <em>Optimistic Duration</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.ActivityImpl#getMostLikelyDuration <em>Most Likely Duration</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.ActivityImpl#getPessimisticDuration <em>Pessimistic Duration</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.ActivityImpl#getDurationDistribution <em>Duration Distribution</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActivityImpl extends WbsElementImpl implements Activity {
	/**
	 * The default value of the '{@link #getOptimisticDuration() <em>Optimistic Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimisticDuration()
	 * @generated
	 * @ordered
	 */
	protected static final double OPTIMISTIC_DURATION_EDEFAULT = 0.0;
	/**
	 * The cached value of the '{@link #getOptimisticDuration() <em>Optimistic Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimisticDuration()
	 * @generated
	 * @ordered
	 */
	protected double optimisticDuration = OPTIMISTIC_DURATION_EDEFAULT;
	/**
	 * This is true if the Optimistic Duration attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean optimisticDurationESet;
	/**
	 * The default value of the '{@link #getMostLikelyDuration() <em>Most Likely Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMostLikelyDuration()
	 * @generated
	 * @ordered
	 */
	protected static final double MOST_LIKELY_DURATION_EDEFAULT = 0.0;
	/**
	 * The cached value of the '{@link #getMostLikelyDuration() <em>Most Likely Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMostLikelyDuration()
	 * @generated
	 * @ordered
	 */
	protected double mostLikelyDuration = MOST_LIKELY_DURATION_EDEFAULT;
	/**
	 * This is true if the Most Likely Duration attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean mostLikelyDurationESet;
	/**
	 * The default value of the '{@link #getPessimisticDuration() <em>Pessimistic Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPessimisticDuration()
	 * @generated
	 * @ordered
	 */
	protected static final double PESSIMISTIC_DURATION_EDEFAULT = 0.0;
	/**
	 * The cached value of the '{@link #getPessimisticDuration() <em>Pessimistic Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPessimisticDuration()
	 * @generated
	 * @ordered
	 */
	protected double pessimisticDuration = PESSIMISTIC_DURATION_EDEFAULT;
	/**
	 * This is true if the Pessimistic Duration attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean pessimisticDurationESet;
	/**
	 * The default value of the '{@link #getDurationDistribution() <em>Duration Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationDistribution()
	 * @generated
	 * @ordered
	 */
	protected static final DurationDistribution DURATION_DISTRIBUTION_EDEFAULT = DurationDistribution.TRIANGULAR;
	/**
	 * The cached value of the '{@link #getDurationDistribution() <em>Duration Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationDistribution()
	 * @generated
	 * @ordered
	 */
	protected DurationDistribution durationDistribution = DURATION_DISTRIBUTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActivityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WbsPackage.Literals.ACTIVITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOptimisticDuration() {
		return optimisticDuration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptimisticDuration(double newOptimisticDuration) {
		double oldOptimisticDuration = optimisticDuration;
		optimisticDuration = newOptimisticDuration;
		boolean oldOptimisticDurationESet = optimisticDurationESet;
		optimisticDurationESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.ACTIVITY__OPTIMISTIC_DURATION, oldOptimisticDuration, optimisticDuration, !oldOptimisticDurationESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOptimisticDuration() {
		double oldOptimisticDuration = optimisticDuration;
		boolean oldOptimisticDurationESet = optimisticDurationESet;
		optimisticDuration = OPTIMISTIC_DURATION_EDEFAULT;
		optimisticDurationESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WbsPackage.ACTIVITY__OPTIMISTIC_DURATION, oldOptimisticDuration, OPTIMISTIC_DURATION_EDEFAULT, oldOptimisticDurationESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOptimisticDuration() {
		return optimisticDurationESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMostLikelyDuration() {
		return mostLikelyDuration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMostLikelyDuration(double newMostLikelyDuration) {
		double oldMostLikelyDuration = mostLikelyDuration;
		mostLikelyDuration = newMostLikelyDuration;
		boolean oldMostLikelyDurationESet = mostLikelyDurationESet;
		mostLikelyDurationESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.ACTIVITY__MOST_LIKELY_DURATION, oldMostLikelyDuration, mostLikelyDuration, !oldMostLikelyDurationESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMostLikelyDuration() {
		double oldMostLikelyDuration = mostLikelyDuration;
		boolean oldMostLikelyDurationESet = mostLikelyDurationESet;
		mostLikelyDuration = MOST_LIKELY_DURATION_EDEFAULT;
		mostLikelyDurationESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WbsPackage.ACTIVITY__MOST_LIKELY_DURATION, oldMostLikelyDuration, MOST_LIKELY_DURATION_EDEFAULT, oldMostLikelyDurationESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMostLikelyDuration() {
		return mostLikelyDurationESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPessimisticDuration() {
		return pessimisticDuration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPessimisticDuration(double newPessimisticDuration) {
		double oldPessimisticDuration = pessimisticDuration;
		pessimisticDuration = newPessimisticDuration;
		boolean oldPessimisticDurationESet = pessimisticDurationESet;
		pessimisticDurationESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.ACTIVITY__PESSIMISTIC_DURATION, oldPessimisticDuration, pessimisticDuration, !oldPessimisticDurationESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPessimisticDuration() {
		double oldPessimisticDuration = pessimisticDuration;
		boolean oldPessimisticDurationESet = pessimisticDurationESet;
		pessimisticDuration = PESSIMISTIC_DURATION_EDEFAULT;
		pessimisticDurationESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WbsPackage.ACTIVITY__PESSIMISTIC_DURATION, oldPessimisticDuration, PESSIMISTIC_DURATION_EDEFAULT, oldPessimisticDurationESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPessimisticDuration() {
		return pessimisticDurationESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DurationDistribution getDurationDistribution() {
		return durationDistribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationDistribution(DurationDistribution newDurationDistribution) {
		DurationDistribution oldDurationDistribution = durationDistribution;
		durationDistribution = newDurationDistribution == null ? DURATION_DISTRIBUTION_EDEFAULT : newDurationDistribution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.ACTIVITY__DURATION_DISTRIBUTION, oldDurationDistribution, durationDistribution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WbsPackage.ACTIVITY__OPTIMISTIC_DURATION:
				return getOptimisticDuration();
			case WbsPackage.ACTIVITY__MOST_LIKELY_DURATION:
				return getMostLikelyDuration();
			case WbsPackage.ACTIVITY__PESSIMISTIC_DURATION:
				return getPessimisticDuration();
			case WbsPackage.ACTIVITY__DURATION_DISTRIBUTION:
				return getDurationDistribution();
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
			case WbsPackage.ACTIVITY__OPTIMISTIC_DURATION:
				setOptimisticDuration((Double)newValue);
				return;
			case WbsPackage.ACTIVITY__MOST_LIKELY_DURATION:
				setMostLikelyDuration((Double)newValue);
				return;
			case WbsPackage.ACTIVITY__PESSIMISTIC_DURATION:
				setPessimisticDuration((Double)newValue);
				return;
			case WbsPackage.ACTIVITY__DURATION_DISTRIBUTION:
				setDurationDistribution((DurationDistribution)newValue);
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
			case WbsPackage.ACTIVITY__OPTIMISTIC_DURATION:
				unsetOptimisticDuration();
				return;
			case WbsPackage.ACTIVITY__MOST_LIKELY_DURATION:
				unsetMostLikelyDuration();
				return;
			case WbsPackage.ACTIVITY__PESSIMISTIC_DURATION:
				unsetPessimisticDuration();
				return;
			case WbsPackage.ACTIVITY__DURATION_DISTRIBUTION:
				setDurationDistribution(DURATION_DISTRIBUTION_EDEFAULT);
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
			case WbsPackage.ACTIVITY__OPTIMISTIC_DURATION:
				return isSetOptimisticDuration();
			case WbsPackage.ACTIVITY__MOST_LIKELY_DURATION:
				return isSetMostLikelyDuration();
			case WbsPackage.ACTIVITY__PESSIMISTIC_DURATION:
				return isSetPessimisticDuration();
			case WbsPackage.ACTIVITY__DURATION_DISTRIBUTION:
				return durationDistribution != DURATION_DISTRIBUTION_EDEFAULT;
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
		result.append(" (optimisticDuration: ");
		if (optimisticDurationESet) result.append(optimisticDuration); else result.append("<unset>");
		result.append(", mostLikelyDuration: ");
		if (mostLikelyDurationESet) result.append(mostLikelyDuration); else result.append("<unset>");
		result.append(", pessimisticDuration: ");
		if (pessimisticDurationESet) result.append(pessimisticDuration); else result.append("<unset>");
		result.append(", durationDistribution: ");
		result.append(durationDistribution);
		result.append(')');
		return result.toString();
	}

} //ActivityImpl
