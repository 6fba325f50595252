/**
 */
package model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Wbs Container</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anything that owns WBS elements as children: the Project and the summary elements (Phase, Deliverable, WorkPackage).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link model.WbsContainer#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @see model.ModelPackage#getWbsContainer()
 * @model interface="true" abstract="true"
 * @generated
 */
public interface WbsContainer extends EObject {
	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link model.WbsElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Child WBS elements, in WBS order (the order defines the position codes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see model.ModelPackage#getWbsContainer_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<WbsElement> getChildren();

} // WbsContainer
