/**
 */
package model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Crm Scope</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The CRM scope of the project: components, requirements, stakeholders, objectives and budget.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link model.CrmScope#getComponents <em>Components</em>}</li>
 *   <li>{@link model.CrmScope#getRequirements <em>Requirements</em>}</li>
 *   <li>{@link model.CrmScope#getStakeholders <em>Stakeholders</em>}</li>
 *   <li>{@link model.CrmScope#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link model.CrmScope#getBudgetLines <em>Budget Lines</em>}</li>
 * </ul>
 *
 * @see model.ModelPackage#getCrmScope()
 * @model
 * @generated
 */
public interface CrmScope extends EObject {
	/**
	 * Returns the value of the '<em><b>Components</b></em>' containment reference list.
	 * The list contents are of type {@link model.CrmComponent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Components</em>' containment reference list.
	 * @see model.ModelPackage#getCrmScope_Components()
	 * @model containment="true"
	 * @generated
	 */
	EList<CrmComponent> getComponents();

	/**
	 * Returns the value of the '<em><b>Requirements</b></em>' containment reference list.
	 * The list contents are of type {@link model.Requirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requirements</em>' containment reference list.
	 * @see model.ModelPackage#getCrmScope_Requirements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Requirement> getRequirements();

	/**
	 * Returns the value of the '<em><b>Stakeholders</b></em>' containment reference list.
	 * The list contents are of type {@link model.Stakeholder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stakeholders</em>' containment reference list.
	 * @see model.ModelPackage#getCrmScope_Stakeholders()
	 * @model containment="true"
	 * @generated
	 */
	EList<Stakeholder> getStakeholders();

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' containment reference list.
	 * The list contents are of type {@link model.Objective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objectives</em>' containment reference list.
	 * @see model.ModelPackage#getCrmScope_Objectives()
	 * @model containment="true"
	 * @generated
	 */
	EList<Objective> getObjectives();

	/**
	 * Returns the value of the '<em><b>Budget Lines</b></em>' containment reference list.
	 * The list contents are of type {@link model.BudgetLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Lines</em>' containment reference list.
	 * @see model.ModelPackage#getCrmScope_BudgetLines()
	 * @model containment="true"
	 * @generated
	 */
	EList<BudgetLine> getBudgetLines();

} // CrmScope
