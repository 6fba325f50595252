/**
 */
package org.wbsmodeler.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.WbsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Deliverable</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class DeliverableImpl extends SummaryElementImpl implements Deliverable {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeliverableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WbsPackage.Literals.DELIVERABLE;
	}

} //DeliverableImpl
