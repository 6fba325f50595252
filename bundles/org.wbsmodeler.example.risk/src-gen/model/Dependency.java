/**
 */
package model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dependency</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A dependency between two WBS elements, owned by its successor.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link model.Dependency#getPredecessor <em>Predecessor</em>}</li>
 *   <li>{@link model.Dependency#getSuccessor <em>Successor</em>}</li>
 *   <li>{@link model.Dependency#getType <em>Type</em>}</li>
 *   <li>{@link model.Dependency#getLag <em>Lag</em>}</li>
 * </ul>
 *
 * @see model.ModelPackage#getDependency()
 * @model
 * @generated
 */
public interface Dependency extends EObject {
	/**
	 * Returns the value of the '<em><b>Predecessor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element this dependency starts from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Predecessor</em>' reference.
	 * @see #setPredecessor(WbsElement)
	 * @see model.ModelPackage#getDependency_Predecessor()
	 * @model required="true"
	 * @generated
	 */
	WbsElement getPredecessor();

	/**
	 * Sets the value of the '{@link model.Dependency#getPredecessor <em>Predecessor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predecessor</em>' reference.
	 * @see #getPredecessor()
	 * @generated
	 */
	void setPredecessor(WbsElement value);

	/**
	 * Returns the value of the '<em><b>Successor</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link model.WbsElement#getPredecessors <em>Predecessors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element that owns this dependency (its container).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Successor</em>' container reference.
	 * @see #setSuccessor(WbsElement)
	 * @see model.ModelPackage#getDependency_Successor()
	 * @see model.WbsElement#getPredecessors
	 * @model opposite="predecessors"
	 * @generated
	 */
	WbsElement getSuccessor();

	/**
	 * Sets the value of the '{@link model.Dependency#getSuccessor <em>Successor</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Successor</em>' container reference.
	 * @see #getSuccessor()
	 * @generated
	 */
	void setSuccessor(WbsElement value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The default value is <code>"FS"</code>.
	 * The literals are from the enumeration {@link model.DependencyType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see model.DependencyType
	 * @see #setType(DependencyType)
	 * @see model.ModelPackage#getDependency_Type()
	 * @model default="FS"
	 * @generated
	 */
	DependencyType getType();

	/**
	 * Sets the value of the '{@link model.Dependency#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see model.DependencyType
	 * @see #getType()
	 * @generated
	 */
	void setType(DependencyType value);

	/**
	 * Returns the value of the '<em><b>Lag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lag in working days; negative for a lead.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lag</em>' attribute.
	 * @see #setLag(double)
	 * @see model.ModelPackage#getDependency_Lag()
	 * @model
	 * @generated
	 */
	double getLag();

	/**
	 * Sets the value of the '{@link model.Dependency#getLag <em>Lag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lag</em>' attribute.
	 * @see #getLag()
	 * @generated
	 */
	void setLag(double value);

} // Dependency
