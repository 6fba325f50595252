/**
 */
package model.impl;

import java.util.Collection;

import model.CrmComponent;
import model.ElementKind;
import model.ModelPackage;
import model.Resource;
import model.Role;
import model.TimescaleUnit;
import model.View;
import model.ViewColumn;
import model.WbsElement;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>View</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link model.impl.ViewImpl#getName <em>Name</em>}</li>
 *   <li>{@link model.impl.ViewImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link model.impl.ViewImpl#isCriticalOnly <em>Critical Only</em>}</li>
 *   <li>{@link model.impl.ViewImpl#getKinds <em>Kinds</em>}</li>
 *   <li>{@link model.impl.ViewImpl#getMaxLevel <em>Max Level</em>}</li>
 *   <li>{@link model.impl.ViewImpl#getResources <em>Resources</em>}</li>
 *   <li>{@link model.impl.ViewImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link model.impl.ViewImpl#getComponents <em>Components</em>}</li>
 *   <li>{@link model.impl.ViewImpl#getPhases <em>Phases</em>}</li>
 *   <li>{@link model.impl.ViewImpl#getTextMatch <em>Text Match</em>}</li>
 *   <li>{@link model.impl.ViewImpl#getColumns <em>Columns</em>}</li>
 *   <li>{@link model.impl.ViewImpl#getTimescale <em>Timescale</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ViewImpl extends MinimalEObjectImpl.Container implements View {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isCriticalOnly() <em>Critical Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCriticalOnly()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CRITICAL_ONLY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCriticalOnly() <em>Critical Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCriticalOnly()
	 * @generated
	 * @ordered
	 */
	protected boolean criticalOnly = CRITICAL_ONLY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKinds() <em>Kinds</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKinds()
	 * @generated
	 * @ordered
	 */
	protected EList<ElementKind> kinds;

	/**
	 * The default value of the '{@link #getMaxLevel() <em>Max Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxLevel()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_LEVEL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxLevel() <em>Max Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxLevel()
	 * @generated
	 * @ordered
	 */
	protected int maxLevel = MAX_LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResources() <em>Resources</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResources()
	 * @generated
	 * @ordered
	 */
	protected EList<Resource> resources;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> roles;

	/**
	 * The cached value of the '{@link #getComponents() <em>Components</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponents()
	 * @generated
	 * @ordered
	 */
	protected EList<CrmComponent> components;

	/**
	 * The cached value of the '{@link #getPhases() <em>Phases</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhases()
	 * @generated
	 * @ordered
	 */
	protected EList<WbsElement> phases;

	/**
	 * The default value of the '{@link #getTextMatch() <em>Text Match</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextMatch()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_MATCH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextMatch() <em>Text Match</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextMatch()
	 * @generated
	 * @ordered
	 */
	protected String textMatch = TEXT_MATCH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getColumns() <em>Columns</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumns()
	 * @generated
	 * @ordered
	 */
	protected EList<ViewColumn> columns;

	/**
	 * The default value of the '{@link #getTimescale() <em>Timescale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimescale()
	 * @generated
	 * @ordered
	 */
	protected static final TimescaleUnit TIMESCALE_EDEFAULT = TimescaleUnit.WEEK;

	/**
	 * The cached value of the '{@link #getTimescale() <em>Timescale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimescale()
	 * @generated
	 * @ordered
	 */
	protected TimescaleUnit timescale = TIMESCALE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ViewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.VIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.VIEW__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.VIEW__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCriticalOnly() {
		return criticalOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriticalOnly(boolean newCriticalOnly) {
		boolean oldCriticalOnly = criticalOnly;
		criticalOnly = newCriticalOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.VIEW__CRITICAL_ONLY, oldCriticalOnly, criticalOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ElementKind> getKinds() {
		if (kinds == null) {
			kinds = new EDataTypeUniqueEList<ElementKind>(ElementKind.class, this, ModelPackage.VIEW__KINDS);
		}
		return kinds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxLevel() {
		return maxLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxLevel(int newMaxLevel) {
		int oldMaxLevel = maxLevel;
		maxLevel = newMaxLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.VIEW__MAX_LEVEL, oldMaxLevel, maxLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Resource> getResources() {
		if (resources == null) {
			resources = new EObjectResolvingEList<Resource>(Resource.class, this, ModelPackage.VIEW__RESOURCES);
		}
		return resources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getRoles() {
		if (roles == null) {
			roles = new EObjectResolvingEList<Role>(Role.class, this, ModelPackage.VIEW__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CrmComponent> getComponents() {
		if (components == null) {
			components = new EObjectResolvingEList<CrmComponent>(CrmComponent.class, this, ModelPackage.VIEW__COMPONENTS);
		}
		return components;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WbsElement> getPhases() {
		if (phases == null) {
			phases = new EObjectResolvingEList<WbsElement>(WbsElement.class, this, ModelPackage.VIEW__PHASES);
		}
		return phases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextMatch() {
		return textMatch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextMatch(String newTextMatch) {
		String oldTextMatch = textMatch;
		textMatch = newTextMatch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.VIEW__TEXT_MATCH, oldTextMatch, textMatch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ViewColumn> getColumns() {
		if (columns == null) {
			columns = new EDataTypeUniqueEList<ViewColumn>(ViewColumn.class, this, ModelPackage.VIEW__COLUMNS);
		}
		return columns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimescaleUnit getTimescale() {
		return timescale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimescale(TimescaleUnit newTimescale) {
		TimescaleUnit oldTimescale = timescale;
		timescale = newTimescale == null ? TIMESCALE_EDEFAULT : newTimescale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.VIEW__TIMESCALE, oldTimescale, timescale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.VIEW__NAME:
				return getName();
			case ModelPackage.VIEW__DESCRIPTION:
				return getDescription();
			case ModelPackage.VIEW__CRITICAL_ONLY:
				return isCriticalOnly();
			case ModelPackage.VIEW__KINDS:
				return getKinds();
			case ModelPackage.VIEW__MAX_LEVEL:
				return getMaxLevel();
			case ModelPackage.VIEW__RESOURCES:
				return getResources();
			case ModelPackage.VIEW__ROLES:
				return getRoles();
			case ModelPackage.VIEW__COMPONENTS:
				return getComponents();
			case ModelPackage.VIEW__PHASES:
				return getPhases();
			case ModelPackage.VIEW__TEXT_MATCH:
				return getTextMatch();
			case ModelPackage.VIEW__COLUMNS:
				return getColumns();
			case ModelPackage.VIEW__TIMESCALE:
				return getTimescale();
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
			case ModelPackage.VIEW__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.VIEW__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ModelPackage.VIEW__CRITICAL_ONLY:
				setCriticalOnly((Boolean)newValue);
				return;
			case ModelPackage.VIEW__KINDS:
				getKinds().clear();
				getKinds().addAll((Collection<? extends ElementKind>)newValue);
				return;
			case ModelPackage.VIEW__MAX_LEVEL:
				setMaxLevel((Integer)newValue);
				return;
			case ModelPackage.VIEW__RESOURCES:
				getResources().clear();
				getResources().addAll((Collection<? extends Resource>)newValue);
				return;
			case ModelPackage.VIEW__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends Role>)newValue);
				return;
			case ModelPackage.VIEW__COMPONENTS:
				getComponents().clear();
				getComponents().addAll((Collection<? extends CrmComponent>)newValue);
				return;
			case ModelPackage.VIEW__PHASES:
				getPhases().clear();
				getPhases().addAll((Collection<? extends WbsElement>)newValue);
				return;
			case ModelPackage.VIEW__TEXT_MATCH:
				setTextMatch((String)newValue);
				return;
			case ModelPackage.VIEW__COLUMNS:
				getColumns().clear();
				getColumns().addAll((Collection<? extends ViewColumn>)newValue);
				return;
			case ModelPackage.VIEW__TIMESCALE:
				setTimescale((TimescaleUnit)newValue);
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
			case ModelPackage.VIEW__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.VIEW__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ModelPackage.VIEW__CRITICAL_ONLY:
				setCriticalOnly(CRITICAL_ONLY_EDEFAULT);
				return;
			case ModelPackage.VIEW__KINDS:
				getKinds().clear();
				return;
			case ModelPackage.VIEW__MAX_LEVEL:
				setMaxLevel(MAX_LEVEL_EDEFAULT);
				return;
			case ModelPackage.VIEW__RESOURCES:
				getResources().clear();
				return;
			case ModelPackage.VIEW__ROLES:
				getRoles().clear();
				return;
			case ModelPackage.VIEW__COMPONENTS:
				getComponents().clear();
				return;
			case ModelPackage.VIEW__PHASES:
				getPhases().clear();
				return;
			case ModelPackage.VIEW__TEXT_MATCH:
				setTextMatch(TEXT_MATCH_EDEFAULT);
				return;
			case ModelPackage.VIEW__COLUMNS:
				getColumns().clear();
				return;
			case ModelPackage.VIEW__TIMESCALE:
				setTimescale(TIMESCALE_EDEFAULT);
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
			case ModelPackage.VIEW__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.VIEW__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ModelPackage.VIEW__CRITICAL_ONLY:
				return criticalOnly != CRITICAL_ONLY_EDEFAULT;
			case ModelPackage.VIEW__KINDS:
				return kinds != null && !kinds.isEmpty();
			case ModelPackage.VIEW__MAX_LEVEL:
				return maxLevel != MAX_LEVEL_EDEFAULT;
			case ModelPackage.VIEW__RESOURCES:
				return resources != null && !resources.isEmpty();
			case ModelPackage.VIEW__ROLES:
				return roles != null && !roles.isEmpty();
			case ModelPackage.VIEW__COMPONENTS:
				return components != null && !components.isEmpty();
			case ModelPackage.VIEW__PHASES:
				return phases != null && !phases.isEmpty();
			case ModelPackage.VIEW__TEXT_MATCH:
				return TEXT_MATCH_EDEFAULT == null ? textMatch != null : !TEXT_MATCH_EDEFAULT.equals(textMatch);
			case ModelPackage.VIEW__COLUMNS:
				return columns != null && !columns.isEmpty();
			case ModelPackage.VIEW__TIMESCALE:
				return timescale != TIMESCALE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", criticalOnly: ");
		result.append(criticalOnly);
		result.append(", kinds: ");
		result.append(kinds);
		result.append(", maxLevel: ");
		result.append(maxLevel);
		result.append(", textMatch: ");
		result.append(textMatch);
		result.append(", columns: ");
		result.append(columns);
		result.append(", timescale: ");
		result.append(timescale);
		result.append(')');
		return result.toString();
	}

} //ViewImpl
