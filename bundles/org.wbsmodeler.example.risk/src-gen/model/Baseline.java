/**
 */
package model;

import java.time.LocalDateTime;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Baseline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A saved copy of the schedule (dates, durations, work and costs) of every WBS element.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link model.Baseline#getName <em>Name</em>}</li>
 *   <li>{@link model.Baseline#getSavedOn <em>Saved On</em>}</li>
 *   <li>{@link model.Baseline#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see model.ModelPackage#getBaseline()
 * @model
 * @generated
 */
public interface Baseline extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see model.ModelPackage#getBaseline_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link model.Baseline#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Saved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the baseline was saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Saved On</em>' attribute.
	 * @see #setSavedOn(LocalDateTime)
	 * @see model.ModelPackage#getBaseline_SavedOn()
	 * @model dataType="model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getSavedOn();

	/**
	 * Sets the value of the '{@link model.Baseline#getSavedOn <em>Saved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Saved On</em>' attribute.
	 * @see #getSavedOn()
	 * @generated
	 */
	void setSavedOn(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link model.BaselineEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see model.ModelPackage#getBaseline_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<BaselineEntry> getEntries();

} // Baseline
