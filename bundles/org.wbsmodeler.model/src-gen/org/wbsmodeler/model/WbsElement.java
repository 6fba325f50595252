/**
 */
package org.wbsmodeler.model;

import java.time.LocalDateTime;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An element of the work breakdown structure. Durations and floats are in working days, effort in hours, costs in the project currency. The scheduled results (early/late dates, floats, critical) are written by the scheduler.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getName <em>Name</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getDescription <em>Description</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getCustomCode <em>Custom Code</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getCode <em>Code</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getEffort <em>Effort</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getFixedCost <em>Fixed Cost</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getPercentComplete <em>Percent Complete</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#isDurationElapsed <em>Duration Elapsed</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getTaskMode <em>Task Mode</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getManualStart <em>Manual Start</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getManualFinish <em>Manual Finish</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getActualStart <em>Actual Start</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getActualFinish <em>Actual Finish</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getActualCost <em>Actual Cost</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getConstraintType <em>Constraint Type</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getConstraintDate <em>Constraint Date</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getCalendar <em>Calendar</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getAssignments <em>Assignments</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getPredecessors <em>Predecessors</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getEarlyStart <em>Early Start</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getEarlyFinish <em>Early Finish</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getLateStart <em>Late Start</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getLateFinish <em>Late Finish</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getTotalFloat <em>Total Float</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getFreeFloat <em>Free Float</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#isCritical <em>Critical</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#getTaskType <em>Task Type</em>}</li>
 *   <li>{@link org.wbsmodeler.model.WbsElement#isEffortDriven <em>Effort Driven</em>}</li>
 * </ul>
 *
 * @see org.wbsmodeler.model.WbsPackage#getWbsElement()
 * @model abstract="true"
 * @generated
 */
public interface WbsElement extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getName <em>Name</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * WBS dictionary entry: scope and content of the element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Person or organisation responsible for the element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Custom Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional WBS code overriding the position code (e.g. imported from MS Project).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Custom Code</em>' attribute.
	 * @see #setCustomCode(String)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_CustomCode()
	 * @model
	 * @generated
	 */
	String getCustomCode();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getCustomCode <em>Custom Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Custom Code</em>' attribute.
	 * @see #getCustomCode()
	 * @generated
	 */
	void setCustomCode(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * WBS code: the custom code if set, otherwise the 1-based position path (1.2.3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_Code()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Returns the value of the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Duration in working days.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration</em>' attribute.
	 * @see #setDuration(double)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_Duration()
	 * @model
	 * @generated
	 */
	double getDuration();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getDuration <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration</em>' attribute.
	 * @see #getDuration()
	 * @generated
	 */
	void setDuration(double value);

	/**
	 * Returns the value of the '<em><b>Effort</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Effort (work) in hours.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effort</em>' attribute.
	 * @see #setEffort(double)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_Effort()
	 * @model
	 * @generated
	 */
	double getEffort();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getEffort <em>Effort</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effort</em>' attribute.
	 * @see #getEffort()
	 * @generated
	 */
	void setEffort(double value);

	/**
	 * Returns the value of the '<em><b>Fixed Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixed cost in the project currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fixed Cost</em>' attribute.
	 * @see #setFixedCost(double)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_FixedCost()
	 * @model
	 * @generated
	 */
	double getFixedCost();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getFixedCost <em>Fixed Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fixed Cost</em>' attribute.
	 * @see #getFixedCost()
	 * @generated
	 */
	void setFixedCost(double value);

	/**
	 * Returns the value of the '<em><b>Percent Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Percent complete, 0..100.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Percent Complete</em>' attribute.
	 * @see #setPercentComplete(double)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_PercentComplete()
	 * @model
	 * @generated
	 */
	double getPercentComplete();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getPercentComplete <em>Percent Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent Complete</em>' attribute.
	 * @see #getPercentComplete()
	 * @generated
	 */
	void setPercentComplete(double value);

	/**
	 * Returns the value of the '<em><b>Duration Elapsed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The duration counts calendar time, every day and hour (MS Project's edays): it is then in elapsed days of 24 hours.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration Elapsed</em>' attribute.
	 * @see #setDurationElapsed(boolean)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_DurationElapsed()
	 * @model
	 * @generated
	 */
	boolean isDurationElapsed();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#isDurationElapsed <em>Duration Elapsed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Elapsed</em>' attribute.
	 * @see #isDurationElapsed()
	 * @generated
	 */
	void setDurationElapsed(boolean value);

	/**
	 * Returns the value of the '<em><b>Task Mode</b></em>' attribute.
	 * The default value is <code>"AUTO"</code>.
	 * The literals are from the enumeration {@link org.wbsmodeler.model.TaskMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Auto: the scheduler places the element; manual: it stays at its manual start and finish, its links kept but not moving it (MS Project's manually scheduled task).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Task Mode</em>' attribute.
	 * @see org.wbsmodeler.model.TaskMode
	 * @see #setTaskMode(TaskMode)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_TaskMode()
	 * @model default="AUTO"
	 * @generated
	 */
	TaskMode getTaskMode();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getTaskMode <em>Task Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task Mode</em>' attribute.
	 * @see org.wbsmodeler.model.TaskMode
	 * @see #getTaskMode()
	 * @generated
	 */
	void setTaskMode(TaskMode value);

	/**
	 * Returns the value of the '<em><b>Manual Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start of a manually scheduled element (MS Project's ManualStart); without it, the scheduled start it had when switched to manual.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Manual Start</em>' attribute.
	 * @see #setManualStart(LocalDateTime)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_ManualStart()
	 * @model dataType="org.wbsmodeler.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getManualStart();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getManualStart <em>Manual Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manual Start</em>' attribute.
	 * @see #getManualStart()
	 * @generated
	 */
	void setManualStart(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Manual Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Finish of a manually scheduled element (MS Project's ManualFinish); without it, the manual start plus the duration.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Manual Finish</em>' attribute.
	 * @see #setManualFinish(LocalDateTime)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_ManualFinish()
	 * @model dataType="org.wbsmodeler.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getManualFinish();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getManualFinish <em>Manual Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manual Finish</em>' attribute.
	 * @see #getManualFinish()
	 * @generated
	 */
	void setManualFinish(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Actual Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When work on the element actually started: work before it is done where it happened, the rest is scheduled from it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actual Start</em>' attribute.
	 * @see #setActualStart(LocalDateTime)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_ActualStart()
	 * @model dataType="org.wbsmodeler.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getActualStart();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getActualStart <em>Actual Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual Start</em>' attribute.
	 * @see #getActualStart()
	 * @generated
	 */
	void setActualStart(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Actual Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actual Finish</em>' attribute.
	 * @see #setActualFinish(LocalDateTime)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_ActualFinish()
	 * @model dataType="org.wbsmodeler.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getActualFinish();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getActualFinish <em>Actual Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual Finish</em>' attribute.
	 * @see #getActualFinish()
	 * @generated
	 */
	void setActualFinish(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Actual Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Actual cost in the project currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actual Cost</em>' attribute.
	 * @see #setActualCost(double)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_ActualCost()
	 * @model
	 * @generated
	 */
	double getActualCost();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getActualCost <em>Actual Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual Cost</em>' attribute.
	 * @see #getActualCost()
	 * @generated
	 */
	void setActualCost(double value);

	/**
	 * Returns the value of the '<em><b>Constraint Type</b></em>' attribute.
	 * The default value is <code>"ASAP"</code>.
	 * The literals are from the enumeration {@link org.wbsmodeler.model.ConstraintType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Constraint Type</em>' attribute.
	 * @see org.wbsmodeler.model.ConstraintType
	 * @see #setConstraintType(ConstraintType)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_ConstraintType()
	 * @model default="ASAP"
	 * @generated
	 */
	ConstraintType getConstraintType();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getConstraintType <em>Constraint Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Constraint Type</em>' attribute.
	 * @see org.wbsmodeler.model.ConstraintType
	 * @see #getConstraintType()
	 * @generated
	 */
	void setConstraintType(ConstraintType value);

	/**
	 * Returns the value of the '<em><b>Constraint Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of the constraint (not used by ASAP and ALAP).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Constraint Date</em>' attribute.
	 * @see #setConstraintDate(LocalDateTime)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_ConstraintDate()
	 * @model dataType="org.wbsmodeler.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getConstraintDate();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getConstraintDate <em>Constraint Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Constraint Date</em>' attribute.
	 * @see #getConstraintDate()
	 * @generated
	 */
	void setConstraintDate(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Calendar of the element; the project's default calendar when not set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calendar</em>' reference.
	 * @see #setCalendar(Calendar)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_Calendar()
	 * @model
	 * @generated
	 */
	Calendar getCalendar();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getCalendar <em>Calendar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Calendar</em>' reference.
	 * @see #getCalendar()
	 * @generated
	 */
	void setCalendar(Calendar value);

	/**
	 * Returns the value of the '<em><b>Assignments</b></em>' containment reference list.
	 * The list contents are of type {@link org.wbsmodeler.model.Assignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assignments</em>' containment reference list.
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_Assignments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assignment> getAssignments();

	/**
	 * Returns the value of the '<em><b>Predecessors</b></em>' containment reference list.
	 * The list contents are of type {@link org.wbsmodeler.model.Dependency}.
	 * It is bidirectional and its opposite is '{@link org.wbsmodeler.model.Dependency#getSuccessor <em>Successor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Incoming dependencies: this element is their successor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Predecessors</em>' containment reference list.
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_Predecessors()
	 * @see org.wbsmodeler.model.Dependency#getSuccessor
	 * @model opposite="successor" containment="true"
	 * @generated
	 */
	EList<Dependency> getPredecessors();

	/**
	 * Returns the value of the '<em><b>Early Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scheduled early start (written by the scheduler).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Early Start</em>' attribute.
	 * @see #setEarlyStart(LocalDateTime)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_EarlyStart()
	 * @model dataType="org.wbsmodeler.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getEarlyStart();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getEarlyStart <em>Early Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Early Start</em>' attribute.
	 * @see #getEarlyStart()
	 * @generated
	 */
	void setEarlyStart(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Early Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scheduled early finish (written by the scheduler).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Early Finish</em>' attribute.
	 * @see #setEarlyFinish(LocalDateTime)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_EarlyFinish()
	 * @model dataType="org.wbsmodeler.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getEarlyFinish();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getEarlyFinish <em>Early Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Early Finish</em>' attribute.
	 * @see #getEarlyFinish()
	 * @generated
	 */
	void setEarlyFinish(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Late Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scheduled late start (written by the scheduler).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Late Start</em>' attribute.
	 * @see #setLateStart(LocalDateTime)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_LateStart()
	 * @model dataType="org.wbsmodeler.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getLateStart();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getLateStart <em>Late Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Late Start</em>' attribute.
	 * @see #getLateStart()
	 * @generated
	 */
	void setLateStart(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Late Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scheduled late finish (written by the scheduler).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Late Finish</em>' attribute.
	 * @see #setLateFinish(LocalDateTime)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_LateFinish()
	 * @model dataType="org.wbsmodeler.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getLateFinish();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getLateFinish <em>Late Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Late Finish</em>' attribute.
	 * @see #getLateFinish()
	 * @generated
	 */
	void setLateFinish(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Total Float</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Total float in working days (written by the scheduler).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Total Float</em>' attribute.
	 * @see #setTotalFloat(double)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_TotalFloat()
	 * @model
	 * @generated
	 */
	double getTotalFloat();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getTotalFloat <em>Total Float</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Float</em>' attribute.
	 * @see #getTotalFloat()
	 * @generated
	 */
	void setTotalFloat(double value);

	/**
	 * Returns the value of the '<em><b>Free Float</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free float in working days (written by the scheduler).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Free Float</em>' attribute.
	 * @see #setFreeFloat(double)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_FreeFloat()
	 * @model
	 * @generated
	 */
	double getFreeFloat();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getFreeFloat <em>Free Float</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Free Float</em>' attribute.
	 * @see #getFreeFloat()
	 * @generated
	 */
	void setFreeFloat(double value);

	/**
	 * Returns the value of the '<em><b>Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the element is on the critical path (written by the scheduler).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Critical</em>' attribute.
	 * @see #setCritical(boolean)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_Critical()
	 * @model
	 * @generated
	 */
	boolean isCritical();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#isCritical <em>Critical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Critical</em>' attribute.
	 * @see #isCritical()
	 * @generated
	 */
	void setCritical(boolean value);

	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' containment reference list.
	 * The list contents are of type {@link org.wbsmodeler.model.Annotation}.
	 * It is bidirectional and its opposite is '{@link org.wbsmodeler.model.Annotation#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What plug-ins hang on this element (risks, review notes, …): instances of their classes that extend Annotation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annotations</em>' containment reference list.
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_Annotations()
	 * @see org.wbsmodeler.model.Annotation#getElement
	 * @model opposite="element" containment="true"
	 * @generated
	 */
	EList<Annotation> getAnnotations();

	/**
	 * Returns the value of the '<em><b>Task Type</b></em>' attribute.
	 * The default value is <code>"FIXED_UNITS"</code>.
	 * The literals are from the enumeration {@link org.wbsmodeler.model.TaskType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MS Project's task type: which of duration, work and units stays put when another of them is edited (work = duration x units x hours per day of the task's calendar). Fixed units, MS Project's default, is also what files without a type load as.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Task Type</em>' attribute.
	 * @see org.wbsmodeler.model.TaskType
	 * @see #setTaskType(TaskType)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_TaskType()
	 * @model default="FIXED_UNITS"
	 * @generated
	 */
	TaskType getTaskType();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#getTaskType <em>Task Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task Type</em>' attribute.
	 * @see org.wbsmodeler.model.TaskType
	 * @see #getTaskType()
	 * @generated
	 */
	void setTaskType(TaskType value);

	/**
	 * Returns the value of the '<em><b>Effort Driven</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MS Project's effort-driven flag: adding or removing a resource keeps the task's work and shares it out again (a fixed-work task is always effort driven). Off by default, as in MS Project.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effort Driven</em>' attribute.
	 * @see #setEffortDriven(boolean)
	 * @see org.wbsmodeler.model.WbsPackage#getWbsElement_EffortDriven()
	 * @model
	 * @generated
	 */
	boolean isEffortDriven();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.WbsElement#isEffortDriven <em>Effort Driven</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effort Driven</em>' attribute.
	 * @see #isEffortDriven()
	 * @generated
	 */
	void setEffortDriven(boolean value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The WBS container (Project or summary element) this element is a child of, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	WbsContainer parent();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the element is a summary: a container with at least one child. Summaries span, add up and weigh their children; everything else is a leaf (an activity of the schedule).
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isSummary();

} // WbsElement
