/**
 */
package model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Phase</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A project phase: a top-level summary element of the WBS.
 * <!-- end-model-doc -->
 *
 *
 * @see model.ModelPackage#getPhase()
 * @model
 * @generated
 */
public interface Phase extends SummaryElement {
} // Phase
