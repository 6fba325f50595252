/**
 */
package model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Crm Component</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A component of the CRM system, delivered by WBS elements.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link model.CrmComponent#getName <em>Name</em>}</li>
 *   <li>{@link model.CrmComponent#getDescription <em>Description</em>}</li>
 *   <li>{@link model.CrmComponent#getKind <em>Kind</em>}</li>
 *   <li>{@link model.CrmComponent#getDeliveredBy <em>Delivered By</em>}</li>
 * </ul>
 *
 * @see model.ModelPackage#getCrmComponent()
 * @model
 * @generated
 */
public interface CrmComponent extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see model.ModelPackage#getCrmComponent_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link model.CrmComponent#getName <em>Name</em>}' attribute.
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
	 * @see model.ModelPackage#getCrmComponent_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link model.CrmComponent#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link model.CrmComponentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see model.CrmComponentKind
	 * @see #setKind(CrmComponentKind)
	 * @see model.ModelPackage#getCrmComponent_Kind()
	 * @model
	 * @generated
	 */
	CrmComponentKind getKind();

	/**
	 * Sets the value of the '{@link model.CrmComponent#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see model.CrmComponentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CrmComponentKind value);

	/**
	 * Returns the value of the '<em><b>Delivered By</b></em>' reference list.
	 * The list contents are of type {@link model.WbsElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The WBS elements that deliver the component.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delivered By</em>' reference list.
	 * @see model.ModelPackage#getCrmComponent_DeliveredBy()
	 * @model
	 * @generated
	 */
	EList<WbsElement> getDeliveredBy();

} // CrmComponent
