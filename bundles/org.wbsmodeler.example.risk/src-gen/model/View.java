/**
 */
package model;

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
 *   <li>{@link model.View#getName <em>Name</em>}</li>
 *   <li>{@link model.View#getDescription <em>Description</em>}</li>
 *   <li>{@link model.View#isCriticalOnly <em>Critical Only</em>}</li>
 *   <li>{@link model.View#getKinds <em>Kinds</em>}</li>
 *   <li>{@link model.View#getMaxLevel <em>Max Level</em>}</li>
 *   <li>{@link model.View#getResources <em>Resources</em>}</li>
 *   <li>{@link model.View#getRoles <em>Roles</em>}</li>
 *   <li>{@link model.View#getComponents <em>Components</em>}</li>
 *   <li>{@link model.View#getPhases <em>Phases</em>}</li>
 *   <li>{@link model.View#getTextMatch <em>Text Match</em>}</li>
 *   <li>{@link model.View#getColumns <em>Columns</em>}</li>
 *   <li>{@link model.View#getTimescale <em>Timescale</em>}</li>
 * </ul>
 *
 * @see model.ModelPackage#getView()
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
	 * @see model.ModelPackage#getView_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link model.View#getName <em>Name</em>}' attribute.
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
	 * @see model.ModelPackage#getView_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link model.View#getDescription <em>Description</em>}' attribute.
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
	 * @see model.ModelPackage#getView_CriticalOnly()
	 * @model
	 * @generated
	 */
	boolean isCriticalOnly();

	/**
	 * Sets the value of the '{@link model.View#isCriticalOnly <em>Critical Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Critical Only</em>' attribute.
	 * @see #isCriticalOnly()
	 * @generated
	 */
	void setCriticalOnly(boolean value);

	/**
	 * Returns the value of the '<em><b>Kinds</b></em>' attribute list.
	 * The list contents are of type {@link model.ElementKind}.
	 * The literals are from the enumeration {@link model.ElementKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only elements of these kinds (phase, deliverable, work package, activity, milestone); none: every kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kinds</em>' attribute list.
	 * @see model.ElementKind
	 * @see model.ModelPackage#getView_Kinds()
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
	 * @see model.ModelPackage#getView_MaxLevel()
	 * @model
	 * @generated
	 */
	int getMaxLevel();

	/**
	 * Sets the value of the '{@link model.View#getMaxLevel <em>Max Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Level</em>' attribute.
	 * @see #getMaxLevel()
	 * @generated
	 */
	void setMaxLevel(int value);

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' reference list.
	 * The list contents are of type {@link model.Resource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only elements one of these resources is assigned to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resources</em>' reference list.
	 * @see model.ModelPackage#getView_Resources()
	 * @model
	 * @generated
	 */
	EList<Resource> getResources();

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' reference list.
	 * The list contents are of type {@link model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only elements a resource of one of these roles is assigned to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' reference list.
	 * @see model.ModelPackage#getView_Roles()
	 * @model
	 * @generated
	 */
	EList<Role> getRoles();

	/**
	 * Returns the value of the '<em><b>Components</b></em>' reference list.
	 * The list contents are of type {@link model.CrmComponent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only elements that deliver one of these CRM components, or lie under one that does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Components</em>' reference list.
	 * @see model.ModelPackage#getView_Components()
	 * @model
	 * @generated
	 */
	EList<CrmComponent> getComponents();

	/**
	 * Returns the value of the '<em><b>Phases</b></em>' reference list.
	 * The list contents are of type {@link model.WbsElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only elements in the subtree of one of these elements (usually phases).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phases</em>' reference list.
	 * @see model.ModelPackage#getView_Phases()
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
	 * @see model.ModelPackage#getView_TextMatch()
	 * @model
	 * @generated
	 */
	String getTextMatch();

	/**
	 * Sets the value of the '{@link model.View#getTextMatch <em>Text Match</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Match</em>' attribute.
	 * @see #getTextMatch()
	 * @generated
	 */
	void setTextMatch(String value);

	/**
	 * Returns the value of the '<em><b>Columns</b></em>' attribute list.
	 * The list contents are of type {@link model.ViewColumn}.
	 * The literals are from the enumeration {@link model.ViewColumn}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The columns shown, in order; none: code and name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Columns</em>' attribute list.
	 * @see model.ViewColumn
	 * @see model.ModelPackage#getView_Columns()
	 * @model
	 * @generated
	 */
	EList<ViewColumn> getColumns();

	/**
	 * Returns the value of the '<em><b>Timescale</b></em>' attribute.
	 * The default value is <code>"WEEK"</code>.
	 * The literals are from the enumeration {@link model.TimescaleUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lower tier of the Gantt chart's timescale (the upper tier is the next larger unit).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timescale</em>' attribute.
	 * @see model.TimescaleUnit
	 * @see #setTimescale(TimescaleUnit)
	 * @see model.ModelPackage#getView_Timescale()
	 * @model default="WEEK"
	 * @generated
	 */
	TimescaleUnit getTimescale();

	/**
	 * Sets the value of the '{@link model.View#getTimescale <em>Timescale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timescale</em>' attribute.
	 * @see model.TimescaleUnit
	 * @see #getTimescale()
	 * @generated
	 */
	void setTimescale(TimescaleUnit value);

} // View
