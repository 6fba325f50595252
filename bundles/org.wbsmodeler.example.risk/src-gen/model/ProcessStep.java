/**
 */
package model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Process Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step of a business process, linked to the WBS elements that build or change it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link model.ProcessStep#getName <em>Name</em>}</li>
 *   <li>{@link model.ProcessStep#getDescription <em>Description</em>}</li>
 *   <li>{@link model.ProcessStep#getOwner <em>Owner</em>}</li>
 *   <li>{@link model.ProcessStep#getResources <em>Resources</em>}</li>
 *   <li>{@link model.ProcessStep#getTiming <em>Timing</em>}</li>
 *   <li>{@link model.ProcessStep#getCycleTime <em>Cycle Time</em>}</li>
 *   <li>{@link model.ProcessStep#getWbsElements <em>Wbs Elements</em>}</li>
 * </ul>
 *
 * @see model.ModelPackage#getProcessStep()
 * @model
 * @generated
 */
public interface ProcessStep extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see model.ModelPackage#getProcessStep_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link model.ProcessStep#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see model.ModelPackage#getProcessStep_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link model.ProcessStep#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Role performing the step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Role)
	 * @see model.ModelPackage#getProcessStep_Owner()
	 * @model
	 * @generated
	 */
	Role getOwner();

	/**
	 * Sets the value of the '{@link model.ProcessStep#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Role value);

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' reference list.
	 * The list contents are of type {@link model.Resource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Resources used by the step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resources</em>' reference list.
	 * @see model.ModelPackage#getProcessStep_Resources()
	 * @model
	 * @generated
	 */
	EList<Resource> getResources();

	/**
	 * Returns the value of the '<em><b>Timing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When or how fast the step happens, e.g. "within 24 h".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timing</em>' attribute.
	 * @see #setTiming(String)
	 * @see model.ModelPackage#getProcessStep_Timing()
	 * @model
	 * @generated
	 */
	String getTiming();

	/**
	 * Sets the value of the '{@link model.ProcessStep#getTiming <em>Timing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timing</em>' attribute.
	 * @see #getTiming()
	 * @generated
	 */
	void setTiming(String value);

	/**
	 * Returns the value of the '<em><b>Cycle Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cycle time in hours.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cycle Time</em>' attribute.
	 * @see #setCycleTime(double)
	 * @see model.ModelPackage#getProcessStep_CycleTime()
	 * @model
	 * @generated
	 */
	double getCycleTime();

	/**
	 * Sets the value of the '{@link model.ProcessStep#getCycleTime <em>Cycle Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cycle Time</em>' attribute.
	 * @see #getCycleTime()
	 * @generated
	 */
	void setCycleTime(double value);

	/**
	 * Returns the value of the '<em><b>Wbs Elements</b></em>' reference list.
	 * The list contents are of type {@link model.WbsElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The WBS elements that build or change the step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wbs Elements</em>' reference list.
	 * @see model.ModelPackage#getProcessStep_WbsElements()
	 * @model
	 * @generated
	 */
	EList<WbsElement> getWbsElements();

} // ProcessStep
