/**
 */
package org.wbsmodeler.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Correlation Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Activities whose duration uncertainty moves together: with correlation 1 they are all early or all late together in each iteration of a risk analysis; with correlation between 0 and 1 they share that part of their uncertainty (Gaussian copula).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wbsmodeler.model.CorrelationGroup#getName <em>Name</em>}</li>
 *   <li>{@link org.wbsmodeler.model.CorrelationGroup#getCorrelation <em>Correlation</em>}</li>
 *   <li>{@link org.wbsmodeler.model.CorrelationGroup#getActivities <em>Activities</em>}</li>
 * </ul>
 *
 * @see org.wbsmodeler.model.WbsPackage#getCorrelationGroup()
 * @model
 * @generated
 */
public interface CorrelationGroup extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.wbsmodeler.model.WbsPackage#getCorrelationGroup_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.CorrelationGroup#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Correlation</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Correlation of the members' durations, 0..1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Correlation</em>' attribute.
	 * @see #setCorrelation(double)
	 * @see org.wbsmodeler.model.WbsPackage#getCorrelationGroup_Correlation()
	 * @model default="1.0"
	 * @generated
	 */
	double getCorrelation();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.CorrelationGroup#getCorrelation <em>Correlation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Correlation</em>' attribute.
	 * @see #getCorrelation()
	 * @generated
	 */
	void setCorrelation(double value);

	/**
	 * Returns the value of the '<em><b>Activities</b></em>' reference list.
	 * The list contents are of type {@link org.wbsmodeler.model.Activity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The members of the group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activities</em>' reference list.
	 * @see org.wbsmodeler.model.WbsPackage#getCorrelationGroup_Activities()
	 * @model
	 * @generated
	 */
	EList<Activity> getActivities();

} // CorrelationGroup
