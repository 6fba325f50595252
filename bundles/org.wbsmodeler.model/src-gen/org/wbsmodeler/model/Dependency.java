/**
 */
package org.wbsmodeler.model;

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
 *   <li>{@link org.wbsmodeler.model.Dependency#getPredecessor <em>Predecessor</em>}</li>
 *   <li>{@link org.wbsmodeler.model.Dependency#getSuccessor <em>Successor</em>}</li>
 *   <li>{@link org.wbsmodeler.model.Dependency#getType <em>Type</em>}</li>
 *   <li>{@link org.wbsmodeler.model.Dependency#getLag <em>Lag</em>}</li>
 *   <li>{@link org.wbsmodeler.model.Dependency#isLagElapsed <em>Lag Elapsed</em>}</li>
 * </ul>
 *
 * @see org.wbsmodeler.model.WbsPackage#getDependency()
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
	 * @see org.wbsmodeler.model.WbsPackage#getDependency_Predecessor()
	 * @model required="true"
	 * @generated
	 */
	WbsElement getPredecessor();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.Dependency#getPredecessor <em>Predecessor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predecessor</em>' reference.
	 * @see #getPredecessor()
	 * @generated
	 */
	void setPredecessor(WbsElement value);

	/**
	 * Returns the value of the '<em><b>Successor</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.wbsmodeler.model.WbsElement#getPredecessors <em>Predecessors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element that owns this dependency (its container).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Successor</em>' container reference.
	 * @see #setSuccessor(WbsElement)
	 * @see org.wbsmodeler.model.WbsPackage#getDependency_Successor()
	 * @see org.wbsmodeler.model.WbsElement#getPredecessors
	 * @model opposite="predecessors"
	 * @generated
	 */
	WbsElement getSuccessor();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.Dependency#getSuccessor <em>Successor</em>}' container reference.
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
	 * The literals are from the enumeration {@link org.wbsmodeler.model.DependencyType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.wbsmodeler.model.DependencyType
	 * @see #setType(DependencyType)
	 * @see org.wbsmodeler.model.WbsPackage#getDependency_Type()
	 * @model default="FS"
	 * @generated
	 */
	DependencyType getType();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.Dependency#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.wbsmodeler.model.DependencyType
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
	 * @see org.wbsmodeler.model.WbsPackage#getDependency_Lag()
	 * @model
	 * @generated
	 */
	double getLag();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.Dependency#getLag <em>Lag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lag</em>' attribute.
	 * @see #getLag()
	 * @generated
	 */
	void setLag(double value);

	/**
	 * Returns the value of the '<em><b>Lag Elapsed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lag counts calendar time, every day and hour (MS Project's elapsed lag): it is then in elapsed days of 24 hours.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lag Elapsed</em>' attribute.
	 * @see #setLagElapsed(boolean)
	 * @see org.wbsmodeler.model.WbsPackage#getDependency_LagElapsed()
	 * @model
	 * @generated
	 */
	boolean isLagElapsed();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.Dependency#isLagElapsed <em>Lag Elapsed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lag Elapsed</em>' attribute.
	 * @see #isLagElapsed()
	 * @generated
	 */
	void setLagElapsed(boolean value);

} // Dependency
