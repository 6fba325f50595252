/**
 */
package model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stakeholder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stakeholder of the CRM project, with interest and influence for the stakeholder matrix.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link model.Stakeholder#getName <em>Name</em>}</li>
 *   <li>{@link model.Stakeholder#getRole <em>Role</em>}</li>
 *   <li>{@link model.Stakeholder#getGroup <em>Group</em>}</li>
 *   <li>{@link model.Stakeholder#getInterest <em>Interest</em>}</li>
 *   <li>{@link model.Stakeholder#getInfluence <em>Influence</em>}</li>
 * </ul>
 *
 * @see model.ModelPackage#getStakeholder()
 * @model
 * @generated
 */
public interface Stakeholder extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see model.ModelPackage#getStakeholder_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link model.Stakeholder#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Job title or function of the stakeholder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see model.ModelPackage#getStakeholder_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link model.Stakeholder#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * The literals are from the enumeration {@link model.StakeholderGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see model.StakeholderGroup
	 * @see #setGroup(StakeholderGroup)
	 * @see model.ModelPackage#getStakeholder_Group()
	 * @model
	 * @generated
	 */
	StakeholderGroup getGroup();

	/**
	 * Sets the value of the '{@link model.Stakeholder#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see model.StakeholderGroup
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(StakeholderGroup value);

	/**
	 * Returns the value of the '<em><b>Interest</b></em>' attribute.
	 * The literals are from the enumeration {@link model.Level}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interest</em>' attribute.
	 * @see model.Level
	 * @see #setInterest(Level)
	 * @see model.ModelPackage#getStakeholder_Interest()
	 * @model
	 * @generated
	 */
	Level getInterest();

	/**
	 * Sets the value of the '{@link model.Stakeholder#getInterest <em>Interest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interest</em>' attribute.
	 * @see model.Level
	 * @see #getInterest()
	 * @generated
	 */
	void setInterest(Level value);

	/**
	 * Returns the value of the '<em><b>Influence</b></em>' attribute.
	 * The literals are from the enumeration {@link model.Level}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Influence</em>' attribute.
	 * @see model.Level
	 * @see #setInfluence(Level)
	 * @see model.ModelPackage#getStakeholder_Influence()
	 * @model
	 * @generated
	 */
	Level getInfluence();

	/**
	 * Sets the value of the '{@link model.Stakeholder#getInfluence <em>Influence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Influence</em>' attribute.
	 * @see model.Level
	 * @see #getInfluence()
	 * @generated
	 */
	void setInfluence(Level value);

} // Stakeholder
