/**
 */
package model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Package</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A work package: the lowest summary level, grouping activities and milestones.
 * <!-- end-model-doc -->
 *
 *
 * @see model.ModelPackage#getWorkPackage()
 * @model
 * @generated
 */
public interface WorkPackage extends SummaryElement {
} // WorkPackage
