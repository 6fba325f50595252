/**
 */
package model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Milestone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A milestone: a leaf WBS element marking an event, usually with zero duration.
 * <!-- end-model-doc -->
 *
 *
 * @see model.ModelPackage#getMilestone()
 * @model
 * @generated
 */
public interface Milestone extends WbsElement {
} // Milestone
