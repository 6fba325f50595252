/**
 */
package org.wbsmodeler.model;

import java.time.LocalDateTime;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a WBS model: the project with its WBS (children), calendars, resources, roles, baselines, process breakdown (PBS) and CRM scope.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wbsmodeler.model.Project#getName <em>Name</em>}</li>
 *   <li>{@link org.wbsmodeler.model.Project#getDescription <em>Description</em>}</li>
 *   <li>{@link org.wbsmodeler.model.Project#getStart <em>Start</em>}</li>
 *   <li>{@link org.wbsmodeler.model.Project#getStatusDate <em>Status Date</em>}</li>
 *   <li>{@link org.wbsmodeler.model.Project#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.wbsmodeler.model.Project#getDefaultCalendar <em>Default Calendar</em>}</li>
 *   <li>{@link org.wbsmodeler.model.Project#getCalendars <em>Calendars</em>}</li>
 *   <li>{@link org.wbsmodeler.model.Project#getResources <em>Resources</em>}</li>
 *   <li>{@link org.wbsmodeler.model.Project#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.wbsmodeler.model.Project#getBaselines <em>Baselines</em>}</li>
 *   <li>{@link org.wbsmodeler.model.Project#getProcessBreakdown <em>Process Breakdown</em>}</li>
 *   <li>{@link org.wbsmodeler.model.Project#getCrm <em>Crm</em>}</li>
 *   <li>{@link org.wbsmodeler.model.Project#getViews <em>Views</em>}</li>
 *   <li>{@link org.wbsmodeler.model.Project#getCorrelationGroups <em>Correlation Groups</em>}</li>
 * </ul>
 *
 * @see org.wbsmodeler.model.WbsPackage#getProject()
 * @model
 * @generated
 */
public interface Project extends WbsContainer {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.wbsmodeler.model.WbsPackage#getProject_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.Project#getName <em>Name</em>}' attribute.
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
	 * @see org.wbsmodeler.model.WbsPackage#getProject_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.Project#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Project start date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(LocalDateTime)
	 * @see org.wbsmodeler.model.WbsPackage#getProject_Start()
	 * @model dataType="org.wbsmodeler.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getStart();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.Project#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Status Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Status (as-of) date used for progress and earned value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Date</em>' attribute.
	 * @see #setStatusDate(LocalDateTime)
	 * @see org.wbsmodeler.model.WbsPackage#getProject_StatusDate()
	 * @model dataType="org.wbsmodeler.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getStatusDate();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.Project#getStatusDate <em>Status Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Date</em>' attribute.
	 * @see #getStatusDate()
	 * @generated
	 */
	void setStatusDate(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * The default value is <code>"USD"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO currency code of all costs and rates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.wbsmodeler.model.WbsPackage#getProject_Currency()
	 * @model default="USD"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.Project#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Default Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Calendar used by elements and resources without their own calendar; its hours per day define the length of a working day.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Calendar</em>' reference.
	 * @see #setDefaultCalendar(Calendar)
	 * @see org.wbsmodeler.model.WbsPackage#getProject_DefaultCalendar()
	 * @model
	 * @generated
	 */
	Calendar getDefaultCalendar();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.Project#getDefaultCalendar <em>Default Calendar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Calendar</em>' reference.
	 * @see #getDefaultCalendar()
	 * @generated
	 */
	void setDefaultCalendar(Calendar value);

	/**
	 * Returns the value of the '<em><b>Calendars</b></em>' containment reference list.
	 * The list contents are of type {@link org.wbsmodeler.model.Calendar}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Calendars</em>' containment reference list.
	 * @see org.wbsmodeler.model.WbsPackage#getProject_Calendars()
	 * @model containment="true"
	 * @generated
	 */
	EList<Calendar> getCalendars();

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' containment reference list.
	 * The list contents are of type {@link org.wbsmodeler.model.Resource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resources</em>' containment reference list.
	 * @see org.wbsmodeler.model.WbsPackage#getProject_Resources()
	 * @model containment="true"
	 * @generated
	 */
	EList<Resource> getResources();

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link org.wbsmodeler.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see org.wbsmodeler.model.WbsPackage#getProject_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Role> getRoles();

	/**
	 * Returns the value of the '<em><b>Baselines</b></em>' containment reference list.
	 * The list contents are of type {@link org.wbsmodeler.model.Baseline}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baselines</em>' containment reference list.
	 * @see org.wbsmodeler.model.WbsPackage#getProject_Baselines()
	 * @model containment="true"
	 * @generated
	 */
	EList<Baseline> getBaselines();

	/**
	 * Returns the value of the '<em><b>Process Breakdown</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The process breakdown structure (PBS).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Process Breakdown</em>' containment reference.
	 * @see #setProcessBreakdown(ProcessBreakdown)
	 * @see org.wbsmodeler.model.WbsPackage#getProject_ProcessBreakdown()
	 * @model containment="true"
	 * @generated
	 */
	ProcessBreakdown getProcessBreakdown();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.Project#getProcessBreakdown <em>Process Breakdown</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Process Breakdown</em>' containment reference.
	 * @see #getProcessBreakdown()
	 * @generated
	 */
	void setProcessBreakdown(ProcessBreakdown value);

	/**
	 * Returns the value of the '<em><b>Crm</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CRM scope (components, requirements, stakeholders, objectives, budget).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Crm</em>' containment reference.
	 * @see #setCrm(CrmScope)
	 * @see org.wbsmodeler.model.WbsPackage#getProject_Crm()
	 * @model containment="true"
	 * @generated
	 */
	CrmScope getCrm();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.Project#getCrm <em>Crm</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Crm</em>' containment reference.
	 * @see #getCrm()
	 * @generated
	 */
	void setCrm(CrmScope value);

	/**
	 * Returns the value of the '<em><b>Views</b></em>' containment reference list.
	 * The list contents are of type {@link org.wbsmodeler.model.View}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Named views of the plan for an audience (steering committee, IT team lead, ...): a filter, the columns shown and the timescale of the Gantt chart.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Views</em>' containment reference list.
	 * @see org.wbsmodeler.model.WbsPackage#getProject_Views()
	 * @model containment="true"
	 * @generated
	 */
	EList<View> getViews();

	/**
	 * Returns the value of the '<em><b>Correlation Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.wbsmodeler.model.CorrelationGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Groups of activities whose duration uncertainty moves together (one team, one vendor, one technology) in schedule risk analysis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Correlation Groups</em>' containment reference list.
	 * @see org.wbsmodeler.model.WbsPackage#getProject_CorrelationGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<CorrelationGroup> getCorrelationGroups();

} // Project
