/**
 */
package model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Working Period</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A working period of a day, in minutes since midnight (e.g. 480 to 720 for 08:00-12:00).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link model.WorkingPeriod#getStartMinute <em>Start Minute</em>}</li>
 *   <li>{@link model.WorkingPeriod#getEndMinute <em>End Minute</em>}</li>
 * </ul>
 *
 * @see model.ModelPackage#getWorkingPeriod()
 * @model
 * @generated
 */
public interface WorkingPeriod extends EObject {
	/**
	 * Returns the value of the '<em><b>Start Minute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Minute</em>' attribute.
	 * @see #setStartMinute(int)
	 * @see model.ModelPackage#getWorkingPeriod_StartMinute()
	 * @model
	 * @generated
	 */
	int getStartMinute();

	/**
	 * Sets the value of the '{@link model.WorkingPeriod#getStartMinute <em>Start Minute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Minute</em>' attribute.
	 * @see #getStartMinute()
	 * @generated
	 */
	void setStartMinute(int value);

	/**
	 * Returns the value of the '<em><b>End Minute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Minute</em>' attribute.
	 * @see #setEndMinute(int)
	 * @see model.ModelPackage#getWorkingPeriod_EndMinute()
	 * @model
	 * @generated
	 */
	int getEndMinute();

	/**
	 * Sets the value of the '{@link model.WorkingPeriod#getEndMinute <em>End Minute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Minute</em>' attribute.
	 * @see #getEndMinute()
	 * @generated
	 */
	void setEndMinute(int value);

} // WorkingPeriod
