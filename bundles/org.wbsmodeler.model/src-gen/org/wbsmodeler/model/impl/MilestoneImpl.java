/**
 */
package org.wbsmodeler.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.WbsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Milestone</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class MilestoneImpl extends WbsElementImpl implements Milestone {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MilestoneImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WbsPackage.Literals.MILESTONE;
	}

} //MilestoneImpl
