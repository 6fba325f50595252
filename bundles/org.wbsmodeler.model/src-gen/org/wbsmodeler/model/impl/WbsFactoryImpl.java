/**
 */
package org.wbsmodeler.model.impl;

import java.time.LocalDateTime;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.BaselineEntry;
import org.wbsmodeler.model.BudgetLine;
import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.CalendarException;
import org.wbsmodeler.model.ConstraintType;
import org.wbsmodeler.model.CorrelationGroup;
import org.wbsmodeler.model.CrmComponent;
import org.wbsmodeler.model.CrmComponentKind;
import org.wbsmodeler.model.CrmScope;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.DurationDistribution;
import org.wbsmodeler.model.ElementKind;
import org.wbsmodeler.model.Kpi;
import org.wbsmodeler.model.Level;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Objective;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Priority;
import org.wbsmodeler.model.ProcessBreakdown;
import org.wbsmodeler.model.ProcessKind;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Requirement;
import org.wbsmodeler.model.RequirementKind;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.Role;
import org.wbsmodeler.model.Stakeholder;
import org.wbsmodeler.model.StakeholderGroup;
import org.wbsmodeler.model.TaskMode;
import org.wbsmodeler.model.TaskType;
import org.wbsmodeler.model.TimescaleUnit;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.ViewColumn;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.Weekday;
import org.wbsmodeler.model.WorkPackage;
import org.wbsmodeler.model.WorkingPeriod;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class WbsFactoryImpl extends EFactoryImpl implements WbsFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static WbsFactory init() {
		try {
			WbsFactory theWbsFactory = (WbsFactory)EPackage.Registry.INSTANCE.getEFactory(WbsPackage.eNS_URI);
			if (theWbsFactory != null) {
				return theWbsFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new WbsFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WbsFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case WbsPackage.PROJECT: return createProject();
			case WbsPackage.PHASE: return createPhase();
			case WbsPackage.DELIVERABLE: return createDeliverable();
			case WbsPackage.WORK_PACKAGE: return createWorkPackage();
			case WbsPackage.ACTIVITY: return createActivity();
			case WbsPackage.MILESTONE: return createMilestone();
			case WbsPackage.DEPENDENCY: return createDependency();
			case WbsPackage.CALENDAR: return createCalendar();
			case WbsPackage.WORKING_PERIOD: return createWorkingPeriod();
			case WbsPackage.CALENDAR_EXCEPTION: return createCalendarException();
			case WbsPackage.RESOURCE: return createResource();
			case WbsPackage.ASSIGNMENT: return createAssignment();
			case WbsPackage.BASELINE: return createBaseline();
			case WbsPackage.BASELINE_ENTRY: return createBaselineEntry();
			case WbsPackage.PROCESS_BREAKDOWN: return createProcessBreakdown();
			case WbsPackage.PROCESS: return createProcess();
			case WbsPackage.PROCESS_STEP: return createProcessStep();
			case WbsPackage.ROLE: return createRole();
			case WbsPackage.CRM_SCOPE: return createCrmScope();
			case WbsPackage.CRM_COMPONENT: return createCrmComponent();
			case WbsPackage.REQUIREMENT: return createRequirement();
			case WbsPackage.STAKEHOLDER: return createStakeholder();
			case WbsPackage.OBJECTIVE: return createObjective();
			case WbsPackage.KPI: return createKpi();
			case WbsPackage.BUDGET_LINE: return createBudgetLine();
			case WbsPackage.VIEW: return createView();
			case WbsPackage.CORRELATION_GROUP: return createCorrelationGroup();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case WbsPackage.DEPENDENCY_TYPE:
				return createDependencyTypeFromString(eDataType, initialValue);
			case WbsPackage.TASK_MODE:
				return createTaskModeFromString(eDataType, initialValue);
			case WbsPackage.TASK_TYPE:
				return createTaskTypeFromString(eDataType, initialValue);
			case WbsPackage.CONSTRAINT_TYPE:
				return createConstraintTypeFromString(eDataType, initialValue);
			case WbsPackage.WEEKDAY:
				return createWeekdayFromString(eDataType, initialValue);
			case WbsPackage.RESOURCE_TYPE:
				return createResourceTypeFromString(eDataType, initialValue);
			case WbsPackage.PROCESS_KIND:
				return createProcessKindFromString(eDataType, initialValue);
			case WbsPackage.CRM_COMPONENT_KIND:
				return createCrmComponentKindFromString(eDataType, initialValue);
			case WbsPackage.REQUIREMENT_KIND:
				return createRequirementKindFromString(eDataType, initialValue);
			case WbsPackage.PRIORITY:
				return createPriorityFromString(eDataType, initialValue);
			case WbsPackage.STAKEHOLDER_GROUP:
				return createStakeholderGroupFromString(eDataType, initialValue);
			case WbsPackage.LEVEL:
				return createLevelFromString(eDataType, initialValue);
			case WbsPackage.ELEMENT_KIND:
				return createElementKindFromString(eDataType, initialValue);
			case WbsPackage.VIEW_COLUMN:
				return createViewColumnFromString(eDataType, initialValue);
			case WbsPackage.TIMESCALE_UNIT:
				return createTimescaleUnitFromString(eDataType, initialValue);
			case WbsPackage.DURATION_DISTRIBUTION:
				return createDurationDistributionFromString(eDataType, initialValue);
			case WbsPackage.LOCAL_DATE_TIME:
				return createLocalDateTimeFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case WbsPackage.DEPENDENCY_TYPE:
				return convertDependencyTypeToString(eDataType, instanceValue);
			case WbsPackage.TASK_MODE:
				return convertTaskModeToString(eDataType, instanceValue);
			case WbsPackage.TASK_TYPE:
				return convertTaskTypeToString(eDataType, instanceValue);
			case WbsPackage.CONSTRAINT_TYPE:
				return convertConstraintTypeToString(eDataType, instanceValue);
			case WbsPackage.WEEKDAY:
				return convertWeekdayToString(eDataType, instanceValue);
			case WbsPackage.RESOURCE_TYPE:
				return convertResourceTypeToString(eDataType, instanceValue);
			case WbsPackage.PROCESS_KIND:
				return convertProcessKindToString(eDataType, instanceValue);
			case WbsPackage.CRM_COMPONENT_KIND:
				return convertCrmComponentKindToString(eDataType, instanceValue);
			case WbsPackage.REQUIREMENT_KIND:
				return convertRequirementKindToString(eDataType, instanceValue);
			case WbsPackage.PRIORITY:
				return convertPriorityToString(eDataType, instanceValue);
			case WbsPackage.STAKEHOLDER_GROUP:
				return convertStakeholderGroupToString(eDataType, instanceValue);
			case WbsPackage.LEVEL:
				return convertLevelToString(eDataType, instanceValue);
			case WbsPackage.ELEMENT_KIND:
				return convertElementKindToString(eDataType, instanceValue);
			case WbsPackage.VIEW_COLUMN:
				return convertViewColumnToString(eDataType, instanceValue);
			case WbsPackage.TIMESCALE_UNIT:
				return convertTimescaleUnitToString(eDataType, instanceValue);
			case WbsPackage.DURATION_DISTRIBUTION:
				return convertDurationDistributionToString(eDataType, instanceValue);
			case WbsPackage.LOCAL_DATE_TIME:
				return convertLocalDateTimeToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Project createProject() {
		ProjectImpl project = new ProjectImpl();
		return project;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Phase createPhase() {
		PhaseImpl phase = new PhaseImpl();
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Deliverable createDeliverable() {
		DeliverableImpl deliverable = new DeliverableImpl();
		return deliverable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkPackage createWorkPackage() {
		WorkPackageImpl workPackage = new WorkPackageImpl();
		return workPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Activity createActivity() {
		ActivityImpl activity = new ActivityImpl();
		return activity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Milestone createMilestone() {
		MilestoneImpl milestone = new MilestoneImpl();
		return milestone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dependency createDependency() {
		DependencyImpl dependency = new DependencyImpl();
		return dependency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Calendar createCalendar() {
		CalendarImpl calendar = new CalendarImpl();
		return calendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkingPeriod createWorkingPeriod() {
		WorkingPeriodImpl workingPeriod = new WorkingPeriodImpl();
		return workingPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CalendarException createCalendarException() {
		CalendarExceptionImpl calendarException = new CalendarExceptionImpl();
		return calendarException;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Resource createResource() {
		ResourceImpl resource = new ResourceImpl();
		return resource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assignment createAssignment() {
		AssignmentImpl assignment = new AssignmentImpl();
		return assignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Baseline createBaseline() {
		BaselineImpl baseline = new BaselineImpl();
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BaselineEntry createBaselineEntry() {
		BaselineEntryImpl baselineEntry = new BaselineEntryImpl();
		return baselineEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcessBreakdown createProcessBreakdown() {
		ProcessBreakdownImpl processBreakdown = new ProcessBreakdownImpl();
		return processBreakdown;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public org.wbsmodeler.model.Process createProcess() {
		ProcessImpl process = new ProcessImpl();
		return process;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcessStep createProcessStep() {
		ProcessStepImpl processStep = new ProcessStepImpl();
		return processStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role createRole() {
		RoleImpl role = new RoleImpl();
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrmScope createCrmScope() {
		CrmScopeImpl crmScope = new CrmScopeImpl();
		return crmScope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrmComponent createCrmComponent() {
		CrmComponentImpl crmComponent = new CrmComponentImpl();
		return crmComponent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Requirement createRequirement() {
		RequirementImpl requirement = new RequirementImpl();
		return requirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stakeholder createStakeholder() {
		StakeholderImpl stakeholder = new StakeholderImpl();
		return stakeholder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Objective createObjective() {
		ObjectiveImpl objective = new ObjectiveImpl();
		return objective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Kpi createKpi() {
		KpiImpl kpi = new KpiImpl();
		return kpi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetLine createBudgetLine() {
		BudgetLineImpl budgetLine = new BudgetLineImpl();
		return budgetLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public View createView() {
		ViewImpl view = new ViewImpl();
		return view;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CorrelationGroup createCorrelationGroup() {
		CorrelationGroupImpl correlationGroup = new CorrelationGroupImpl();
		return correlationGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DependencyType createDependencyTypeFromString(EDataType eDataType, String initialValue) {
		DependencyType result = DependencyType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDependencyTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TaskMode createTaskModeFromString(EDataType eDataType, String initialValue) {
		TaskMode result = TaskMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTaskModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TaskType createTaskTypeFromString(EDataType eDataType, String initialValue) {
		TaskType result = TaskType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTaskTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConstraintType createConstraintTypeFromString(EDataType eDataType, String initialValue) {
		ConstraintType result = ConstraintType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConstraintTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Weekday createWeekdayFromString(EDataType eDataType, String initialValue) {
		Weekday result = Weekday.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWeekdayToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ResourceType createResourceTypeFromString(EDataType eDataType, String initialValue) {
		ResourceType result = ResourceType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertResourceTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProcessKind createProcessKindFromString(EDataType eDataType, String initialValue) {
		ProcessKind result = ProcessKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProcessKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CrmComponentKind createCrmComponentKindFromString(EDataType eDataType, String initialValue) {
		CrmComponentKind result = CrmComponentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCrmComponentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RequirementKind createRequirementKindFromString(EDataType eDataType, String initialValue) {
		RequirementKind result = RequirementKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRequirementKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Priority createPriorityFromString(EDataType eDataType, String initialValue) {
		Priority result = Priority.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPriorityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StakeholderGroup createStakeholderGroupFromString(EDataType eDataType, String initialValue) {
		StakeholderGroup result = StakeholderGroup.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStakeholderGroupToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Level createLevelFromString(EDataType eDataType, String initialValue) {
		Level result = Level.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ElementKind createElementKindFromString(EDataType eDataType, String initialValue) {
		ElementKind result = ElementKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertElementKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ViewColumn createViewColumnFromString(EDataType eDataType, String initialValue) {
		ViewColumn result = ViewColumn.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertViewColumnToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TimescaleUnit createTimescaleUnitFromString(EDataType eDataType, String initialValue) {
		TimescaleUnit result = TimescaleUnit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTimescaleUnitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DurationDistribution createDurationDistributionFromString(EDataType eDataType, String initialValue) {
		DurationDistribution result = DurationDistribution.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDurationDistributionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * Reads ISO 2027-02-01T08:00 and the EDate form of format 1.0, keeping the wall-clock time as written.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public LocalDateTime createLocalDateTimeFromString(EDataType eDataType, String initialValue) {
		return org.wbsmodeler.model.util.DateTimeText.parse(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * Writes ISO 2027-02-01T08:00, without a zone.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertLocalDateTimeToString(EDataType eDataType, Object instanceValue) {
		return org.wbsmodeler.model.util.DateTimeText.format((LocalDateTime)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WbsPackage getWbsPackage() {
		return (WbsPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static WbsPackage getPackage() {
		return WbsPackage.eINSTANCE;
	}

} //WbsFactoryImpl
