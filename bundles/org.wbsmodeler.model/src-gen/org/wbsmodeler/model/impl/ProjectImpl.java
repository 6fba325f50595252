/**
 */
package org.wbsmodeler.model.impl;

import java.time.LocalDateTime;
import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.CorrelationGroup;
import org.wbsmodeler.model.CrmScope;
import org.wbsmodeler.model.ProcessBreakdown;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.Role;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.wbsmodeler.model.impl.ProjectImpl#getChildren <em>Children</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.ProjectImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.ProjectImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.ProjectImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.ProjectImpl#getStatusDate <em>Status Date</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.ProjectImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.ProjectImpl#getDefaultCalendar <em>Default Calendar</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.ProjectImpl#getCalendars <em>Calendars</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.ProjectImpl#getResources <em>Resources</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.ProjectImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.ProjectImpl#getBaselines <em>Baselines</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.ProjectImpl#getProcessBreakdown <em>Process Breakdown</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.ProjectImpl#getCrm <em>Crm</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.ProjectImpl#getViews <em>Views</em>}</li>
 *   <li>{@link org.wbsmodeler.model.impl.ProjectImpl#getCorrelationGroups <em>Correlation Groups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectImpl extends MinimalEObjectImpl.Container implements Project {
	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<WbsElement> children;

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
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatusDate() <em>Status Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime STATUS_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatusDate() <em>Status Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime statusDate = STATUS_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = "USD";

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDefaultCalendar() <em>Default Calendar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultCalendar()
	 * @generated
	 * @ordered
	 */
	protected Calendar defaultCalendar;

	/**
	 * The cached value of the '{@link #getCalendars() <em>Calendars</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalendars()
	 * @generated
	 * @ordered
	 */
	protected EList<Calendar> calendars;

	/**
	 * The cached value of the '{@link #getResources() <em>Resources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResources()
	 * @generated
	 * @ordered
	 */
	protected EList<Resource> resources;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> roles;

	/**
	 * The cached value of the '{@link #getBaselines() <em>Baselines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselines()
	 * @generated
	 * @ordered
	 */
	protected EList<Baseline> baselines;

	/**
	 * The cached value of the '{@link #getProcessBreakdown() <em>Process Breakdown</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessBreakdown()
	 * @generated
	 * @ordered
	 */
	protected ProcessBreakdown processBreakdown;

	/**
	 * The cached value of the '{@link #getCrm() <em>Crm</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrm()
	 * @generated
	 * @ordered
	 */
	protected CrmScope crm;

	/**
	 * The cached value of the '{@link #getViews() <em>Views</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViews()
	 * @generated
	 * @ordered
	 */
	protected EList<View> views;

	/**
	 * The cached value of the '{@link #getCorrelationGroups() <em>Correlation Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrelationGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<CorrelationGroup> correlationGroups;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WbsPackage.Literals.PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WbsElement> getChildren() {
		if (children == null) {
			children = new EObjectContainmentEList<WbsElement>(WbsElement.class, this, WbsPackage.PROJECT__CHILDREN);
		}
		return children;
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
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.PROJECT__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.PROJECT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(LocalDateTime newStart) {
		LocalDateTime oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.PROJECT__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getStatusDate() {
		return statusDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusDate(LocalDateTime newStatusDate) {
		LocalDateTime oldStatusDate = statusDate;
		statusDate = newStatusDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.PROJECT__STATUS_DATE, oldStatusDate, statusDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency() {
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency) {
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.PROJECT__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Calendar getDefaultCalendar() {
		if (defaultCalendar != null && defaultCalendar.eIsProxy()) {
			InternalEObject oldDefaultCalendar = (InternalEObject)defaultCalendar;
			defaultCalendar = (Calendar)eResolveProxy(oldDefaultCalendar);
			if (defaultCalendar != oldDefaultCalendar) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WbsPackage.PROJECT__DEFAULT_CALENDAR, oldDefaultCalendar, defaultCalendar));
			}
		}
		return defaultCalendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Calendar basicGetDefaultCalendar() {
		return defaultCalendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultCalendar(Calendar newDefaultCalendar) {
		Calendar oldDefaultCalendar = defaultCalendar;
		defaultCalendar = newDefaultCalendar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.PROJECT__DEFAULT_CALENDAR, oldDefaultCalendar, defaultCalendar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Calendar> getCalendars() {
		if (calendars == null) {
			calendars = new EObjectContainmentEList<Calendar>(Calendar.class, this, WbsPackage.PROJECT__CALENDARS);
		}
		return calendars;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Resource> getResources() {
		if (resources == null) {
			resources = new EObjectContainmentEList<Resource>(Resource.class, this, WbsPackage.PROJECT__RESOURCES);
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
			roles = new EObjectContainmentEList<Role>(Role.class, this, WbsPackage.PROJECT__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Baseline> getBaselines() {
		if (baselines == null) {
			baselines = new EObjectContainmentEList<Baseline>(Baseline.class, this, WbsPackage.PROJECT__BASELINES);
		}
		return baselines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcessBreakdown getProcessBreakdown() {
		return processBreakdown;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProcessBreakdown(ProcessBreakdown newProcessBreakdown, NotificationChain msgs) {
		ProcessBreakdown oldProcessBreakdown = processBreakdown;
		processBreakdown = newProcessBreakdown;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, WbsPackage.PROJECT__PROCESS_BREAKDOWN, oldProcessBreakdown, newProcessBreakdown);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcessBreakdown(ProcessBreakdown newProcessBreakdown) {
		if (newProcessBreakdown != processBreakdown) {
			NotificationChain msgs = null;
			if (processBreakdown != null)
				msgs = ((InternalEObject)processBreakdown).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - WbsPackage.PROJECT__PROCESS_BREAKDOWN, null, msgs);
			if (newProcessBreakdown != null)
				msgs = ((InternalEObject)newProcessBreakdown).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - WbsPackage.PROJECT__PROCESS_BREAKDOWN, null, msgs);
			msgs = basicSetProcessBreakdown(newProcessBreakdown, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.PROJECT__PROCESS_BREAKDOWN, newProcessBreakdown, newProcessBreakdown));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrmScope getCrm() {
		return crm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCrm(CrmScope newCrm, NotificationChain msgs) {
		CrmScope oldCrm = crm;
		crm = newCrm;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, WbsPackage.PROJECT__CRM, oldCrm, newCrm);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCrm(CrmScope newCrm) {
		if (newCrm != crm) {
			NotificationChain msgs = null;
			if (crm != null)
				msgs = ((InternalEObject)crm).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - WbsPackage.PROJECT__CRM, null, msgs);
			if (newCrm != null)
				msgs = ((InternalEObject)newCrm).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - WbsPackage.PROJECT__CRM, null, msgs);
			msgs = basicSetCrm(newCrm, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WbsPackage.PROJECT__CRM, newCrm, newCrm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<View> getViews() {
		if (views == null) {
			views = new EObjectContainmentEList<View>(View.class, this, WbsPackage.PROJECT__VIEWS);
		}
		return views;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CorrelationGroup> getCorrelationGroups() {
		if (correlationGroups == null) {
			correlationGroups = new EObjectContainmentEList<CorrelationGroup>(CorrelationGroup.class, this, WbsPackage.PROJECT__CORRELATION_GROUPS);
		}
		return correlationGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WbsPackage.PROJECT__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
			case WbsPackage.PROJECT__CALENDARS:
				return ((InternalEList<?>)getCalendars()).basicRemove(otherEnd, msgs);
			case WbsPackage.PROJECT__RESOURCES:
				return ((InternalEList<?>)getResources()).basicRemove(otherEnd, msgs);
			case WbsPackage.PROJECT__ROLES:
				return ((InternalEList<?>)getRoles()).basicRemove(otherEnd, msgs);
			case WbsPackage.PROJECT__BASELINES:
				return ((InternalEList<?>)getBaselines()).basicRemove(otherEnd, msgs);
			case WbsPackage.PROJECT__PROCESS_BREAKDOWN:
				return basicSetProcessBreakdown(null, msgs);
			case WbsPackage.PROJECT__CRM:
				return basicSetCrm(null, msgs);
			case WbsPackage.PROJECT__VIEWS:
				return ((InternalEList<?>)getViews()).basicRemove(otherEnd, msgs);
			case WbsPackage.PROJECT__CORRELATION_GROUPS:
				return ((InternalEList<?>)getCorrelationGroups()).basicRemove(otherEnd, msgs);
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
			case WbsPackage.PROJECT__CHILDREN:
				return getChildren();
			case WbsPackage.PROJECT__NAME:
				return getName();
			case WbsPackage.PROJECT__DESCRIPTION:
				return getDescription();
			case WbsPackage.PROJECT__START:
				return getStart();
			case WbsPackage.PROJECT__STATUS_DATE:
				return getStatusDate();
			case WbsPackage.PROJECT__CURRENCY:
				return getCurrency();
			case WbsPackage.PROJECT__DEFAULT_CALENDAR:
				if (resolve) return getDefaultCalendar();
				return basicGetDefaultCalendar();
			case WbsPackage.PROJECT__CALENDARS:
				return getCalendars();
			case WbsPackage.PROJECT__RESOURCES:
				return getResources();
			case WbsPackage.PROJECT__ROLES:
				return getRoles();
			case WbsPackage.PROJECT__BASELINES:
				return getBaselines();
			case WbsPackage.PROJECT__PROCESS_BREAKDOWN:
				return getProcessBreakdown();
			case WbsPackage.PROJECT__CRM:
				return getCrm();
			case WbsPackage.PROJECT__VIEWS:
				return getViews();
			case WbsPackage.PROJECT__CORRELATION_GROUPS:
				return getCorrelationGroups();
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
			case WbsPackage.PROJECT__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends WbsElement>)newValue);
				return;
			case WbsPackage.PROJECT__NAME:
				setName((String)newValue);
				return;
			case WbsPackage.PROJECT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case WbsPackage.PROJECT__START:
				setStart((LocalDateTime)newValue);
				return;
			case WbsPackage.PROJECT__STATUS_DATE:
				setStatusDate((LocalDateTime)newValue);
				return;
			case WbsPackage.PROJECT__CURRENCY:
				setCurrency((String)newValue);
				return;
			case WbsPackage.PROJECT__DEFAULT_CALENDAR:
				setDefaultCalendar((Calendar)newValue);
				return;
			case WbsPackage.PROJECT__CALENDARS:
				getCalendars().clear();
				getCalendars().addAll((Collection<? extends Calendar>)newValue);
				return;
			case WbsPackage.PROJECT__RESOURCES:
				getResources().clear();
				getResources().addAll((Collection<? extends Resource>)newValue);
				return;
			case WbsPackage.PROJECT__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends Role>)newValue);
				return;
			case WbsPackage.PROJECT__BASELINES:
				getBaselines().clear();
				getBaselines().addAll((Collection<? extends Baseline>)newValue);
				return;
			case WbsPackage.PROJECT__PROCESS_BREAKDOWN:
				setProcessBreakdown((ProcessBreakdown)newValue);
				return;
			case WbsPackage.PROJECT__CRM:
				setCrm((CrmScope)newValue);
				return;
			case WbsPackage.PROJECT__VIEWS:
				getViews().clear();
				getViews().addAll((Collection<? extends View>)newValue);
				return;
			case WbsPackage.PROJECT__CORRELATION_GROUPS:
				getCorrelationGroups().clear();
				getCorrelationGroups().addAll((Collection<? extends CorrelationGroup>)newValue);
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
			case WbsPackage.PROJECT__CHILDREN:
				getChildren().clear();
				return;
			case WbsPackage.PROJECT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case WbsPackage.PROJECT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case WbsPackage.PROJECT__START:
				setStart(START_EDEFAULT);
				return;
			case WbsPackage.PROJECT__STATUS_DATE:
				setStatusDate(STATUS_DATE_EDEFAULT);
				return;
			case WbsPackage.PROJECT__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case WbsPackage.PROJECT__DEFAULT_CALENDAR:
				setDefaultCalendar((Calendar)null);
				return;
			case WbsPackage.PROJECT__CALENDARS:
				getCalendars().clear();
				return;
			case WbsPackage.PROJECT__RESOURCES:
				getResources().clear();
				return;
			case WbsPackage.PROJECT__ROLES:
				getRoles().clear();
				return;
			case WbsPackage.PROJECT__BASELINES:
				getBaselines().clear();
				return;
			case WbsPackage.PROJECT__PROCESS_BREAKDOWN:
				setProcessBreakdown((ProcessBreakdown)null);
				return;
			case WbsPackage.PROJECT__CRM:
				setCrm((CrmScope)null);
				return;
			case WbsPackage.PROJECT__VIEWS:
				getViews().clear();
				return;
			case WbsPackage.PROJECT__CORRELATION_GROUPS:
				getCorrelationGroups().clear();
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
			case WbsPackage.PROJECT__CHILDREN:
				return children != null && !children.isEmpty();
			case WbsPackage.PROJECT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case WbsPackage.PROJECT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case WbsPackage.PROJECT__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case WbsPackage.PROJECT__STATUS_DATE:
				return STATUS_DATE_EDEFAULT == null ? statusDate != null : !STATUS_DATE_EDEFAULT.equals(statusDate);
			case WbsPackage.PROJECT__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case WbsPackage.PROJECT__DEFAULT_CALENDAR:
				return defaultCalendar != null;
			case WbsPackage.PROJECT__CALENDARS:
				return calendars != null && !calendars.isEmpty();
			case WbsPackage.PROJECT__RESOURCES:
				return resources != null && !resources.isEmpty();
			case WbsPackage.PROJECT__ROLES:
				return roles != null && !roles.isEmpty();
			case WbsPackage.PROJECT__BASELINES:
				return baselines != null && !baselines.isEmpty();
			case WbsPackage.PROJECT__PROCESS_BREAKDOWN:
				return processBreakdown != null;
			case WbsPackage.PROJECT__CRM:
				return crm != null;
			case WbsPackage.PROJECT__VIEWS:
				return views != null && !views.isEmpty();
			case WbsPackage.PROJECT__CORRELATION_GROUPS:
				return correlationGroups != null && !correlationGroups.isEmpty();
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
		result.append(", start: ");
		result.append(start);
		result.append(", statusDate: ");
		result.append(statusDate);
		result.append(", currency: ");
		result.append(currency);
		result.append(')');
		return result.toString();
	}

} //ProjectImpl
