/**
 */
package model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An activity (task): a leaf WBS element with duration and effort.
 * <!-- end-model-doc -->
 *
 *
 * @see model.ModelPackage#getActivity()
 * @model
 * @generated
 */
public interface Activity extends WbsElement {
} // Activity
