/**
 */
package model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Calendar</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A working-time calendar: working week days, working periods of a day and exceptions (holidays or extra working days).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link model.Calendar#getName <em>Name</em>}</li>
 *   <li>{@link model.Calendar#getWorkingDays <em>Working Days</em>}</li>
 *   <li>{@link model.Calendar#getPeriods <em>Periods</em>}</li>
 *   <li>{@link model.Calendar#getExceptions <em>Exceptions</em>}</li>
 *   <li>{@link model.Calendar#getHoursPerDay <em>Hours Per Day</em>}</li>
 * </ul>
 *
 * @see model.ModelPackage#getCalendar()
 * @model
 * @generated
 */
public interface Calendar extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see model.ModelPackage#getCalendar_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link model.Calendar#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Working Days</b></em>' attribute list.
	 * The list contents are of type {@link model.Weekday}.
	 * The literals are from the enumeration {@link model.Weekday}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Working days of the week.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Working Days</em>' attribute list.
	 * @see model.Weekday
	 * @see model.ModelPackage#getCalendar_WorkingDays()
	 * @model
	 * @generated
	 */
	EList<Weekday> getWorkingDays();

	/**
	 * Returns the value of the '<em><b>Periods</b></em>' containment reference list.
	 * The list contents are of type {@link model.WorkingPeriod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Working periods of a working day; none means 08:00-12:00 and 13:00-17:00.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Periods</em>' containment reference list.
	 * @see model.ModelPackage#getCalendar_Periods()
	 * @model containment="true"
	 * @generated
	 */
	EList<WorkingPeriod> getPeriods();

	/**
	 * Returns the value of the '<em><b>Exceptions</b></em>' containment reference list.
	 * The list contents are of type {@link model.CalendarException}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exceptions</em>' containment reference list.
	 * @see model.ModelPackage#getCalendar_Exceptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<CalendarException> getExceptions();

	/**
	 * Returns the value of the '<em><b>Hours Per Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Working hours per day: the sum of the periods (8.0 when there are none).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hours Per Day</em>' attribute.
	 * @see model.ModelPackage#getCalendar_HoursPerDay()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	double getHoursPerDay();

} // Calendar
