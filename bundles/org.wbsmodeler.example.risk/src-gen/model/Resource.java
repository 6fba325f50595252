/**
 */
package model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A resource that can be assigned to WBS elements: work (people, equipment), material or cost.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link model.Resource#getName <em>Name</em>}</li>
 *   <li>{@link model.Resource#getType <em>Type</em>}</li>
 *   <li>{@link model.Resource#getStandardRate <em>Standard Rate</em>}</li>
 *   <li>{@link model.Resource#getMaxUnits <em>Max Units</em>}</li>
 *   <li>{@link model.Resource#getCalendar <em>Calendar</em>}</li>
 *   <li>{@link model.Resource#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @see model.ModelPackage#getResource()
 * @model
 * @generated
 */
public interface Resource extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see model.ModelPackage#getResource_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link model.Resource#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The default value is <code>"WORK"</code>.
	 * The literals are from the enumeration {@link model.ResourceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see model.ResourceType
	 * @see #setType(ResourceType)
	 * @see model.ModelPackage#getResource_Type()
	 * @model default="WORK"
	 * @generated
	 */
	ResourceType getType();

	/**
	 * Sets the value of the '{@link model.Resource#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see model.ResourceType
	 * @see #getType()
	 * @generated
	 */
	void setType(ResourceType value);

	/**
	 * Returns the value of the '<em><b>Standard Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cost per hour (work resources) or per unit (material resources), in the project currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Standard Rate</em>' attribute.
	 * @see #setStandardRate(double)
	 * @see model.ModelPackage#getResource_StandardRate()
	 * @model
	 * @generated
	 */
	double getStandardRate();

	/**
	 * Sets the value of the '{@link model.Resource#getStandardRate <em>Standard Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Standard Rate</em>' attribute.
	 * @see #getStandardRate()
	 * @generated
	 */
	void setStandardRate(double value);

	/**
	 * Returns the value of the '<em><b>Max Units</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum units available (1.0 = 100 %).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Units</em>' attribute.
	 * @see #setMaxUnits(double)
	 * @see model.ModelPackage#getResource_MaxUnits()
	 * @model default="1.0"
	 * @generated
	 */
	double getMaxUnits();

	/**
	 * Sets the value of the '{@link model.Resource#getMaxUnits <em>Max Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Units</em>' attribute.
	 * @see #getMaxUnits()
	 * @generated
	 */
	void setMaxUnits(double value);

	/**
	 * Returns the value of the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Calendar of the resource; the project's default calendar when not set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calendar</em>' reference.
	 * @see #setCalendar(Calendar)
	 * @see model.ModelPackage#getResource_Calendar()
	 * @model
	 * @generated
	 */
	Calendar getCalendar();

	/**
	 * Sets the value of the '{@link model.Resource#getCalendar <em>Calendar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Calendar</em>' reference.
	 * @see #getCalendar()
	 * @generated
	 */
	void setCalendar(Calendar value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' reference.
	 * @see #setRole(Role)
	 * @see model.ModelPackage#getResource_Role()
	 * @model
	 * @generated
	 */
	Role getRole();

	/**
	 * Sets the value of the '{@link model.Resource#getRole <em>Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' reference.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(Role value);

} // Resource
