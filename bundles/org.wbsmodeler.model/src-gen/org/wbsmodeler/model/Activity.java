/**
 */
package org.wbsmodeler.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An activity (task): a leaf WBS element with duration and effort.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wbsmodeler.model.Activity#getOptimisticDuration <em>Optimistic Duration</em>}</li>
 *   <li>{@link org.wbsmodeler.model.Activity#getMostLikelyDuration <em>Most Likely Duration</em>}</li>
 *   <li>{@link org.wbsmodeler.model.Activity#getPessimisticDuration <em>Pessimistic Duration</em>}</li>
 *   <li>{@link org.wbsmodeler.model.Activity#getDurationDistribution <em>Duration Distribution</em>}</li>
 * </ul>
 *
 * @see org.wbsmodeler.model.WbsPackage#getActivity()
 * @model
 * @generated
 */
public interface Activity extends WbsElement {

	/**
	 * Returns the value of the '<em><b>Optimistic Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Three-point estimate, optimistic duration in working days (elapsed days for an elapsed duration); unset: no range. Schedule risk analysis samples the duration between the optimistic and pessimistic durations when all three are set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Optimistic Duration</em>' attribute.
	 * @see #isSetOptimisticDuration()
	 * @see #unsetOptimisticDuration()
	 * @see #setOptimisticDuration(double)
	 * @see org.wbsmodeler.model.WbsPackage#getActivity_OptimisticDuration()
	 * @model unsettable="true"
	 * @generated
	 */
	double getOptimisticDuration();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.Activity#getOptimisticDuration <em>Optimistic Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optimistic Duration</em>' attribute.
	 * @see #isSetOptimisticDuration()
	 * @see #unsetOptimisticDuration()
	 * @see #getOptimisticDuration()
	 * @generated
	 */
	void setOptimisticDuration(double value);

	/**
	 * Unsets the value of the '{@link org.wbsmodeler.model.Activity#getOptimisticDuration <em>Optimistic Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOptimisticDuration()
	 * @see #getOptimisticDuration()
	 * @see #setOptimisticDuration(double)
	 * @generated
	 */
	void unsetOptimisticDuration();

	/**
	 * Returns whether the value of the '{@link org.wbsmodeler.model.Activity#getOptimisticDuration <em>Optimistic Duration</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Optimistic Duration</em>' attribute is set.
	 * @see #unsetOptimisticDuration()
	 * @see #getOptimisticDuration()
	 * @see #setOptimisticDuration(double)
	 * @generated
	 */
	boolean isSetOptimisticDuration();

	/**
	 * Returns the value of the '<em><b>Most Likely Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Three-point estimate, most likely duration in working days; unset: no range.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Most Likely Duration</em>' attribute.
	 * @see #isSetMostLikelyDuration()
	 * @see #unsetMostLikelyDuration()
	 * @see #setMostLikelyDuration(double)
	 * @see org.wbsmodeler.model.WbsPackage#getActivity_MostLikelyDuration()
	 * @model unsettable="true"
	 * @generated
	 */
	double getMostLikelyDuration();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.Activity#getMostLikelyDuration <em>Most Likely Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Most Likely Duration</em>' attribute.
	 * @see #isSetMostLikelyDuration()
	 * @see #unsetMostLikelyDuration()
	 * @see #getMostLikelyDuration()
	 * @generated
	 */
	void setMostLikelyDuration(double value);

	/**
	 * Unsets the value of the '{@link org.wbsmodeler.model.Activity#getMostLikelyDuration <em>Most Likely Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMostLikelyDuration()
	 * @see #getMostLikelyDuration()
	 * @see #setMostLikelyDuration(double)
	 * @generated
	 */
	void unsetMostLikelyDuration();

	/**
	 * Returns whether the value of the '{@link org.wbsmodeler.model.Activity#getMostLikelyDuration <em>Most Likely Duration</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Most Likely Duration</em>' attribute is set.
	 * @see #unsetMostLikelyDuration()
	 * @see #getMostLikelyDuration()
	 * @see #setMostLikelyDuration(double)
	 * @generated
	 */
	boolean isSetMostLikelyDuration();

	/**
	 * Returns the value of the '<em><b>Pessimistic Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Three-point estimate, pessimistic duration in working days; unset: no range.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pessimistic Duration</em>' attribute.
	 * @see #isSetPessimisticDuration()
	 * @see #unsetPessimisticDuration()
	 * @see #setPessimisticDuration(double)
	 * @see org.wbsmodeler.model.WbsPackage#getActivity_PessimisticDuration()
	 * @model unsettable="true"
	 * @generated
	 */
	double getPessimisticDuration();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.Activity#getPessimisticDuration <em>Pessimistic Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pessimistic Duration</em>' attribute.
	 * @see #isSetPessimisticDuration()
	 * @see #unsetPessimisticDuration()
	 * @see #getPessimisticDuration()
	 * @generated
	 */
	void setPessimisticDuration(double value);

	/**
	 * Unsets the value of the '{@link org.wbsmodeler.model.Activity#getPessimisticDuration <em>Pessimistic Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPessimisticDuration()
	 * @see #getPessimisticDuration()
	 * @see #setPessimisticDuration(double)
	 * @generated
	 */
	void unsetPessimisticDuration();

	/**
	 * Returns whether the value of the '{@link org.wbsmodeler.model.Activity#getPessimisticDuration <em>Pessimistic Duration</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Pessimistic Duration</em>' attribute is set.
	 * @see #unsetPessimisticDuration()
	 * @see #getPessimisticDuration()
	 * @see #setPessimisticDuration(double)
	 * @generated
	 */
	boolean isSetPessimisticDuration();

	/**
	 * Returns the value of the '<em><b>Duration Distribution</b></em>' attribute.
	 * The default value is <code>"TRIANGULAR"</code>.
	 * The literals are from the enumeration {@link org.wbsmodeler.model.DurationDistribution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the duration is distributed between the optimistic and pessimistic durations of the three-point estimate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration Distribution</em>' attribute.
	 * @see org.wbsmodeler.model.DurationDistribution
	 * @see #setDurationDistribution(DurationDistribution)
	 * @see org.wbsmodeler.model.WbsPackage#getActivity_DurationDistribution()
	 * @model default="TRIANGULAR"
	 * @generated
	 */
	DurationDistribution getDurationDistribution();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.model.Activity#getDurationDistribution <em>Duration Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Distribution</em>' attribute.
	 * @see org.wbsmodeler.model.DurationDistribution
	 * @see #getDurationDistribution()
	 * @generated
	 */
	void setDurationDistribution(DurationDistribution value);
} // Activity
