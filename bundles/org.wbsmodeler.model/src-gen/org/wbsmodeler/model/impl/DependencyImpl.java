/**
 */
package org.wbsmodeler.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dependency</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.wbsmodeler.model.impl.DependencyImpl#getPredecessor <em>Predecessor</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.DependencyImpl#getSuccessor <em>Successor</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.DependencyImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.DependencyImpl#getLag <em>Lag</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.DependencyImpl#isLagElapsed <em>Lag Elapsed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DependencyImpl extends MinimalEObjectImpl.Container implements Dependency {
	/**
	 * The cached value of the '{@link #getPredecessor() <em>Predecessor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredecessor()
	 * @generated
	 * @ordered
	 */
	protected WbsElement predecessor;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final DependencyType TYPE_EDEFAULT = DependencyType.FS;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected DependencyType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLag() <em>Lag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLag()
	 * @generated
	 * @ordered
	 */
	protected static final double LAG_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLag() <em>Lag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLag()
	 * @generated
	 * @ordered
	 */
	protected double lag = LAG_EDEFAULT;

	/**
	 * The default value of the '{@link #isLagElapsed() <em>Lag Elapsed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLagElapsed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LAG_ELAPSED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLagElapsed() <em>Lag Elapsed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLagElapsed()
	 * @generated
	 * @ordered
	 */
	protected boolean lagElapsed = LAG_ELAPSED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DependencyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WbsPackage.Literals.DEPENDENCY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WbsElement getPredecessor() {
		if (predecessor != null && predecessor.eIsProxy()) {
			InternalEObject oldPredecessor = (InternalEObject)predecessor;
			predecessor = (WbsElement)eResolveProxy(oldPredecessor);
			if (predecessor != oldPredecessor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WbsPackage.DEPENDENCY__PREDECESSOR, oldPredecessor, predecessor));
			}
		}
		return predecessor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WbsElement basicGetPredecessor() {
		return predecessor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPredecessor(WbsElement newPredecessor) {
		WbsElement oldPredecessor = predecessor;
		predecessor = newPredecessor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.DEPENDENCY__PREDECESSOR, oldPredecessor, predecessor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WbsElement getSuccessor() {
		if (eContainerFeatureID() != WbsPackage.DEPENDENCY__SUCCESSOR) return null;
		return (WbsElement)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSuccessor(WbsElement newSuccessor, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newSuccessor, WbsPackage.DEPENDENCY__SUCCESSOR, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuccessor(WbsElement newSuccessor) {
		if (newSuccessor != eInternalContainer() || (eContainerFeatureID() != WbsPackage.DEPENDENCY__SUCCESSOR && newSuccessor != null)) {
			if (EcoreUtil.isAncestor(this, newSuccessor))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newSuccessor != null)
				msgs = ((InternalEObject)newSuccessor).eInverseAdd(this, WbsPackage.WBS_ELEMENT__PREDECESSORS, WbsElement.class, msgs);
			msgs = basicSetSuccessor(newSuccessor, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.DEPENDENCY__SUCCESSOR, newSuccessor, newSuccessor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DependencyType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(DependencyType newType) {
		DependencyType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.DEPENDENCY__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLag() {
		return lag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLag(double newLag) {
		double oldLag = lag;
		lag = newLag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.DEPENDENCY__LAG, oldLag, lag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLagElapsed() {
		return lagElapsed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLagElapsed(boolean newLagElapsed) {
		boolean oldLagElapsed = lagElapsed;
		lagElapsed = newLagElapsed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.DEPENDENCY__LAG_ELAPSED, oldLagElapsed, lagElapsed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WbsPackage.DEPENDENCY__SUCCESSOR:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetSuccessor((WbsElement)otherEnd, msgs);
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
			case WbsPackage.DEPENDENCY__SUCCESSOR:
				return basicSetSuccessor(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case WbsPackage.DEPENDENCY__SUCCESSOR:
				return eInternalContainer().eInverseRemove(this, WbsPackage.WBS_ELEMENT__PREDECESSORS, WbsElement.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WbsPackage.DEPENDENCY__PREDECESSOR:
				if (resolve) return getPredecessor();
				return basicGetPredecessor();
			case WbsPackage.DEPENDENCY__SUCCESSOR:
				return getSuccessor();
			case WbsPackage.DEPENDENCY__TYPE:
				return getType();
			case WbsPackage.DEPENDENCY__LAG:
				return getLag();
			case WbsPackage.DEPENDENCY__LAG_ELAPSED:
				return isLagElapsed();
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
			case WbsPackage.DEPENDENCY__PREDECESSOR:
				setPredecessor((WbsElement)newValue);
				return;
			case WbsPackage.DEPENDENCY__SUCCESSOR:
				setSuccessor((WbsElement)newValue);
				return;
			case WbsPackage.DEPENDENCY__TYPE:
				setType((DependencyType)newValue);
				return;
			case WbsPackage.DEPENDENCY__LAG:
				setLag((Double)newValue);
				return;
			case WbsPackage.DEPENDENCY__LAG_ELAPSED:
				setLagElapsed((Boolean)newValue);
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
			case WbsPackage.DEPENDENCY__PREDECESSOR:
				setPredecessor((WbsElement)null);
				return;
			case WbsPackage.DEPENDENCY__SUCCESSOR:
				setSuccessor((WbsElement)null);
				return;
			case WbsPackage.DEPENDENCY__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case WbsPackage.DEPENDENCY__LAG:
				setLag(LAG_EDEFAULT);
				return;
			case WbsPackage.DEPENDENCY__LAG_ELAPSED:
				setLagElapsed(LAG_ELAPSED_EDEFAULT);
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
			case WbsPackage.DEPENDENCY__PREDECESSOR:
				return predecessor != null;
			case WbsPackage.DEPENDENCY__SUCCESSOR:
				return getSuccessor() != null;
			case WbsPackage.DEPENDENCY__TYPE:
				return type != TYPE_EDEFAULT;
			case WbsPackage.DEPENDENCY__LAG:
				return lag != LAG_EDEFAULT;
			case WbsPackage.DEPENDENCY__LAG_ELAPSED:
				return lagElapsed != LAG_ELAPSED_EDEFAULT;
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
		result.append(" (type: ");
		result.append(type);
		result.append(", lag: ");
		result.append(lag);
		result.append(", lagElapsed: ");
		result.append(lagElapsed);
		result.append(')');
		return result.toString();
	}

} //DependencyImpl
