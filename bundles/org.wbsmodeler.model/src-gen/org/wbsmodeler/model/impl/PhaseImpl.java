/**
 */
package org.wbsmodeler.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.WbsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Phase</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class PhaseImpl extends SummaryElementImpl implements Phase {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PhaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WbsPackage.Literals.PHASE;
	}

} //PhaseImpl
