/**
 */
package org.wbsmodeler.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.WorkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Work Package</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class WorkPackageImpl extends SummaryElementImpl implements WorkPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkPackageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WbsPackage.Literals.WORK_PACKAGE;
	}

} //WorkPackageImpl
