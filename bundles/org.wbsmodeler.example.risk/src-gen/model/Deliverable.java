/**
 */
package model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Deliverable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A deliverable: a product or result produced by the project.
 * <!-- end-model-doc -->
 *
 *
 * @see model.ModelPackage#getDeliverable()
 * @model
 * @generated
 */
public interface Deliverable extends SummaryElement {
} // Deliverable
