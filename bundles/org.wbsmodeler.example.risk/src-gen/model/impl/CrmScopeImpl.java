/**
 */
package model.impl;

import java.util.Collection;

import model.BudgetLine;
import model.CrmComponent;
import model.CrmScope;
import model.ModelPackage;
import model.Objective;
import model.Requirement;
import model.Stakeholder;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Crm Scope</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link model.impl.CrmScopeImpl#getComponents <em>Components</em>}</li>
 *   <li>{@link model.impl.CrmScopeImpl#getRequirements <em>Requirements</em>}</li>
 *   <li>{@link model.impl.CrmScopeImpl#getStakeholders <em>Stakeholders</em>}</li>
 *   <li>{@link model.impl.CrmScopeImpl#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link model.impl.CrmScopeImpl#getBudgetLines <em>Budget Lines</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CrmScopeImpl extends MinimalEObjectImpl.Container implements CrmScope {
	/**
	 * The cached value of the '{@link #getComponents() <em>Components</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponents()
	 * @generated
	 * @ordered
	 */
	protected EList<CrmComponent> components;

	/**
	 * The cached value of the '{@link #getRequirements() <em>Requirements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequirements()
	 * @generated
	 * @ordered
	 */
	protected EList<Requirement> requirements;

	/**
	 * The cached value of the '{@link #getStakeholders() <em>Stakeholders</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStakeholders()
	 * @generated
	 * @ordered
	 */
	protected EList<Stakeholder> stakeholders;

	/**
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<Objective> objectives;

	/**
	 * The cached value of the '{@link #getBudgetLines() <em>Budget Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetLines()
	 * @generated
	 * @ordered
	 */
	protected EList<BudgetLine> budgetLines;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CrmScopeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CRM_SCOPE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CrmComponent> getComponents() {
		if (components == null) {
			components = new EObjectContainmentEList<CrmComponent>(CrmComponent.class, this, ModelPackage.CRM_SCOPE__COMPONENTS);
		}
		return components;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Requirement> getRequirements() {
		if (requirements == null) {
			requirements = new EObjectContainmentEList<Requirement>(Requirement.class, this, ModelPackage.CRM_SCOPE__REQUIREMENTS);
		}
		return requirements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stakeholder> getStakeholders() {
		if (stakeholders == null) {
			stakeholders = new EObjectContainmentEList<Stakeholder>(Stakeholder.class, this, ModelPackage.CRM_SCOPE__STAKEHOLDERS);
		}
		return stakeholders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Objective> getObjectives() {
		if (objectives == null) {
			objectives = new EObjectContainmentEList<Objective>(Objective.class, this, ModelPackage.CRM_SCOPE__OBJECTIVES);
		}
		return objectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BudgetLine> getBudgetLines() {
		if (budgetLines == null) {
			budgetLines = new EObjectContainmentEList<BudgetLine>(BudgetLine.class, this, ModelPackage.CRM_SCOPE__BUDGET_LINES);
		}
		return budgetLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.CRM_SCOPE__COMPONENTS:
				return ((InternalEList<?>)getComponents()).basicRemove(otherEnd, msgs);
			case ModelPackage.CRM_SCOPE__REQUIREMENTS:
				return ((InternalEList<?>)getRequirements()).basicRemove(otherEnd, msgs);
			case ModelPackage.CRM_SCOPE__STAKEHOLDERS:
				return ((InternalEList<?>)getStakeholders()).basicRemove(otherEnd, msgs);
			case ModelPackage.CRM_SCOPE__OBJECTIVES:
				return ((InternalEList<?>)getObjectives()).basicRemove(otherEnd, msgs);
			case ModelPackage.CRM_SCOPE__BUDGET_LINES:
				return ((InternalEList<?>)getBudgetLines()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.CRM_SCOPE__COMPONENTS:
				return getComponents();
			case ModelPackage.CRM_SCOPE__REQUIREMENTS:
				return getRequirements();
			case ModelPackage.CRM_SCOPE__STAKEHOLDERS:
				return getStakeholders();
			case ModelPackage.CRM_SCOPE__OBJECTIVES:
				return getObjectives();
			case ModelPackage.CRM_SCOPE__BUDGET_LINES:
				return getBudgetLines();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.CRM_SCOPE__COMPONENTS:
				getComponents().clear();
				getComponents().addAll((Collection<? extends CrmComponent>)newValue);
				return;
			case ModelPackage.CRM_SCOPE__REQUIREMENTS:
				getRequirements().clear();
				getRequirements().addAll((Collection<? extends Requirement>)newValue);
				return;
			case ModelPackage.CRM_SCOPE__STAKEHOLDERS:
				getStakeholders().clear();
				getStakeholders().addAll((Collection<? extends Stakeholder>)newValue);
				return;
			case ModelPackage.CRM_SCOPE__OBJECTIVES:
				getObjectives().clear();
				getObjectives().addAll((Collection<? extends Objective>)newValue);
				return;
			case ModelPackage.CRM_SCOPE__BUDGET_LINES:
				getBudgetLines().clear();
				getBudgetLines().addAll((Collection<? extends BudgetLine>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.CRM_SCOPE__COMPONENTS:
				getComponents().clear();
				return;
			case ModelPackage.CRM_SCOPE__REQUIREMENTS:
				getRequirements().clear();
				return;
			case ModelPackage.CRM_SCOPE__STAKEHOLDERS:
				getStakeholders().clear();
				return;
			case ModelPackage.CRM_SCOPE__OBJECTIVES:
				getObjectives().clear();
				return;
			case ModelPackage.CRM_SCOPE__BUDGET_LINES:
				getBudgetLines().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.CRM_SCOPE__COMPONENTS:
				return components != null && !components.isEmpty();
			case ModelPackage.CRM_SCOPE__REQUIREMENTS:
				return requirements != null && !requirements.isEmpty();
			case ModelPackage.CRM_SCOPE__STAKEHOLDERS:
				return stakeholders != null && !stakeholders.isEmpty();
			case ModelPackage.CRM_SCOPE__OBJECTIVES:
				return objectives != null && !objectives.isEmpty();
			case ModelPackage.CRM_SCOPE__BUDGET_LINES:
				return budgetLines != null && !budgetLines.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //CrmScopeImpl
