/**
 */
package model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Summary Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A WBS element that contains other WBS elements (Phase, Deliverable, WorkPackage).
 * <!-- end-model-doc -->
 *
 *
 * @see model.ModelPackage#getSummaryElement()
 * @model abstract="true"
 * @generated
 */
public interface SummaryElement extends WbsElement, WbsContainer {
} // SummaryElement
