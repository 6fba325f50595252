/**
 */
package org.wbsmodeler.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>View</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named cut of the plan for one audience. An element is kept when it passes every criterion that is set (an empty list or a blank text is no criterion); within one list any entry will do. The summaries above each kept element are kept too, so the outline stays readable. The columns and the timescale are how the Gantt chart and the exports show the kept elements.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wbsmodeler.model.View#getName <em>Name</em>}</li>
 *   <li>{@link org.wbsmodeler.model.View#getDescription <em>Description</em>}</li>
 *   <li>{@link org.wbsmodeler.model.View#isCriticalOnly <em>Critical Only</em>}</li>
 *   <li>{@link org.wbsmodeler.model.View#getKinds <em>Kinds</em>}</li>
 *   <li>{@link org.wbsmodeler.model.View#getMaxLevel <em>Max Level</em>}</li>
 *   <li>{@link org.wbsmodeler.model.View#getResources <em>Resources</em>}</li>
 *   <li>{@link org.wbsmodeler.model.View#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.wbsmodeler.model.View#getComponents <em>Components</em>}</li>
 *   <li>{@link org.wbsmodeler.model.View#getPhases <em>Phases</em>}</li>
 *   <li>{@link org.wbsmodeler.model.View#getTextMatch <em>Text Match</em>}</li>
 *   <li>{@link org.wbsmodeler.model.View#getColumns <em>Columns</em>}</li>
 *   <li>{@link org.wbsmodeler.model.View#getTimescale <em>Timescale</em>}</li>
 * </ul>
 *
 * @see org.wbsmodeler.model.WbsPackage#getView()
 * @model
 * @generated
 */
public interface View extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.wbsmodeler.model.WbsPackage#getView_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.View#getName <em>Name</em>}' attribute.
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
	 * @see org.wbsmodeler.model.WbsPackage#getView_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.View#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Critical Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only elements on the critical path (leaves the schedule marks critical).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Critical Only</em>' attribute.
	 * @see #setCriticalOnly(boolean)
	 * @see org.wbsmodeler.model.WbsPackage#getView_CriticalOnly()
	 * @model
	 * @generated
	 */
	boolean isCriticalOnly();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.View#isCriticalOnly <em>Critical Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Critical Only</em>' attribute.
	 * @see #isCriticalOnly()
	 * @generated
	 */
	void setCriticalOnly(boolean value);

	/**
	 * Returns the value of the '<em><b>Kinds</b></em>' attribute list.
	 * The list contents are of type {@link org.wbsmodeler.model.ElementKind}.
	 * The literals are from the enumeration {@link org.wbsmodeler.model.ElementKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only elements of these kinds (phase, deliverable, work package, activity, milestone); none: every kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kinds</em>' attribute list.
	 * @see org.wbsmodeler.model.ElementKind
	 * @see org.wbsmodeler.model.WbsPackage#getView_Kinds()
	 * @model
	 * @generated
	 */
	EList<ElementKind> getKinds();

	/**
	 * Returns the value of the '<em><b>Max Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only elements at this outline level or above (1 = top level); 0: every level.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Level</em>' attribute.
	 * @see #setMaxLevel(int)
	 * @see org.wbsmodeler.model.WbsPackage#getView_MaxLevel()
	 * @model
	 * @generated
	 */
	int getMaxLevel();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.View#getMaxLevel <em>Max Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Level</em>' attribute.
	 * @see #getMaxLevel()
	 * @generated
	 */
	void setMaxLevel(int value);

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' reference list.
	 * The list contents are of type {@link org.wbsmodeler.model.Resource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only elements one of these resources is assigned to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resources</em>' reference list.
	 * @see org.wbsmodeler.model.WbsPackage#getView_Resources()
	 * @model
	 * @generated
	 */
	EList<Resource> getResources();

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' reference list.
	 * The list contents are of type {@link org.wbsmodeler.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only elements a resource of one of these roles is assigned to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' reference list.
	 * @see org.wbsmodeler.model.WbsPackage#getView_Roles()
	 * @model
	 * @generated
	 */
	EList<Role> getRoles();

	/**
	 * Returns the value of the '<em><b>Components</b></em>' reference list.
	 * The list contents are of type {@link org.wbsmodeler.model.CrmComponent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only elements that deliver one of these CRM components, or lie under one that does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Components</em>' reference list.
	 * @see org.wbsmodeler.model.WbsPackage#getView_Components()
	 * @model
	 * @generated
	 */
	EList<CrmComponent> getComponents();

	/**
	 * Returns the value of the '<em><b>Phases</b></em>' reference list.
	 * The list contents are of type {@link org.wbsmodeler.model.WbsElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only elements in the subtree of one of these elements (usually phases).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phases</em>' reference list.
	 * @see org.wbsmodeler.model.WbsPackage#getView_Phases()
	 * @model
	 * @generated
	 */
	EList<WbsElement> getPhases();

	/**
	 * Returns the value of the '<em><b>Text Match</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only elements whose code or name, or the name of a summary above them, contains one of these words (any case); alternatives are separated by |, as in integration|migration|build.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text Match</em>' attribute.
	 * @see #setTextMatch(String)
	 * @see org.wbsmodeler.model.WbsPackage#getView_TextMatch()
	 * @model
	 * @generated
	 */
	String getTextMatch();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.View#getTextMatch <em>Text Match</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Match</em>' attribute.
	 * @see #getTextMatch()
	 * @generated
	 */
	void setTextMatch(String value);

	/**
	 * Returns the value of the '<em><b>Columns</b></em>' attribute list.
	 * The list contents are of type {@link org.wbsmodeler.model.ViewColumn}.
	 * The literals are from the enumeration {@link org.wbsmodeler.model.ViewColumn}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The columns shown, in order; none: code and name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Columns</em>' attribute list.
	 * @see org.wbsmodeler.model.ViewColumn
	 * @see org.wbsmodeler.model.WbsPackage#getView_Columns()
	 * @model
	 * @generated
	 */
	EList<ViewColumn> getColumns();

	/**
	 * Returns the value of the '<em><b>Timescale</b></em>' attribute.
	 * The default value is <code>"WEEK"</code>.
	 * The literals are from the enumeration {@link org.wbsmodeler.model.TimescaleUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lower tier of the Gantt chart's timescale (the upper tier is the next larger unit).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timescale</em>' attribute.
	 * @see org.wbsmodeler.model.TimescaleUnit
	 * @see #setTimescale(TimescaleUnit)
	 * @see org.wbsmodeler.model.WbsPackage#getView_Timescale()
	 * @model default="WEEK"
	 * @generated
	 */
	TimescaleUnit getTimescale();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.View#getTimescale <em>Timescale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timescale</em>' attribute.
	 * @see org.wbsmodeler.model.TimescaleUnit
	 * @see #getTimescale()
	 * @generated
	 */
	void setTimescale(TimescaleUnit value);

} // View
