/**
 */
package model;

import java.time.LocalDateTime;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Calendar Exception</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An exception to a calendar's working week: a holiday (not working) or extra working days, from one day to another (inclusive).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link model.CalendarException#getName <em>Name</em>}</li>
 *   <li>{@link model.CalendarException#getFrom <em>From</em>}</li>
 *   <li>{@link model.CalendarException#getTo <em>To</em>}</li>
 *   <li>{@link model.CalendarException#isWorking <em>Working</em>}</li>
 * </ul>
 *
 * @see model.ModelPackage#getCalendarException()
 * @model
 * @generated
 */
public interface CalendarException extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see model.ModelPackage#getCalendarException_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link model.CalendarException#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day of the exception.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see #setFrom(LocalDateTime)
	 * @see model.ModelPackage#getCalendarException_From()
	 * @model dataType="model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getFrom();

	/**
	 * Sets the value of the '{@link model.CalendarException#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day of the exception (inclusive).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see #setTo(LocalDateTime)
	 * @see model.ModelPackage#getCalendarException_To()
	 * @model dataType="model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getTo();

	/**
	 * Sets the value of the '{@link model.CalendarException#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Working</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for extra working days, false for a holiday.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Working</em>' attribute.
	 * @see #setWorking(boolean)
	 * @see model.ModelPackage#getCalendarException_Working()
	 * @model
	 * @generated
	 */
	boolean isWorking();

	/**
	 * Sets the value of the '{@link model.CalendarException#isWorking <em>Working</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Working</em>' attribute.
	 * @see #isWorking()
	 * @generated
	 */
	void setWorking(boolean value);

} // CalendarException
