/**
 */
package org.wbsmodeler.example.risk;

import org.wbsmodeler.model.Annotation;
import org.wbsmodeler.model.WbsElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Risk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something that may happen to the element it hangs on. Exposure = probability × impact (a 1–5 impact scale, so exposure runs from 0 to 5); from 2.0 on it is high and wants a mitigation activity.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wbsmodeler.example.risk.Risk#getTitle <em>Title</em>}</li>
 *   <li>{@link org.wbsmodeler.example.risk.Risk#getProbability <em>Probability</em>}</li>
 *   <li>{@link org.wbsmodeler.example.risk.Risk#getImpact <em>Impact</em>}</li>
 *   <li>{@link org.wbsmodeler.example.risk.Risk#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.wbsmodeler.example.risk.Risk#getExposure <em>Exposure</em>}</li>
 *   <li>{@link org.wbsmodeler.example.risk.Risk#getMitigation <em>Mitigation</em>}</li>
 * </ul>
 *
 * @see org.wbsmodeler.example.risk.RiskPackage#getRisk()
 * @model
 * @generated
 */
public interface Risk extends Annotation {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What may happen, in a few words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.wbsmodeler.example.risk.RiskPackage#getRisk_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.example.risk.Risk#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How likely it is, 0 to 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Probability</em>' attribute.
	 * @see #setProbability(double)
	 * @see org.wbsmodeler.example.risk.RiskPackage#getRisk_Probability()
	 * @model
	 * @generated
	 */
	double getProbability();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.example.risk.Risk#getProbability <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probability</em>' attribute.
	 * @see #getProbability()
	 * @generated
	 */
	void setProbability(double value);

	/**
	 * Returns the value of the '<em><b>Impact</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How bad it would be, 1 (negligible, the default) to 5 (severe).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Impact</em>' attribute.
	 * @see #setImpact(int)
	 * @see org.wbsmodeler.example.risk.RiskPackage#getRisk_Impact()
	 * @model default="1"
	 * @generated
	 */
	int getImpact();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.example.risk.Risk#getImpact <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Impact</em>' attribute.
	 * @see #getImpact()
	 * @generated
	 */
	void setImpact(int value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who watches the risk and acts on it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.wbsmodeler.example.risk.RiskPackage#getRisk_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.example.risk.Risk#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Exposure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Probability × impact, 0 to 5; from 2.0 on a high exposure. Derived: never stored, never set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exposure</em>' attribute.
	 * @see org.wbsmodeler.example.risk.RiskPackage#getRisk_Exposure()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	double getExposure();

	/**
	 * Returns the value of the '<em><b>Mitigation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The activity (or any element) of the plan that lowers the risk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mitigation</em>' reference.
	 * @see #setMitigation(WbsElement)
	 * @see org.wbsmodeler.example.risk.RiskPackage#getRisk_Mitigation()
	 * @model
	 * @generated
	 */
	WbsElement getMitigation();

	/**
	 * Sets the value of the '{@link org.wbsmodeler.example.risk.Risk#getMitigation <em>Mitigation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mitigation</em>' reference.
	 * @see #getMitigation()
	 * @generated
	 */
	void setMitigation(WbsElement value);

} // Risk
