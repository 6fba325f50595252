/**
 */
package org.wbsmodeler.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * WBS Modeler metamodel: work breakdown structure (WBS), process breakdown structure (PBS) and CRM scope of a project. Durations and lags are in working days (one working day = the default calendar's hours per day), effort and work in hours, costs and rates in the project currency, percentages 0..100.
 * <!-- end-model-doc -->
 * @see org.wbsmodeler.model.WbsFactory
 * @model kind="package"
 * @generated
 */
public interface WbsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.wbsmodeler.org/wbs/1.1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "wbs";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	WbsPackage eINSTANCE = org.wbsmodeler.model.impl.WbsPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.WbsContainer <em>Container</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.WbsContainer
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getWbsContainer()
	 * @generated
	 */
	int WBS_CONTAINER = 1;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_CONTAINER__CHILDREN = 0;

	/**
	 * The number of structural features of the '<em>Container</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_CONTAINER_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Container</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_CONTAINER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.ProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.ProjectImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getProject()
	 * @generated
	 */
	int PROJECT = 0;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CHILDREN = WBS_CONTAINER__CHILDREN;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME = WBS_CONTAINER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DESCRIPTION = WBS_CONTAINER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__START = WBS_CONTAINER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__STATUS_DATE = WBS_CONTAINER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CURRENCY = WBS_CONTAINER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Default Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DEFAULT_CALENDAR = WBS_CONTAINER_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Calendars</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CALENDARS = WBS_CONTAINER_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__RESOURCES = WBS_CONTAINER_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ROLES = WBS_CONTAINER_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Baselines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__BASELINES = WBS_CONTAINER_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Process Breakdown</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PROCESS_BREAKDOWN = WBS_CONTAINER_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Crm</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CRM = WBS_CONTAINER_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Views</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__VIEWS = WBS_CONTAINER_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Correlation Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CORRELATION_GROUPS = WBS_CONTAINER_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FEATURE_COUNT = WBS_CONTAINER_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_OPERATION_COUNT = WBS_CONTAINER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.WbsElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.WbsElementImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getWbsElement()
	 * @generated
	 */
	int WBS_ELEMENT = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__OWNER = 2;

	/**
	 * The feature id for the '<em><b>Custom Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__CUSTOM_CODE = 3;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__CODE = 4;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__DURATION = 5;

	/**
	 * The feature id for the '<em><b>Effort</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__EFFORT = 6;

	/**
	 * The feature id for the '<em><b>Fixed Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__FIXED_COST = 7;

	/**
	 * The feature id for the '<em><b>Percent Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__PERCENT_COMPLETE = 8;

	/**
	 * The feature id for the '<em><b>Duration Elapsed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__DURATION_ELAPSED = 9;

	/**
	 * The feature id for the '<em><b>Task Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__TASK_MODE = 10;

	/**
	 * The feature id for the '<em><b>Manual Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__MANUAL_START = 11;

	/**
	 * The feature id for the '<em><b>Manual Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__MANUAL_FINISH = 12;

	/**
	 * The feature id for the '<em><b>Actual Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__ACTUAL_START = 13;

	/**
	 * The feature id for the '<em><b>Actual Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__ACTUAL_FINISH = 14;

	/**
	 * The feature id for the '<em><b>Actual Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__ACTUAL_COST = 15;

	/**
	 * The feature id for the '<em><b>Constraint Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__CONSTRAINT_TYPE = 16;

	/**
	 * The feature id for the '<em><b>Constraint Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__CONSTRAINT_DATE = 17;

	/**
	 * The feature id for the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__CALENDAR = 18;

	/**
	 * The feature id for the '<em><b>Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__ASSIGNMENTS = 19;

	/**
	 * The feature id for the '<em><b>Predecessors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__PREDECESSORS = 20;

	/**
	 * The feature id for the '<em><b>Early Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__EARLY_START = 21;

	/**
	 * The feature id for the '<em><b>Early Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__EARLY_FINISH = 22;

	/**
	 * The feature id for the '<em><b>Late Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__LATE_START = 23;

	/**
	 * The feature id for the '<em><b>Late Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__LATE_FINISH = 24;

	/**
	 * The feature id for the '<em><b>Total Float</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__TOTAL_FLOAT = 25;

	/**
	 * The feature id for the '<em><b>Free Float</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__FREE_FLOAT = 26;

	/**
	 * The feature id for the '<em><b>Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__CRITICAL = 27;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__ANNOTATIONS = 28;

	/**
	 * The feature id for the '<em><b>Task Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__TASK_TYPE = 29;

	/**
	 * The feature id for the '<em><b>Effort Driven</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT__EFFORT_DRIVEN = 30;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT_FEATURE_COUNT = 31;

	/**
	 * The operation id for the '<em>Parent</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT___PARENT = 0;

	/**
	 * The operation id for the '<em>Is Summary</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT___IS_SUMMARY = 1;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WBS_ELEMENT_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.SummaryElementImpl <em>Summary Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.SummaryElementImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getSummaryElement()
	 * @generated
	 */
	int SUMMARY_ELEMENT = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__NAME = WBS_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__DESCRIPTION = WBS_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__OWNER = WBS_ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Custom Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__CUSTOM_CODE = WBS_ELEMENT__CUSTOM_CODE;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__CODE = WBS_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__DURATION = WBS_ELEMENT__DURATION;

	/**
	 * The feature id for the '<em><b>Effort</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__EFFORT = WBS_ELEMENT__EFFORT;

	/**
	 * The feature id for the '<em><b>Fixed Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__FIXED_COST = WBS_ELEMENT__FIXED_COST;

	/**
	 * The feature id for the '<em><b>Percent Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__PERCENT_COMPLETE = WBS_ELEMENT__PERCENT_COMPLETE;

	/**
	 * The feature id for the '<em><b>Duration Elapsed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__DURATION_ELAPSED = WBS_ELEMENT__DURATION_ELAPSED;

	/**
	 * The feature id for the '<em><b>Task Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__TASK_MODE = WBS_ELEMENT__TASK_MODE;

	/**
	 * The feature id for the '<em><b>Manual Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__MANUAL_START = WBS_ELEMENT__MANUAL_START;

	/**
	 * The feature id for the '<em><b>Manual Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__MANUAL_FINISH = WBS_ELEMENT__MANUAL_FINISH;

	/**
	 * The feature id for the '<em><b>Actual Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__ACTUAL_START = WBS_ELEMENT__ACTUAL_START;

	/**
	 * The feature id for the '<em><b>Actual Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__ACTUAL_FINISH = WBS_ELEMENT__ACTUAL_FINISH;

	/**
	 * The feature id for the '<em><b>Actual Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__ACTUAL_COST = WBS_ELEMENT__ACTUAL_COST;

	/**
	 * The feature id for the '<em><b>Constraint Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__CONSTRAINT_TYPE = WBS_ELEMENT__CONSTRAINT_TYPE;

	/**
	 * The feature id for the '<em><b>Constraint Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__CONSTRAINT_DATE = WBS_ELEMENT__CONSTRAINT_DATE;

	/**
	 * The feature id for the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__CALENDAR = WBS_ELEMENT__CALENDAR;

	/**
	 * The feature id for the '<em><b>Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__ASSIGNMENTS = WBS_ELEMENT__ASSIGNMENTS;

	/**
	 * The feature id for the '<em><b>Predecessors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__PREDECESSORS = WBS_ELEMENT__PREDECESSORS;

	/**
	 * The feature id for the '<em><b>Early Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__EARLY_START = WBS_ELEMENT__EARLY_START;

	/**
	 * The feature id for the '<em><b>Early Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__EARLY_FINISH = WBS_ELEMENT__EARLY_FINISH;

	/**
	 * The feature id for the '<em><b>Late Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__LATE_START = WBS_ELEMENT__LATE_START;

	/**
	 * The feature id for the '<em><b>Late Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__LATE_FINISH = WBS_ELEMENT__LATE_FINISH;

	/**
	 * The feature id for the '<em><b>Total Float</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__TOTAL_FLOAT = WBS_ELEMENT__TOTAL_FLOAT;

	/**
	 * The feature id for the '<em><b>Free Float</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__FREE_FLOAT = WBS_ELEMENT__FREE_FLOAT;

	/**
	 * The feature id for the '<em><b>Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__CRITICAL = WBS_ELEMENT__CRITICAL;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__ANNOTATIONS = WBS_ELEMENT__ANNOTATIONS;

	/**
	 * The feature id for the '<em><b>Task Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__TASK_TYPE = WBS_ELEMENT__TASK_TYPE;

	/**
	 * The feature id for the '<em><b>Effort Driven</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__EFFORT_DRIVEN = WBS_ELEMENT__EFFORT_DRIVEN;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT__CHILDREN = WBS_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Summary Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT_FEATURE_COUNT = WBS_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Parent</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT___PARENT = WBS_ELEMENT___PARENT;

	/**
	 * The operation id for the '<em>Is Summary</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT___IS_SUMMARY = WBS_ELEMENT___IS_SUMMARY;

	/**
	 * The number of operations of the '<em>Summary Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUMMARY_ELEMENT_OPERATION_COUNT = WBS_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.PhaseImpl <em>Phase</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.PhaseImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getPhase()
	 * @generated
	 */
	int PHASE = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__NAME = SUMMARY_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__DESCRIPTION = SUMMARY_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__OWNER = SUMMARY_ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Custom Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__CUSTOM_CODE = SUMMARY_ELEMENT__CUSTOM_CODE;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__CODE = SUMMARY_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__DURATION = SUMMARY_ELEMENT__DURATION;

	/**
	 * The feature id for the '<em><b>Effort</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__EFFORT = SUMMARY_ELEMENT__EFFORT;

	/**
	 * The feature id for the '<em><b>Fixed Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__FIXED_COST = SUMMARY_ELEMENT__FIXED_COST;

	/**
	 * The feature id for the '<em><b>Percent Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__PERCENT_COMPLETE = SUMMARY_ELEMENT__PERCENT_COMPLETE;

	/**
	 * The feature id for the '<em><b>Duration Elapsed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__DURATION_ELAPSED = SUMMARY_ELEMENT__DURATION_ELAPSED;

	/**
	 * The feature id for the '<em><b>Task Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__TASK_MODE = SUMMARY_ELEMENT__TASK_MODE;

	/**
	 * The feature id for the '<em><b>Manual Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__MANUAL_START = SUMMARY_ELEMENT__MANUAL_START;

	/**
	 * The feature id for the '<em><b>Manual Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__MANUAL_FINISH = SUMMARY_ELEMENT__MANUAL_FINISH;

	/**
	 * The feature id for the '<em><b>Actual Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__ACTUAL_START = SUMMARY_ELEMENT__ACTUAL_START;

	/**
	 * The feature id for the '<em><b>Actual Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__ACTUAL_FINISH = SUMMARY_ELEMENT__ACTUAL_FINISH;

	/**
	 * The feature id for the '<em><b>Actual Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__ACTUAL_COST = SUMMARY_ELEMENT__ACTUAL_COST;

	/**
	 * The feature id for the '<em><b>Constraint Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__CONSTRAINT_TYPE = SUMMARY_ELEMENT__CONSTRAINT_TYPE;

	/**
	 * The feature id for the '<em><b>Constraint Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__CONSTRAINT_DATE = SUMMARY_ELEMENT__CONSTRAINT_DATE;

	/**
	 * The feature id for the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__CALENDAR = SUMMARY_ELEMENT__CALENDAR;

	/**
	 * The feature id for the '<em><b>Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__ASSIGNMENTS = SUMMARY_ELEMENT__ASSIGNMENTS;

	/**
	 * The feature id for the '<em><b>Predecessors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__PREDECESSORS = SUMMARY_ELEMENT__PREDECESSORS;

	/**
	 * The feature id for the '<em><b>Early Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__EARLY_START = SUMMARY_ELEMENT__EARLY_START;

	/**
	 * The feature id for the '<em><b>Early Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__EARLY_FINISH = SUMMARY_ELEMENT__EARLY_FINISH;

	/**
	 * The feature id for the '<em><b>Late Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__LATE_START = SUMMARY_ELEMENT__LATE_START;

	/**
	 * The feature id for the '<em><b>Late Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__LATE_FINISH = SUMMARY_ELEMENT__LATE_FINISH;

	/**
	 * The feature id for the '<em><b>Total Float</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__TOTAL_FLOAT = SUMMARY_ELEMENT__TOTAL_FLOAT;

	/**
	 * The feature id for the '<em><b>Free Float</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__FREE_FLOAT = SUMMARY_ELEMENT__FREE_FLOAT;

	/**
	 * The feature id for the '<em><b>Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__CRITICAL = SUMMARY_ELEMENT__CRITICAL;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__ANNOTATIONS = SUMMARY_ELEMENT__ANNOTATIONS;

	/**
	 * The feature id for the '<em><b>Task Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__TASK_TYPE = SUMMARY_ELEMENT__TASK_TYPE;

	/**
	 * The feature id for the '<em><b>Effort Driven</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__EFFORT_DRIVEN = SUMMARY_ELEMENT__EFFORT_DRIVEN;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__CHILDREN = SUMMARY_ELEMENT__CHILDREN;

	/**
	 * The number of structural features of the '<em>Phase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_FEATURE_COUNT = SUMMARY_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Parent</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE___PARENT = SUMMARY_ELEMENT___PARENT;

	/**
	 * The operation id for the '<em>Is Summary</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE___IS_SUMMARY = SUMMARY_ELEMENT___IS_SUMMARY;

	/**
	 * The number of operations of the '<em>Phase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_OPERATION_COUNT = SUMMARY_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.DeliverableImpl <em>Deliverable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.DeliverableImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getDeliverable()
	 * @generated
	 */
	int DELIVERABLE = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__NAME = SUMMARY_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__DESCRIPTION = SUMMARY_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__OWNER = SUMMARY_ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Custom Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__CUSTOM_CODE = SUMMARY_ELEMENT__CUSTOM_CODE;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__CODE = SUMMARY_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__DURATION = SUMMARY_ELEMENT__DURATION;

	/**
	 * The feature id for the '<em><b>Effort</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__EFFORT = SUMMARY_ELEMENT__EFFORT;

	/**
	 * The feature id for the '<em><b>Fixed Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__FIXED_COST = SUMMARY_ELEMENT__FIXED_COST;

	/**
	 * The feature id for the '<em><b>Percent Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__PERCENT_COMPLETE = SUMMARY_ELEMENT__PERCENT_COMPLETE;

	/**
	 * The feature id for the '<em><b>Duration Elapsed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__DURATION_ELAPSED = SUMMARY_ELEMENT__DURATION_ELAPSED;

	/**
	 * The feature id for the '<em><b>Task Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__TASK_MODE = SUMMARY_ELEMENT__TASK_MODE;

	/**
	 * The feature id for the '<em><b>Manual Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__MANUAL_START = SUMMARY_ELEMENT__MANUAL_START;

	/**
	 * The feature id for the '<em><b>Manual Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__MANUAL_FINISH = SUMMARY_ELEMENT__MANUAL_FINISH;

	/**
	 * The feature id for the '<em><b>Actual Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__ACTUAL_START = SUMMARY_ELEMENT__ACTUAL_START;

	/**
	 * The feature id for the '<em><b>Actual Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__ACTUAL_FINISH = SUMMARY_ELEMENT__ACTUAL_FINISH;

	/**
	 * The feature id for the '<em><b>Actual Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__ACTUAL_COST = SUMMARY_ELEMENT__ACTUAL_COST;

	/**
	 * The feature id for the '<em><b>Constraint Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__CONSTRAINT_TYPE = SUMMARY_ELEMENT__CONSTRAINT_TYPE;

	/**
	 * The feature id for the '<em><b>Constraint Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__CONSTRAINT_DATE = SUMMARY_ELEMENT__CONSTRAINT_DATE;

	/**
	 * The feature id for the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__CALENDAR = SUMMARY_ELEMENT__CALENDAR;

	/**
	 * The feature id for the '<em><b>Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__ASSIGNMENTS = SUMMARY_ELEMENT__ASSIGNMENTS;

	/**
	 * The feature id for the '<em><b>Predecessors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__PREDECESSORS = SUMMARY_ELEMENT__PREDECESSORS;

	/**
	 * The feature id for the '<em><b>Early Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__EARLY_START = SUMMARY_ELEMENT__EARLY_START;

	/**
	 * The feature id for the '<em><b>Early Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__EARLY_FINISH = SUMMARY_ELEMENT__EARLY_FINISH;

	/**
	 * The feature id for the '<em><b>Late Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__LATE_START = SUMMARY_ELEMENT__LATE_START;

	/**
	 * The feature id for the '<em><b>Late Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__LATE_FINISH = SUMMARY_ELEMENT__LATE_FINISH;

	/**
	 * The feature id for the '<em><b>Total Float</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__TOTAL_FLOAT = SUMMARY_ELEMENT__TOTAL_FLOAT;

	/**
	 * The feature id for the '<em><b>Free Float</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__FREE_FLOAT = SUMMARY_ELEMENT__FREE_FLOAT;

	/**
	 * The feature id for the '<em><b>Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__CRITICAL = SUMMARY_ELEMENT__CRITICAL;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__ANNOTATIONS = SUMMARY_ELEMENT__ANNOTATIONS;

	/**
	 * The feature id for the '<em><b>Task Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__TASK_TYPE = SUMMARY_ELEMENT__TASK_TYPE;

	/**
	 * The feature id for the '<em><b>Effort Driven</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__EFFORT_DRIVEN = SUMMARY_ELEMENT__EFFORT_DRIVEN;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__CHILDREN = SUMMARY_ELEMENT__CHILDREN;

	/**
	 * The number of structural features of the '<em>Deliverable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE_FEATURE_COUNT = SUMMARY_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Parent</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE___PARENT = SUMMARY_ELEMENT___PARENT;

	/**
	 * The operation id for the '<em>Is Summary</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE___IS_SUMMARY = SUMMARY_ELEMENT___IS_SUMMARY;

	/**
	 * The number of operations of the '<em>Deliverable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE_OPERATION_COUNT = SUMMARY_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.WorkPackageImpl <em>Work Package</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.WorkPackageImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getWorkPackage()
	 * @generated
	 */
	int WORK_PACKAGE = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__NAME = SUMMARY_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__DESCRIPTION = SUMMARY_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__OWNER = SUMMARY_ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Custom Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__CUSTOM_CODE = SUMMARY_ELEMENT__CUSTOM_CODE;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__CODE = SUMMARY_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__DURATION = SUMMARY_ELEMENT__DURATION;

	/**
	 * The feature id for the '<em><b>Effort</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__EFFORT = SUMMARY_ELEMENT__EFFORT;

	/**
	 * The feature id for the '<em><b>Fixed Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__FIXED_COST = SUMMARY_ELEMENT__FIXED_COST;

	/**
	 * The feature id for the '<em><b>Percent Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__PERCENT_COMPLETE = SUMMARY_ELEMENT__PERCENT_COMPLETE;

	/**
	 * The feature id for the '<em><b>Duration Elapsed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__DURATION_ELAPSED = SUMMARY_ELEMENT__DURATION_ELAPSED;

	/**
	 * The feature id for the '<em><b>Task Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__TASK_MODE = SUMMARY_ELEMENT__TASK_MODE;

	/**
	 * The feature id for the '<em><b>Manual Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__MANUAL_START = SUMMARY_ELEMENT__MANUAL_START;

	/**
	 * The feature id for the '<em><b>Manual Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__MANUAL_FINISH = SUMMARY_ELEMENT__MANUAL_FINISH;

	/**
	 * The feature id for the '<em><b>Actual Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__ACTUAL_START = SUMMARY_ELEMENT__ACTUAL_START;

	/**
	 * The feature id for the '<em><b>Actual Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__ACTUAL_FINISH = SUMMARY_ELEMENT__ACTUAL_FINISH;

	/**
	 * The feature id for the '<em><b>Actual Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__ACTUAL_COST = SUMMARY_ELEMENT__ACTUAL_COST;

	/**
	 * The feature id for the '<em><b>Constraint Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__CONSTRAINT_TYPE = SUMMARY_ELEMENT__CONSTRAINT_TYPE;

	/**
	 * The feature id for the '<em><b>Constraint Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__CONSTRAINT_DATE = SUMMARY_ELEMENT__CONSTRAINT_DATE;

	/**
	 * The feature id for the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__CALENDAR = SUMMARY_ELEMENT__CALENDAR;

	/**
	 * The feature id for the '<em><b>Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__ASSIGNMENTS = SUMMARY_ELEMENT__ASSIGNMENTS;

	/**
	 * The feature id for the '<em><b>Predecessors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__PREDECESSORS = SUMMARY_ELEMENT__PREDECESSORS;

	/**
	 * The feature id for the '<em><b>Early Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__EARLY_START = SUMMARY_ELEMENT__EARLY_START;

	/**
	 * The feature id for the '<em><b>Early Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__EARLY_FINISH = SUMMARY_ELEMENT__EARLY_FINISH;

	/**
	 * The feature id for the '<em><b>Late Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__LATE_START = SUMMARY_ELEMENT__LATE_START;

	/**
	 * The feature id for the '<em><b>Late Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__LATE_FINISH = SUMMARY_ELEMENT__LATE_FINISH;

	/**
	 * The feature id for the '<em><b>Total Float</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__TOTAL_FLOAT = SUMMARY_ELEMENT__TOTAL_FLOAT;

	/**
	 * The feature id for the '<em><b>Free Float</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__FREE_FLOAT = SUMMARY_ELEMENT__FREE_FLOAT;

	/**
	 * The feature id for the '<em><b>Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__CRITICAL = SUMMARY_ELEMENT__CRITICAL;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__ANNOTATIONS = SUMMARY_ELEMENT__ANNOTATIONS;

	/**
	 * The feature id for the '<em><b>Task Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__TASK_TYPE = SUMMARY_ELEMENT__TASK_TYPE;

	/**
	 * The feature id for the '<em><b>Effort Driven</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__EFFORT_DRIVEN = SUMMARY_ELEMENT__EFFORT_DRIVEN;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__CHILDREN = SUMMARY_ELEMENT__CHILDREN;

	/**
	 * The number of structural features of the '<em>Work Package</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE_FEATURE_COUNT = SUMMARY_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Parent</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE___PARENT = SUMMARY_ELEMENT___PARENT;

	/**
	 * The operation id for the '<em>Is Summary</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE___IS_SUMMARY = SUMMARY_ELEMENT___IS_SUMMARY;

	/**
	 * The number of operations of the '<em>Work Package</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE_OPERATION_COUNT = SUMMARY_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.ActivityImpl <em>Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.ActivityImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getActivity()
	 * @generated
	 */
	int ACTIVITY = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__NAME = WBS_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__DESCRIPTION = WBS_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__OWNER = WBS_ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Custom Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__CUSTOM_CODE = WBS_ELEMENT__CUSTOM_CODE;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__CODE = WBS_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__DURATION = WBS_ELEMENT__DURATION;

	/**
	 * The feature id for the '<em><b>Effort</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__EFFORT = WBS_ELEMENT__EFFORT;

	/**
	 * The feature id for the '<em><b>Fixed Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__FIXED_COST = WBS_ELEMENT__FIXED_COST;

	/**
	 * The feature id for the '<em><b>Percent Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__PERCENT_COMPLETE = WBS_ELEMENT__PERCENT_COMPLETE;

	/**
	 * The feature id for the '<em><b>Duration Elapsed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__DURATION_ELAPSED = WBS_ELEMENT__DURATION_ELAPSED;

	/**
	 * The feature id for the '<em><b>Task Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__TASK_MODE = WBS_ELEMENT__TASK_MODE;

	/**
	 * The feature id for the '<em><b>Manual Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__MANUAL_START = WBS_ELEMENT__MANUAL_START;

	/**
	 * The feature id for the '<em><b>Manual Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__MANUAL_FINISH = WBS_ELEMENT__MANUAL_FINISH;

	/**
	 * The feature id for the '<em><b>Actual Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__ACTUAL_START = WBS_ELEMENT__ACTUAL_START;

	/**
	 * The feature id for the '<em><b>Actual Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__ACTUAL_FINISH = WBS_ELEMENT__ACTUAL_FINISH;

	/**
	 * The feature id for the '<em><b>Actual Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__ACTUAL_COST = WBS_ELEMENT__ACTUAL_COST;

	/**
	 * The feature id for the '<em><b>Constraint Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__CONSTRAINT_TYPE = WBS_ELEMENT__CONSTRAINT_TYPE;

	/**
	 * The feature id for the '<em><b>Constraint Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__CONSTRAINT_DATE = WBS_ELEMENT__CONSTRAINT_DATE;

	/**
	 * The feature id for the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__CALENDAR = WBS_ELEMENT__CALENDAR;

	/**
	 * The feature id for the '<em><b>Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__ASSIGNMENTS = WBS_ELEMENT__ASSIGNMENTS;

	/**
	 * The feature id for the '<em><b>Predecessors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__PREDECESSORS = WBS_ELEMENT__PREDECESSORS;

	/**
	 * The feature id for the '<em><b>Early Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__EARLY_START = WBS_ELEMENT__EARLY_START;

	/**
	 * The feature id for the '<em><b>Early Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__EARLY_FINISH = WBS_ELEMENT__EARLY_FINISH;

	/**
	 * The feature id for the '<em><b>Late Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__LATE_START = WBS_ELEMENT__LATE_START;

	/**
	 * The feature id for the '<em><b>Late Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__LATE_FINISH = WBS_ELEMENT__LATE_FINISH;

	/**
	 * The feature id for the '<em><b>Total Float</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__TOTAL_FLOAT = WBS_ELEMENT__TOTAL_FLOAT;

	/**
	 * The feature id for the '<em><b>Free Float</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__FREE_FLOAT = WBS_ELEMENT__FREE_FLOAT;

	/**
	 * The feature id for the '<em><b>Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__CRITICAL = WBS_ELEMENT__CRITICAL;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__ANNOTATIONS = WBS_ELEMENT__ANNOTATIONS;

	/**
	 * The feature id for the '<em><b>Task Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__TASK_TYPE = WBS_ELEMENT__TASK_TYPE;

	/**
	 * The feature id for the '<em><b>Effort Driven</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__EFFORT_DRIVEN = WBS_ELEMENT__EFFORT_DRIVEN;

	/**
	 * The feature id for the '<em><b>Optimistic Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__OPTIMISTIC_DURATION = WBS_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Most Likely Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__MOST_LIKELY_DURATION = WBS_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Pessimistic Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__PESSIMISTIC_DURATION = WBS_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Duration Distribution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__DURATION_DISTRIBUTION = WBS_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_FEATURE_COUNT = WBS_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Parent</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY___PARENT = WBS_ELEMENT___PARENT;

	/**
	 * The operation id for the '<em>Is Summary</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY___IS_SUMMARY = WBS_ELEMENT___IS_SUMMARY;

	/**
	 * The number of operations of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_OPERATION_COUNT = WBS_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.MilestoneImpl <em>Milestone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.MilestoneImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getMilestone()
	 * @generated
	 */
	int MILESTONE = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__NAME = WBS_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__DESCRIPTION = WBS_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__OWNER = WBS_ELEMENT__OWNER;

	/**
	 * The feature id for the '<em><b>Custom Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__CUSTOM_CODE = WBS_ELEMENT__CUSTOM_CODE;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__CODE = WBS_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__DURATION = WBS_ELEMENT__DURATION;

	/**
	 * The feature id for the '<em><b>Effort</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__EFFORT = WBS_ELEMENT__EFFORT;

	/**
	 * The feature id for the '<em><b>Fixed Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__FIXED_COST = WBS_ELEMENT__FIXED_COST;

	/**
	 * The feature id for the '<em><b>Percent Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__PERCENT_COMPLETE = WBS_ELEMENT__PERCENT_COMPLETE;

	/**
	 * The feature id for the '<em><b>Duration Elapsed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__DURATION_ELAPSED = WBS_ELEMENT__DURATION_ELAPSED;

	/**
	 * The feature id for the '<em><b>Task Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__TASK_MODE = WBS_ELEMENT__TASK_MODE;

	/**
	 * The feature id for the '<em><b>Manual Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__MANUAL_START = WBS_ELEMENT__MANUAL_START;

	/**
	 * The feature id for the '<em><b>Manual Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__MANUAL_FINISH = WBS_ELEMENT__MANUAL_FINISH;

	/**
	 * The feature id for the '<em><b>Actual Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__ACTUAL_START = WBS_ELEMENT__ACTUAL_START;

	/**
	 * The feature id for the '<em><b>Actual Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__ACTUAL_FINISH = WBS_ELEMENT__ACTUAL_FINISH;

	/**
	 * The feature id for the '<em><b>Actual Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__ACTUAL_COST = WBS_ELEMENT__ACTUAL_COST;

	/**
	 * The feature id for the '<em><b>Constraint Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__CONSTRAINT_TYPE = WBS_ELEMENT__CONSTRAINT_TYPE;

	/**
	 * The feature id for the '<em><b>Constraint Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__CONSTRAINT_DATE = WBS_ELEMENT__CONSTRAINT_DATE;

	/**
	 * The feature id for the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__CALENDAR = WBS_ELEMENT__CALENDAR;

	/**
	 * The feature id for the '<em><b>Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__ASSIGNMENTS = WBS_ELEMENT__ASSIGNMENTS;

	/**
	 * The feature id for the '<em><b>Predecessors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__PREDECESSORS = WBS_ELEMENT__PREDECESSORS;

	/**
	 * The feature id for the '<em><b>Early Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__EARLY_START = WBS_ELEMENT__EARLY_START;

	/**
	 * The feature id for the '<em><b>Early Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__EARLY_FINISH = WBS_ELEMENT__EARLY_FINISH;

	/**
	 * The feature id for the '<em><b>Late Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__LATE_START = WBS_ELEMENT__LATE_START;

	/**
	 * The feature id for the '<em><b>Late Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__LATE_FINISH = WBS_ELEMENT__LATE_FINISH;

	/**
	 * The feature id for the '<em><b>Total Float</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__TOTAL_FLOAT = WBS_ELEMENT__TOTAL_FLOAT;

	/**
	 * The feature id for the '<em><b>Free Float</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__FREE_FLOAT = WBS_ELEMENT__FREE_FLOAT;

	/**
	 * The feature id for the '<em><b>Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__CRITICAL = WBS_ELEMENT__CRITICAL;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__ANNOTATIONS = WBS_ELEMENT__ANNOTATIONS;

	/**
	 * The feature id for the '<em><b>Task Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__TASK_TYPE = WBS_ELEMENT__TASK_TYPE;

	/**
	 * The feature id for the '<em><b>Effort Driven</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__EFFORT_DRIVEN = WBS_ELEMENT__EFFORT_DRIVEN;

	/**
	 * The number of structural features of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_FEATURE_COUNT = WBS_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Parent</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE___PARENT = WBS_ELEMENT___PARENT;

	/**
	 * The operation id for the '<em>Is Summary</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE___IS_SUMMARY = WBS_ELEMENT___IS_SUMMARY;

	/**
	 * The number of operations of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_OPERATION_COUNT = WBS_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.DependencyImpl <em>Dependency</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.DependencyImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getDependency()
	 * @generated
	 */
	int DEPENDENCY = 9;

	/**
	 * The feature id for the '<em><b>Predecessor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__PREDECESSOR = 0;

	/**
	 * The feature id for the '<em><b>Successor</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__SUCCESSOR = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__TYPE = 2;

	/**
	 * The feature id for the '<em><b>Lag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__LAG = 3;

	/**
	 * The feature id for the '<em><b>Lag Elapsed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__LAG_ELAPSED = 4;

	/**
	 * The number of structural features of the '<em>Dependency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Dependency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.CalendarImpl <em>Calendar</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.CalendarImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getCalendar()
	 * @generated
	 */
	int CALENDAR = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR__NAME = 0;

	/**
	 * The feature id for the '<em><b>Working Days</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR__WORKING_DAYS = 1;

	/**
	 * The feature id for the '<em><b>Periods</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR__PERIODS = 2;

	/**
	 * The feature id for the '<em><b>Exceptions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR__EXCEPTIONS = 3;

	/**
	 * The feature id for the '<em><b>Hours Per Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR__HOURS_PER_DAY = 4;

	/**
	 * The number of structural features of the '<em>Calendar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Calendar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.WorkingPeriodImpl <em>Working Period</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.WorkingPeriodImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getWorkingPeriod()
	 * @generated
	 */
	int WORKING_PERIOD = 11;

	/**
	 * The feature id for the '<em><b>Start Minute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_PERIOD__START_MINUTE = 0;

	/**
	 * The feature id for the '<em><b>End Minute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_PERIOD__END_MINUTE = 1;

	/**
	 * The number of structural features of the '<em>Working Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_PERIOD_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Working Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKING_PERIOD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.CalendarExceptionImpl <em>Calendar Exception</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.CalendarExceptionImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getCalendarException()
	 * @generated
	 */
	int CALENDAR_EXCEPTION = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_EXCEPTION__NAME = 0;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_EXCEPTION__FROM = 1;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_EXCEPTION__TO = 2;

	/**
	 * The feature id for the '<em><b>Working</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_EXCEPTION__WORKING = 3;

	/**
	 * The number of structural features of the '<em>Calendar Exception</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_EXCEPTION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Calendar Exception</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_EXCEPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.ResourceImpl <em>Resource</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.ResourceImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getResource()
	 * @generated
	 */
	int RESOURCE = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Standard Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE__STANDARD_RATE = 2;

	/**
	 * The feature id for the '<em><b>Max Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE__MAX_UNITS = 3;

	/**
	 * The feature id for the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE__CALENDAR = 4;

	/**
	 * The feature id for the '<em><b>Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE__ROLE = 5;

	/**
	 * The number of structural features of the '<em>Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.AssignmentImpl <em>Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.AssignmentImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getAssignment()
	 * @generated
	 */
	int ASSIGNMENT = 14;

	/**
	 * The feature id for the '<em><b>Resource</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__RESOURCE = 0;

	/**
	 * The feature id for the '<em><b>Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__UNITS = 1;

	/**
	 * The feature id for the '<em><b>Work</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__WORK = 2;

	/**
	 * The number of structural features of the '<em>Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.BaselineImpl <em>Baseline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.BaselineImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getBaseline()
	 * @generated
	 */
	int BASELINE = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Saved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__SAVED_ON = 1;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__ENTRIES = 2;

	/**
	 * The number of structural features of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.BaselineEntryImpl <em>Baseline Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.BaselineEntryImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getBaselineEntry()
	 * @generated
	 */
	int BASELINE_ENTRY = 16;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_ENTRY__ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_ENTRY__START = 1;

	/**
	 * The feature id for the '<em><b>Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_ENTRY__FINISH = 2;

	/**
	 * The feature id for the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_ENTRY__DURATION = 3;

	/**
	 * The feature id for the '<em><b>Work</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_ENTRY__WORK = 4;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_ENTRY__COST = 5;

	/**
	 * The number of structural features of the '<em>Baseline Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_ENTRY_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Baseline Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.ProcessBreakdownImpl <em>Process Breakdown</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.ProcessBreakdownImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getProcessBreakdown()
	 * @generated
	 */
	int PROCESS_BREAKDOWN = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_BREAKDOWN__NAME = 0;

	/**
	 * The feature id for the '<em><b>Processes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_BREAKDOWN__PROCESSES = 1;

	/**
	 * The number of structural features of the '<em>Process Breakdown</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_BREAKDOWN_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Process Breakdown</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_BREAKDOWN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.ProcessImpl <em>Process</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.ProcessImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getProcess()
	 * @generated
	 */
	int PROCESS = 18;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__KIND = 2;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__OWNER = 3;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS__STEPS = 4;

	/**
	 * The number of structural features of the '<em>Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.ProcessStepImpl <em>Process Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.ProcessStepImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getProcessStep()
	 * @generated
	 */
	int PROCESS_STEP = 19;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_STEP__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_STEP__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_STEP__OWNER = 2;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_STEP__RESOURCES = 3;

	/**
	 * The feature id for the '<em><b>Timing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_STEP__TIMING = 4;

	/**
	 * The feature id for the '<em><b>Cycle Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_STEP__CYCLE_TIME = 5;

	/**
	 * The feature id for the '<em><b>Wbs Elements</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_STEP__WBS_ELEMENTS = 6;

	/**
	 * The number of structural features of the '<em>Process Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_STEP_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Process Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.RoleImpl <em>Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.RoleImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 20;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.CrmScopeImpl <em>Crm Scope</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.CrmScopeImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getCrmScope()
	 * @generated
	 */
	int CRM_SCOPE = 21;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_SCOPE__COMPONENTS = 0;

	/**
	 * The feature id for the '<em><b>Requirements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_SCOPE__REQUIREMENTS = 1;

	/**
	 * The feature id for the '<em><b>Stakeholders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_SCOPE__STAKEHOLDERS = 2;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_SCOPE__OBJECTIVES = 3;

	/**
	 * The feature id for the '<em><b>Budget Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_SCOPE__BUDGET_LINES = 4;

	/**
	 * The number of structural features of the '<em>Crm Scope</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_SCOPE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Crm Scope</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_SCOPE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.CrmComponentImpl <em>Crm Component</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.CrmComponentImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getCrmComponent()
	 * @generated
	 */
	int CRM_COMPONENT = 22;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_COMPONENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_COMPONENT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_COMPONENT__KIND = 2;

	/**
	 * The feature id for the '<em><b>Delivered By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_COMPONENT__DELIVERED_BY = 3;

	/**
	 * The number of structural features of the '<em>Crm Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_COMPONENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Crm Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRM_COMPONENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.RequirementImpl <em>Requirement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.RequirementImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getRequirement()
	 * @generated
	 */
	int REQUIREMENT = 23;

	/**
	 * The feature id for the '<em><b>Identifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__IDENTIFIER = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__KIND = 3;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__PRIORITY = 4;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__SOURCE = 5;

	/**
	 * The feature id for the '<em><b>Components</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__COMPONENTS = 6;

	/**
	 * The feature id for the '<em><b>Delivered By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__DELIVERED_BY = 7;

	/**
	 * The number of structural features of the '<em>Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.StakeholderImpl <em>Stakeholder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.StakeholderImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getStakeholder()
	 * @generated
	 */
	int STAKEHOLDER = 24;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__ROLE = 1;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__GROUP = 2;

	/**
	 * The feature id for the '<em><b>Interest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__INTEREST = 3;

	/**
	 * The feature id for the '<em><b>Influence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__INFLUENCE = 4;

	/**
	 * The number of structural features of the '<em>Stakeholder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Stakeholder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.ObjectiveImpl <em>Objective</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.ObjectiveImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getObjective()
	 * @generated
	 */
	int OBJECTIVE = 25;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Kpis</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__KPIS = 2;

	/**
	 * The number of structural features of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.KpiImpl <em>Kpi</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.KpiImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getKpi()
	 * @generated
	 */
	int KPI = 26;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__NAME = 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__UNIT = 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__TARGET = 2;

	/**
	 * The feature id for the '<em><b>Measured</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__MEASURED = 3;

	/**
	 * The number of structural features of the '<em>Kpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Kpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.BudgetLineImpl <em>Budget Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.BudgetLineImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getBudgetLine()
	 * @generated
	 */
	int BUDGET_LINE = 27;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__CATEGORY = 1;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__AMOUNT = 2;

	/**
	 * The feature id for the '<em><b>Component</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__COMPONENT = 3;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__ELEMENT = 4;

	/**
	 * The number of structural features of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.ViewImpl <em>View</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.ViewImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getView()
	 * @generated
	 */
	int VIEW = 28;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Critical Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW__CRITICAL_ONLY = 2;

	/**
	 * The feature id for the '<em><b>Kinds</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW__KINDS = 3;

	/**
	 * The feature id for the '<em><b>Max Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW__MAX_LEVEL = 4;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW__RESOURCES = 5;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW__ROLES = 6;

	/**
	 * The feature id for the '<em><b>Components</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW__COMPONENTS = 7;

	/**
	 * The feature id for the '<em><b>Phases</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW__PHASES = 8;

	/**
	 * The feature id for the '<em><b>Text Match</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW__TEXT_MATCH = 9;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW__COLUMNS = 10;

	/**
	 * The feature id for the '<em><b>Timescale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW__TIMESCALE = 11;

	/**
	 * The number of structural features of the '<em>View</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>View</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.AnnotationImpl <em>Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.AnnotationImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getAnnotation()
	 * @generated
	 */
	int ANNOTATION = 29;

	/**
	 * The feature id for the '<em><b>Element</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ELEMENT = 0;

	/**
	 * The number of structural features of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.impl.CorrelationGroupImpl <em>Correlation Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.impl.CorrelationGroupImpl
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getCorrelationGroup()
	 * @generated
	 */
	int CORRELATION_GROUP = 30;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORRELATION_GROUP__NAME = 0;

	/**
	 * The feature id for the '<em><b>Correlation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORRELATION_GROUP__CORRELATION = 1;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORRELATION_GROUP__ACTIVITIES = 2;

	/**
	 * The number of structural features of the '<em>Correlation Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORRELATION_GROUP_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Correlation Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORRELATION_GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.DependencyType <em>Dependency Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.DependencyType
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getDependencyType()
	 * @generated
	 */
	int DEPENDENCY_TYPE = 31;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.TaskMode <em>Task Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.TaskMode
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getTaskMode()
	 * @generated
	 */
	int TASK_MODE = 32;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.TaskType <em>Task Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.TaskType
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getTaskType()
	 * @generated
	 */
	int TASK_TYPE = 33;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.ConstraintType <em>Constraint Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.ConstraintType
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getConstraintType()
	 * @generated
	 */
	int CONSTRAINT_TYPE = 34;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.Weekday <em>Weekday</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.Weekday
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getWeekday()
	 * @generated
	 */
	int WEEKDAY = 35;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.ResourceType <em>Resource Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.ResourceType
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getResourceType()
	 * @generated
	 */
	int RESOURCE_TYPE = 36;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.ProcessKind <em>Process Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.ProcessKind
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getProcessKind()
	 * @generated
	 */
	int PROCESS_KIND = 37;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.CrmComponentKind <em>Crm Component Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.CrmComponentKind
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getCrmComponentKind()
	 * @generated
	 */
	int CRM_COMPONENT_KIND = 38;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.RequirementKind <em>Requirement Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.RequirementKind
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getRequirementKind()
	 * @generated
	 */
	int REQUIREMENT_KIND = 39;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.Priority <em>Priority</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.Priority
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getPriority()
	 * @generated
	 */
	int PRIORITY = 40;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.StakeholderGroup <em>Stakeholder Group</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.StakeholderGroup
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getStakeholderGroup()
	 * @generated
	 */
	int STAKEHOLDER_GROUP = 41;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.Level <em>Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.Level
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getLevel()
	 * @generated
	 */
	int LEVEL = 42;


	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.ElementKind <em>Element Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.ElementKind
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getElementKind()
	 * @generated
	 */
	int ELEMENT_KIND = 43;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.ViewColumn <em>View Column</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.ViewColumn
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getViewColumn()
	 * @generated
	 */
	int VIEW_COLUMN = 44;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.TimescaleUnit <em>Timescale Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.TimescaleUnit
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getTimescaleUnit()
	 * @generated
	 */
	int TIMESCALE_UNIT = 45;

	/**
	 * The meta object id for the '{@link org.wbsmodeler.model.DurationDistribution <em>Duration Distribution</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.wbsmodeler.model.DurationDistribution
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getDurationDistribution()
	 * @generated
	 */
	int DURATION_DISTRIBUTION = 46;

	/**
	 * The meta object id for the '<em>Local Date Time</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDateTime
	 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getLocalDateTime()
	 * @generated
	 */
	int LOCAL_DATE_TIME = 47;


	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see org.wbsmodeler.model.Project
	 * @generated
	 */
	EClass getProject();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Project#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wbsmodeler.model.Project#getName()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Project#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.wbsmodeler.model.Project#getDescription()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Project#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.wbsmodeler.model.Project#getStart()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Project#getStatusDate <em>Status Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Date</em>'.
	 * @see org.wbsmodeler.model.Project#getStatusDate()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_StatusDate();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Project#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.wbsmodeler.model.Project#getCurrency()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Currency();

	/**
	 * Returns the meta object for the reference '{@link org.wbsmodeler.model.Project#getDefaultCalendar <em>Default Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Default Calendar</em>'.
	 * @see org.wbsmodeler.model.Project#getDefaultCalendar()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_DefaultCalendar();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wbsmodeler.model.Project#getCalendars <em>Calendars</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Calendars</em>'.
	 * @see org.wbsmodeler.model.Project#getCalendars()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Calendars();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wbsmodeler.model.Project#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Resources</em>'.
	 * @see org.wbsmodeler.model.Project#getResources()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Resources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wbsmodeler.model.Project#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see org.wbsmodeler.model.Project#getRoles()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Roles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wbsmodeler.model.Project#getBaselines <em>Baselines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Baselines</em>'.
	 * @see org.wbsmodeler.model.Project#getBaselines()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Baselines();

	/**
	 * Returns the meta object for the containment reference '{@link org.wbsmodeler.model.Project#getProcessBreakdown <em>Process Breakdown</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Process Breakdown</em>'.
	 * @see org.wbsmodeler.model.Project#getProcessBreakdown()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_ProcessBreakdown();

	/**
	 * Returns the meta object for the containment reference '{@link org.wbsmodeler.model.Project#getCrm <em>Crm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Crm</em>'.
	 * @see org.wbsmodeler.model.Project#getCrm()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Crm();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wbsmodeler.model.Project#getViews <em>Views</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Views</em>'.
	 * @see org.wbsmodeler.model.Project#getViews()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Views();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wbsmodeler.model.Project#getCorrelationGroups <em>Correlation Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Correlation Groups</em>'.
	 * @see org.wbsmodeler.model.Project#getCorrelationGroups()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_CorrelationGroups();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.WbsContainer <em>Container</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Container</em>'.
	 * @see org.wbsmodeler.model.WbsContainer
	 * @generated
	 */
	EClass getWbsContainer();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wbsmodeler.model.WbsContainer#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.wbsmodeler.model.WbsContainer#getChildren()
	 * @see #getWbsContainer()
	 * @generated
	 */
	EReference getWbsContainer_Children();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.WbsElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.wbsmodeler.model.WbsElement
	 * @generated
	 */
	EClass getWbsElement();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getName()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getDescription()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getOwner()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getCustomCode <em>Custom Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Custom Code</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getCustomCode()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_CustomCode();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getCode()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getDuration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getDuration()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_Duration();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getEffort <em>Effort</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effort</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getEffort()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_Effort();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getFixedCost <em>Fixed Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fixed Cost</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getFixedCost()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_FixedCost();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getPercentComplete <em>Percent Complete</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percent Complete</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getPercentComplete()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_PercentComplete();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#isDurationElapsed <em>Duration Elapsed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Elapsed</em>'.
	 * @see org.wbsmodeler.model.WbsElement#isDurationElapsed()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_DurationElapsed();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getTaskMode <em>Task Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Task Mode</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getTaskMode()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_TaskMode();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getManualStart <em>Manual Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manual Start</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getManualStart()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_ManualStart();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getManualFinish <em>Manual Finish</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manual Finish</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getManualFinish()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_ManualFinish();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getActualStart <em>Actual Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual Start</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getActualStart()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_ActualStart();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getActualFinish <em>Actual Finish</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual Finish</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getActualFinish()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_ActualFinish();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getActualCost <em>Actual Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual Cost</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getActualCost()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_ActualCost();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getConstraintType <em>Constraint Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Constraint Type</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getConstraintType()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_ConstraintType();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getConstraintDate <em>Constraint Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Constraint Date</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getConstraintDate()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_ConstraintDate();

	/**
	 * Returns the meta object for the reference '{@link org.wbsmodeler.model.WbsElement#getCalendar <em>Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Calendar</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getCalendar()
	 * @see #getWbsElement()
	 * @generated
	 */
	EReference getWbsElement_Calendar();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wbsmodeler.model.WbsElement#getAssignments <em>Assignments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assignments</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getAssignments()
	 * @see #getWbsElement()
	 * @generated
	 */
	EReference getWbsElement_Assignments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wbsmodeler.model.WbsElement#getPredecessors <em>Predecessors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Predecessors</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getPredecessors()
	 * @see #getWbsElement()
	 * @generated
	 */
	EReference getWbsElement_Predecessors();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getEarlyStart <em>Early Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Early Start</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getEarlyStart()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_EarlyStart();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getEarlyFinish <em>Early Finish</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Early Finish</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getEarlyFinish()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_EarlyFinish();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getLateStart <em>Late Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Late Start</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getLateStart()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_LateStart();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getLateFinish <em>Late Finish</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Late Finish</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getLateFinish()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_LateFinish();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getTotalFloat <em>Total Float</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Float</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getTotalFloat()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_TotalFloat();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getFreeFloat <em>Free Float</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Free Float</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getFreeFloat()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_FreeFloat();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#isCritical <em>Critical</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Critical</em>'.
	 * @see org.wbsmodeler.model.WbsElement#isCritical()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_Critical();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wbsmodeler.model.WbsElement#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotations</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getAnnotations()
	 * @see #getWbsElement()
	 * @generated
	 */
	EReference getWbsElement_Annotations();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#getTaskType <em>Task Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Task Type</em>'.
	 * @see org.wbsmodeler.model.WbsElement#getTaskType()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_TaskType();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WbsElement#isEffortDriven <em>Effort Driven</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effort Driven</em>'.
	 * @see org.wbsmodeler.model.WbsElement#isEffortDriven()
	 * @see #getWbsElement()
	 * @generated
	 */
	EAttribute getWbsElement_EffortDriven();

	/**
	 * Returns the meta object for the '{@link org.wbsmodeler.model.WbsElement#parent() <em>Parent</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Parent</em>' operation.
	 * @see org.wbsmodeler.model.WbsElement#parent()
	 * @generated
	 */
	EOperation getWbsElement__Parent();

	/**
	 * Returns the meta object for the '{@link org.wbsmodeler.model.WbsElement#isSummary() <em>Is Summary</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Summary</em>' operation.
	 * @see org.wbsmodeler.model.WbsElement#isSummary()
	 * @generated
	 */
	EOperation getWbsElement__IsSummary();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.SummaryElement <em>Summary Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Summary Element</em>'.
	 * @see org.wbsmodeler.model.SummaryElement
	 * @generated
	 */
	EClass getSummaryElement();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.Phase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Phase</em>'.
	 * @see org.wbsmodeler.model.Phase
	 * @generated
	 */
	EClass getPhase();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.Deliverable <em>Deliverable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deliverable</em>'.
	 * @see org.wbsmodeler.model.Deliverable
	 * @generated
	 */
	EClass getDeliverable();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.WorkPackage <em>Work Package</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work Package</em>'.
	 * @see org.wbsmodeler.model.WorkPackage
	 * @generated
	 */
	EClass getWorkPackage();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.Activity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activity</em>'.
	 * @see org.wbsmodeler.model.Activity
	 * @generated
	 */
	EClass getActivity();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Activity#getOptimisticDuration <em>Optimistic Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optimistic Duration</em>'.
	 * @see org.wbsmodeler.model.Activity#getOptimisticDuration()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_OptimisticDuration();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Activity#getMostLikelyDuration <em>Most Likely Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Most Likely Duration</em>'.
	 * @see org.wbsmodeler.model.Activity#getMostLikelyDuration()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_MostLikelyDuration();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Activity#getPessimisticDuration <em>Pessimistic Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pessimistic Duration</em>'.
	 * @see org.wbsmodeler.model.Activity#getPessimisticDuration()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_PessimisticDuration();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Activity#getDurationDistribution <em>Duration Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Distribution</em>'.
	 * @see org.wbsmodeler.model.Activity#getDurationDistribution()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_DurationDistribution();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.Milestone <em>Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Milestone</em>'.
	 * @see org.wbsmodeler.model.Milestone
	 * @generated
	 */
	EClass getMilestone();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.Dependency <em>Dependency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dependency</em>'.
	 * @see org.wbsmodeler.model.Dependency
	 * @generated
	 */
	EClass getDependency();

	/**
	 * Returns the meta object for the reference '{@link org.wbsmodeler.model.Dependency#getPredecessor <em>Predecessor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Predecessor</em>'.
	 * @see org.wbsmodeler.model.Dependency#getPredecessor()
	 * @see #getDependency()
	 * @generated
	 */
	EReference getDependency_Predecessor();

	/**
	 * Returns the meta object for the container reference '{@link org.wbsmodeler.model.Dependency#getSuccessor <em>Successor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Successor</em>'.
	 * @see org.wbsmodeler.model.Dependency#getSuccessor()
	 * @see #getDependency()
	 * @generated
	 */
	EReference getDependency_Successor();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Dependency#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.wbsmodeler.model.Dependency#getType()
	 * @see #getDependency()
	 * @generated
	 */
	EAttribute getDependency_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Dependency#getLag <em>Lag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lag</em>'.
	 * @see org.wbsmodeler.model.Dependency#getLag()
	 * @see #getDependency()
	 * @generated
	 */
	EAttribute getDependency_Lag();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Dependency#isLagElapsed <em>Lag Elapsed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lag Elapsed</em>'.
	 * @see org.wbsmodeler.model.Dependency#isLagElapsed()
	 * @see #getDependency()
	 * @generated
	 */
	EAttribute getDependency_LagElapsed();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.Calendar <em>Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Calendar</em>'.
	 * @see org.wbsmodeler.model.Calendar
	 * @generated
	 */
	EClass getCalendar();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Calendar#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wbsmodeler.model.Calendar#getName()
	 * @see #getCalendar()
	 * @generated
	 */
	EAttribute getCalendar_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.wbsmodeler.model.Calendar#getWorkingDays <em>Working Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Working Days</em>'.
	 * @see org.wbsmodeler.model.Calendar#getWorkingDays()
	 * @see #getCalendar()
	 * @generated
	 */
	EAttribute getCalendar_WorkingDays();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wbsmodeler.model.Calendar#getPeriods <em>Periods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Periods</em>'.
	 * @see org.wbsmodeler.model.Calendar#getPeriods()
	 * @see #getCalendar()
	 * @generated
	 */
	EReference getCalendar_Periods();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wbsmodeler.model.Calendar#getExceptions <em>Exceptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Exceptions</em>'.
	 * @see org.wbsmodeler.model.Calendar#getExceptions()
	 * @see #getCalendar()
	 * @generated
	 */
	EReference getCalendar_Exceptions();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Calendar#getHoursPerDay <em>Hours Per Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours Per Day</em>'.
	 * @see org.wbsmodeler.model.Calendar#getHoursPerDay()
	 * @see #getCalendar()
	 * @generated
	 */
	EAttribute getCalendar_HoursPerDay();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.WorkingPeriod <em>Working Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Working Period</em>'.
	 * @see org.wbsmodeler.model.WorkingPeriod
	 * @generated
	 */
	EClass getWorkingPeriod();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WorkingPeriod#getStartMinute <em>Start Minute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Minute</em>'.
	 * @see org.wbsmodeler.model.WorkingPeriod#getStartMinute()
	 * @see #getWorkingPeriod()
	 * @generated
	 */
	EAttribute getWorkingPeriod_StartMinute();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.WorkingPeriod#getEndMinute <em>End Minute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Minute</em>'.
	 * @see org.wbsmodeler.model.WorkingPeriod#getEndMinute()
	 * @see #getWorkingPeriod()
	 * @generated
	 */
	EAttribute getWorkingPeriod_EndMinute();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.CalendarException <em>Calendar Exception</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Calendar Exception</em>'.
	 * @see org.wbsmodeler.model.CalendarException
	 * @generated
	 */
	EClass getCalendarException();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.CalendarException#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wbsmodeler.model.CalendarException#getName()
	 * @see #getCalendarException()
	 * @generated
	 */
	EAttribute getCalendarException_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.CalendarException#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see org.wbsmodeler.model.CalendarException#getFrom()
	 * @see #getCalendarException()
	 * @generated
	 */
	EAttribute getCalendarException_From();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.CalendarException#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see org.wbsmodeler.model.CalendarException#getTo()
	 * @see #getCalendarException()
	 * @generated
	 */
	EAttribute getCalendarException_To();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.CalendarException#isWorking <em>Working</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Working</em>'.
	 * @see org.wbsmodeler.model.CalendarException#isWorking()
	 * @see #getCalendarException()
	 * @generated
	 */
	EAttribute getCalendarException_Working();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.Resource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource</em>'.
	 * @see org.wbsmodeler.model.Resource
	 * @generated
	 */
	EClass getResource();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Resource#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wbsmodeler.model.Resource#getName()
	 * @see #getResource()
	 * @generated
	 */
	EAttribute getResource_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Resource#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.wbsmodeler.model.Resource#getType()
	 * @see #getResource()
	 * @generated
	 */
	EAttribute getResource_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Resource#getStandardRate <em>Standard Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Standard Rate</em>'.
	 * @see org.wbsmodeler.model.Resource#getStandardRate()
	 * @see #getResource()
	 * @generated
	 */
	EAttribute getResource_StandardRate();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Resource#getMaxUnits <em>Max Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Units</em>'.
	 * @see org.wbsmodeler.model.Resource#getMaxUnits()
	 * @see #getResource()
	 * @generated
	 */
	EAttribute getResource_MaxUnits();

	/**
	 * Returns the meta object for the reference '{@link org.wbsmodeler.model.Resource#getCalendar <em>Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Calendar</em>'.
	 * @see org.wbsmodeler.model.Resource#getCalendar()
	 * @see #getResource()
	 * @generated
	 */
	EReference getResource_Calendar();

	/**
	 * Returns the meta object for the reference '{@link org.wbsmodeler.model.Resource#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Role</em>'.
	 * @see org.wbsmodeler.model.Resource#getRole()
	 * @see #getResource()
	 * @generated
	 */
	EReference getResource_Role();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.Assignment <em>Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assignment</em>'.
	 * @see org.wbsmodeler.model.Assignment
	 * @generated
	 */
	EClass getAssignment();

	/**
	 * Returns the meta object for the reference '{@link org.wbsmodeler.model.Assignment#getResource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Resource</em>'.
	 * @see org.wbsmodeler.model.Assignment#getResource()
	 * @see #getAssignment()
	 * @generated
	 */
	EReference getAssignment_Resource();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Assignment#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Units</em>'.
	 * @see org.wbsmodeler.model.Assignment#getUnits()
	 * @see #getAssignment()
	 * @generated
	 */
	EAttribute getAssignment_Units();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Assignment#getWork <em>Work</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Work</em>'.
	 * @see org.wbsmodeler.model.Assignment#getWork()
	 * @see #getAssignment()
	 * @generated
	 */
	EAttribute getAssignment_Work();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.Baseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Baseline</em>'.
	 * @see org.wbsmodeler.model.Baseline
	 * @generated
	 */
	EClass getBaseline();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Baseline#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wbsmodeler.model.Baseline#getName()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Baseline#getSavedOn <em>Saved On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Saved On</em>'.
	 * @see org.wbsmodeler.model.Baseline#getSavedOn()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_SavedOn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wbsmodeler.model.Baseline#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.wbsmodeler.model.Baseline#getEntries()
	 * @see #getBaseline()
	 * @generated
	 */
	EReference getBaseline_Entries();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.BaselineEntry <em>Baseline Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Baseline Entry</em>'.
	 * @see org.wbsmodeler.model.BaselineEntry
	 * @generated
	 */
	EClass getBaselineEntry();

	/**
	 * Returns the meta object for the reference '{@link org.wbsmodeler.model.BaselineEntry#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see org.wbsmodeler.model.BaselineEntry#getElement()
	 * @see #getBaselineEntry()
	 * @generated
	 */
	EReference getBaselineEntry_Element();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.BaselineEntry#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.wbsmodeler.model.BaselineEntry#getStart()
	 * @see #getBaselineEntry()
	 * @generated
	 */
	EAttribute getBaselineEntry_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.BaselineEntry#getFinish <em>Finish</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finish</em>'.
	 * @see org.wbsmodeler.model.BaselineEntry#getFinish()
	 * @see #getBaselineEntry()
	 * @generated
	 */
	EAttribute getBaselineEntry_Finish();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.BaselineEntry#getDuration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration</em>'.
	 * @see org.wbsmodeler.model.BaselineEntry#getDuration()
	 * @see #getBaselineEntry()
	 * @generated
	 */
	EAttribute getBaselineEntry_Duration();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.BaselineEntry#getWork <em>Work</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Work</em>'.
	 * @see org.wbsmodeler.model.BaselineEntry#getWork()
	 * @see #getBaselineEntry()
	 * @generated
	 */
	EAttribute getBaselineEntry_Work();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.BaselineEntry#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see org.wbsmodeler.model.BaselineEntry#getCost()
	 * @see #getBaselineEntry()
	 * @generated
	 */
	EAttribute getBaselineEntry_Cost();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.ProcessBreakdown <em>Process Breakdown</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Process Breakdown</em>'.
	 * @see org.wbsmodeler.model.ProcessBreakdown
	 * @generated
	 */
	EClass getProcessBreakdown();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.ProcessBreakdown#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wbsmodeler.model.ProcessBreakdown#getName()
	 * @see #getProcessBreakdown()
	 * @generated
	 */
	EAttribute getProcessBreakdown_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wbsmodeler.model.ProcessBreakdown#getProcesses <em>Processes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Processes</em>'.
	 * @see org.wbsmodeler.model.ProcessBreakdown#getProcesses()
	 * @see #getProcessBreakdown()
	 * @generated
	 */
	EReference getProcessBreakdown_Processes();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.Process <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Process</em>'.
	 * @see org.wbsmodeler.model.Process
	 * @generated
	 */
	EClass getProcess();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Process#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wbsmodeler.model.Process#getName()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Process#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.wbsmodeler.model.Process#getDescription()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Process#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.wbsmodeler.model.Process#getKind()
	 * @see #getProcess()
	 * @generated
	 */
	EAttribute getProcess_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.wbsmodeler.model.Process#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.wbsmodeler.model.Process#getOwner()
	 * @see #getProcess()
	 * @generated
	 */
	EReference getProcess_Owner();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wbsmodeler.model.Process#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.wbsmodeler.model.Process#getSteps()
	 * @see #getProcess()
	 * @generated
	 */
	EReference getProcess_Steps();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.ProcessStep <em>Process Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Process Step</em>'.
	 * @see org.wbsmodeler.model.ProcessStep
	 * @generated
	 */
	EClass getProcessStep();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.ProcessStep#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wbsmodeler.model.ProcessStep#getName()
	 * @see #getProcessStep()
	 * @generated
	 */
	EAttribute getProcessStep_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.ProcessStep#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.wbsmodeler.model.ProcessStep#getDescription()
	 * @see #getProcessStep()
	 * @generated
	 */
	EAttribute getProcessStep_Description();

	/**
	 * Returns the meta object for the reference '{@link org.wbsmodeler.model.ProcessStep#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.wbsmodeler.model.ProcessStep#getOwner()
	 * @see #getProcessStep()
	 * @generated
	 */
	EReference getProcessStep_Owner();

	/**
	 * Returns the meta object for the reference list '{@link org.wbsmodeler.model.ProcessStep#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Resources</em>'.
	 * @see org.wbsmodeler.model.ProcessStep#getResources()
	 * @see #getProcessStep()
	 * @generated
	 */
	EReference getProcessStep_Resources();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.ProcessStep#getTiming <em>Timing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timing</em>'.
	 * @see org.wbsmodeler.model.ProcessStep#getTiming()
	 * @see #getProcessStep()
	 * @generated
	 */
	EAttribute getProcessStep_Timing();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.ProcessStep#getCycleTime <em>Cycle Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cycle Time</em>'.
	 * @see org.wbsmodeler.model.ProcessStep#getCycleTime()
	 * @see #getProcessStep()
	 * @generated
	 */
	EAttribute getProcessStep_CycleTime();

	/**
	 * Returns the meta object for the reference list '{@link org.wbsmodeler.model.ProcessStep#getWbsElements <em>Wbs Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Wbs Elements</em>'.
	 * @see org.wbsmodeler.model.ProcessStep#getWbsElements()
	 * @see #getProcessStep()
	 * @generated
	 */
	EReference getProcessStep_WbsElements();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role</em>'.
	 * @see org.wbsmodeler.model.Role
	 * @generated
	 */
	EClass getRole();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Role#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wbsmodeler.model.Role#getName()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Role#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.wbsmodeler.model.Role#getDescription()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Description();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.CrmScope <em>Crm Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Crm Scope</em>'.
	 * @see org.wbsmodeler.model.CrmScope
	 * @generated
	 */
	EClass getCrmScope();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wbsmodeler.model.CrmScope#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Components</em>'.
	 * @see org.wbsmodeler.model.CrmScope#getComponents()
	 * @see #getCrmScope()
	 * @generated
	 */
	EReference getCrmScope_Components();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wbsmodeler.model.CrmScope#getRequirements <em>Requirements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Requirements</em>'.
	 * @see org.wbsmodeler.model.CrmScope#getRequirements()
	 * @see #getCrmScope()
	 * @generated
	 */
	EReference getCrmScope_Requirements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wbsmodeler.model.CrmScope#getStakeholders <em>Stakeholders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stakeholders</em>'.
	 * @see org.wbsmodeler.model.CrmScope#getStakeholders()
	 * @see #getCrmScope()
	 * @generated
	 */
	EReference getCrmScope_Stakeholders();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wbsmodeler.model.CrmScope#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Objectives</em>'.
	 * @see org.wbsmodeler.model.CrmScope#getObjectives()
	 * @see #getCrmScope()
	 * @generated
	 */
	EReference getCrmScope_Objectives();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wbsmodeler.model.CrmScope#getBudgetLines <em>Budget Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Budget Lines</em>'.
	 * @see org.wbsmodeler.model.CrmScope#getBudgetLines()
	 * @see #getCrmScope()
	 * @generated
	 */
	EReference getCrmScope_BudgetLines();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.CrmComponent <em>Crm Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Crm Component</em>'.
	 * @see org.wbsmodeler.model.CrmComponent
	 * @generated
	 */
	EClass getCrmComponent();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.CrmComponent#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wbsmodeler.model.CrmComponent#getName()
	 * @see #getCrmComponent()
	 * @generated
	 */
	EAttribute getCrmComponent_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.CrmComponent#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.wbsmodeler.model.CrmComponent#getDescription()
	 * @see #getCrmComponent()
	 * @generated
	 */
	EAttribute getCrmComponent_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.CrmComponent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.wbsmodeler.model.CrmComponent#getKind()
	 * @see #getCrmComponent()
	 * @generated
	 */
	EAttribute getCrmComponent_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.wbsmodeler.model.CrmComponent#getDeliveredBy <em>Delivered By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Delivered By</em>'.
	 * @see org.wbsmodeler.model.CrmComponent#getDeliveredBy()
	 * @see #getCrmComponent()
	 * @generated
	 */
	EReference getCrmComponent_DeliveredBy();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.Requirement <em>Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Requirement</em>'.
	 * @see org.wbsmodeler.model.Requirement
	 * @generated
	 */
	EClass getRequirement();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Requirement#getIdentifier <em>Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identifier</em>'.
	 * @see org.wbsmodeler.model.Requirement#getIdentifier()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_Identifier();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Requirement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wbsmodeler.model.Requirement#getName()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Requirement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.wbsmodeler.model.Requirement#getDescription()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Requirement#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.wbsmodeler.model.Requirement#getKind()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Requirement#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.wbsmodeler.model.Requirement#getPriority()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_Priority();

	/**
	 * Returns the meta object for the reference '{@link org.wbsmodeler.model.Requirement#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.wbsmodeler.model.Requirement#getSource()
	 * @see #getRequirement()
	 * @generated
	 */
	EReference getRequirement_Source();

	/**
	 * Returns the meta object for the reference list '{@link org.wbsmodeler.model.Requirement#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Components</em>'.
	 * @see org.wbsmodeler.model.Requirement#getComponents()
	 * @see #getRequirement()
	 * @generated
	 */
	EReference getRequirement_Components();

	/**
	 * Returns the meta object for the reference list '{@link org.wbsmodeler.model.Requirement#getDeliveredBy <em>Delivered By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Delivered By</em>'.
	 * @see org.wbsmodeler.model.Requirement#getDeliveredBy()
	 * @see #getRequirement()
	 * @generated
	 */
	EReference getRequirement_DeliveredBy();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.Stakeholder <em>Stakeholder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stakeholder</em>'.
	 * @see org.wbsmodeler.model.Stakeholder
	 * @generated
	 */
	EClass getStakeholder();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Stakeholder#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wbsmodeler.model.Stakeholder#getName()
	 * @see #getStakeholder()
	 * @generated
	 */
	EAttribute getStakeholder_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Stakeholder#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.wbsmodeler.model.Stakeholder#getRole()
	 * @see #getStakeholder()
	 * @generated
	 */
	EAttribute getStakeholder_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Stakeholder#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.wbsmodeler.model.Stakeholder#getGroup()
	 * @see #getStakeholder()
	 * @generated
	 */
	EAttribute getStakeholder_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Stakeholder#getInterest <em>Interest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interest</em>'.
	 * @see org.wbsmodeler.model.Stakeholder#getInterest()
	 * @see #getStakeholder()
	 * @generated
	 */
	EAttribute getStakeholder_Interest();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Stakeholder#getInfluence <em>Influence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Influence</em>'.
	 * @see org.wbsmodeler.model.Stakeholder#getInfluence()
	 * @see #getStakeholder()
	 * @generated
	 */
	EAttribute getStakeholder_Influence();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.Objective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Objective</em>'.
	 * @see org.wbsmodeler.model.Objective
	 * @generated
	 */
	EClass getObjective();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Objective#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wbsmodeler.model.Objective#getName()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Objective#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.wbsmodeler.model.Objective#getDescription()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.wbsmodeler.model.Objective#getKpis <em>Kpis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Kpis</em>'.
	 * @see org.wbsmodeler.model.Objective#getKpis()
	 * @see #getObjective()
	 * @generated
	 */
	EReference getObjective_Kpis();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.Kpi <em>Kpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kpi</em>'.
	 * @see org.wbsmodeler.model.Kpi
	 * @generated
	 */
	EClass getKpi();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Kpi#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wbsmodeler.model.Kpi#getName()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Kpi#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.wbsmodeler.model.Kpi#getUnit()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Kpi#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.wbsmodeler.model.Kpi#getTarget()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.Kpi#getMeasured <em>Measured</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measured</em>'.
	 * @see org.wbsmodeler.model.Kpi#getMeasured()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Measured();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.BudgetLine <em>Budget Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget Line</em>'.
	 * @see org.wbsmodeler.model.BudgetLine
	 * @generated
	 */
	EClass getBudgetLine();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.BudgetLine#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wbsmodeler.model.BudgetLine#getName()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.BudgetLine#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.wbsmodeler.model.BudgetLine#getCategory()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.BudgetLine#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.wbsmodeler.model.BudgetLine#getAmount()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Amount();

	/**
	 * Returns the meta object for the reference '{@link org.wbsmodeler.model.BudgetLine#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Component</em>'.
	 * @see org.wbsmodeler.model.BudgetLine#getComponent()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EReference getBudgetLine_Component();

	/**
	 * Returns the meta object for the reference '{@link org.wbsmodeler.model.BudgetLine#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see org.wbsmodeler.model.BudgetLine#getElement()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EReference getBudgetLine_Element();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.View <em>View</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>View</em>'.
	 * @see org.wbsmodeler.model.View
	 * @generated
	 */
	EClass getView();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.View#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wbsmodeler.model.View#getName()
	 * @see #getView()
	 * @generated
	 */
	EAttribute getView_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.View#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.wbsmodeler.model.View#getDescription()
	 * @see #getView()
	 * @generated
	 */
	EAttribute getView_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.View#isCriticalOnly <em>Critical Only</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Critical Only</em>'.
	 * @see org.wbsmodeler.model.View#isCriticalOnly()
	 * @see #getView()
	 * @generated
	 */
	EAttribute getView_CriticalOnly();

	/**
	 * Returns the meta object for the attribute list '{@link org.wbsmodeler.model.View#getKinds <em>Kinds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Kinds</em>'.
	 * @see org.wbsmodeler.model.View#getKinds()
	 * @see #getView()
	 * @generated
	 */
	EAttribute getView_Kinds();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.View#getMaxLevel <em>Max Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Level</em>'.
	 * @see org.wbsmodeler.model.View#getMaxLevel()
	 * @see #getView()
	 * @generated
	 */
	EAttribute getView_MaxLevel();

	/**
	 * Returns the meta object for the reference list '{@link org.wbsmodeler.model.View#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Resources</em>'.
	 * @see org.wbsmodeler.model.View#getResources()
	 * @see #getView()
	 * @generated
	 */
	EReference getView_Resources();

	/**
	 * Returns the meta object for the reference list '{@link org.wbsmodeler.model.View#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Roles</em>'.
	 * @see org.wbsmodeler.model.View#getRoles()
	 * @see #getView()
	 * @generated
	 */
	EReference getView_Roles();

	/**
	 * Returns the meta object for the reference list '{@link org.wbsmodeler.model.View#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Components</em>'.
	 * @see org.wbsmodeler.model.View#getComponents()
	 * @see #getView()
	 * @generated
	 */
	EReference getView_Components();

	/**
	 * Returns the meta object for the reference list '{@link org.wbsmodeler.model.View#getPhases <em>Phases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Phases</em>'.
	 * @see org.wbsmodeler.model.View#getPhases()
	 * @see #getView()
	 * @generated
	 */
	EReference getView_Phases();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.View#getTextMatch <em>Text Match</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Match</em>'.
	 * @see org.wbsmodeler.model.View#getTextMatch()
	 * @see #getView()
	 * @generated
	 */
	EAttribute getView_TextMatch();

	/**
	 * Returns the meta object for the attribute list '{@link org.wbsmodeler.model.View#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Columns</em>'.
	 * @see org.wbsmodeler.model.View#getColumns()
	 * @see #getView()
	 * @generated
	 */
	EAttribute getView_Columns();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.View#getTimescale <em>Timescale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timescale</em>'.
	 * @see org.wbsmodeler.model.View#getTimescale()
	 * @see #getView()
	 * @generated
	 */
	EAttribute getView_Timescale();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation</em>'.
	 * @see org.wbsmodeler.model.Annotation
	 * @generated
	 */
	EClass getAnnotation();

	/**
	 * Returns the meta object for the container reference '{@link org.wbsmodeler.model.Annotation#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Element</em>'.
	 * @see org.wbsmodeler.model.Annotation#getElement()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_Element();

	/**
	 * Returns the meta object for class '{@link org.wbsmodeler.model.CorrelationGroup <em>Correlation Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Correlation Group</em>'.
	 * @see org.wbsmodeler.model.CorrelationGroup
	 * @generated
	 */
	EClass getCorrelationGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.CorrelationGroup#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.wbsmodeler.model.CorrelationGroup#getName()
	 * @see #getCorrelationGroup()
	 * @generated
	 */
	EAttribute getCorrelationGroup_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.wbsmodeler.model.CorrelationGroup#getCorrelation <em>Correlation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Correlation</em>'.
	 * @see org.wbsmodeler.model.CorrelationGroup#getCorrelation()
	 * @see #getCorrelationGroup()
	 * @generated
	 */
	EAttribute getCorrelationGroup_Correlation();

	/**
	 * Returns the meta object for the reference list '{@link org.wbsmodeler.model.CorrelationGroup#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Activities</em>'.
	 * @see org.wbsmodeler.model.CorrelationGroup#getActivities()
	 * @see #getCorrelationGroup()
	 * @generated
	 */
	EReference getCorrelationGroup_Activities();

	/**
	 * Returns the meta object for enum '{@link org.wbsmodeler.model.DependencyType <em>Dependency Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dependency Type</em>'.
	 * @see org.wbsmodeler.model.DependencyType
	 * @generated
	 */
	EEnum getDependencyType();

	/**
	 * Returns the meta object for enum '{@link org.wbsmodeler.model.TaskMode <em>Task Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Task Mode</em>'.
	 * @see org.wbsmodeler.model.TaskMode
	 * @generated
	 */
	EEnum getTaskMode();

	/**
	 * Returns the meta object for enum '{@link org.wbsmodeler.model.TaskType <em>Task Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Task Type</em>'.
	 * @see org.wbsmodeler.model.TaskType
	 * @generated
	 */
	EEnum getTaskType();

	/**
	 * Returns the meta object for enum '{@link org.wbsmodeler.model.ConstraintType <em>Constraint Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Constraint Type</em>'.
	 * @see org.wbsmodeler.model.ConstraintType
	 * @generated
	 */
	EEnum getConstraintType();

	/**
	 * Returns the meta object for enum '{@link org.wbsmodeler.model.Weekday <em>Weekday</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Weekday</em>'.
	 * @see org.wbsmodeler.model.Weekday
	 * @generated
	 */
	EEnum getWeekday();

	/**
	 * Returns the meta object for enum '{@link org.wbsmodeler.model.ResourceType <em>Resource Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Resource Type</em>'.
	 * @see org.wbsmodeler.model.ResourceType
	 * @generated
	 */
	EEnum getResourceType();

	/**
	 * Returns the meta object for enum '{@link org.wbsmodeler.model.ProcessKind <em>Process Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Process Kind</em>'.
	 * @see org.wbsmodeler.model.ProcessKind
	 * @generated
	 */
	EEnum getProcessKind();

	/**
	 * Returns the meta object for enum '{@link org.wbsmodeler.model.CrmComponentKind <em>Crm Component Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Crm Component Kind</em>'.
	 * @see org.wbsmodeler.model.CrmComponentKind
	 * @generated
	 */
	EEnum getCrmComponentKind();

	/**
	 * Returns the meta object for enum '{@link org.wbsmodeler.model.RequirementKind <em>Requirement Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Requirement Kind</em>'.
	 * @see org.wbsmodeler.model.RequirementKind
	 * @generated
	 */
	EEnum getRequirementKind();

	/**
	 * Returns the meta object for enum '{@link org.wbsmodeler.model.Priority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Priority</em>'.
	 * @see org.wbsmodeler.model.Priority
	 * @generated
	 */
	EEnum getPriority();

	/**
	 * Returns the meta object for enum '{@link org.wbsmodeler.model.StakeholderGroup <em>Stakeholder Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Stakeholder Group</em>'.
	 * @see org.wbsmodeler.model.StakeholderGroup
	 * @generated
	 */
	EEnum getStakeholderGroup();

	/**
	 * Returns the meta object for enum '{@link org.wbsmodeler.model.Level <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Level</em>'.
	 * @see org.wbsmodeler.model.Level
	 * @generated
	 */
	EEnum getLevel();

	/**
	 * Returns the meta object for enum '{@link org.wbsmodeler.model.ElementKind <em>Element Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Element Kind</em>'.
	 * @see org.wbsmodeler.model.ElementKind
	 * @generated
	 */
	EEnum getElementKind();

	/**
	 * Returns the meta object for enum '{@link org.wbsmodeler.model.ViewColumn <em>View Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>View Column</em>'.
	 * @see org.wbsmodeler.model.ViewColumn
	 * @generated
	 */
	EEnum getViewColumn();

	/**
	 * Returns the meta object for enum '{@link org.wbsmodeler.model.TimescaleUnit <em>Timescale Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Timescale Unit</em>'.
	 * @see org.wbsmodeler.model.TimescaleUnit
	 * @generated
	 */
	EEnum getTimescaleUnit();

	/**
	 * Returns the meta object for enum '{@link org.wbsmodeler.model.DurationDistribution <em>Duration Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Duration Distribution</em>'.
	 * @see org.wbsmodeler.model.DurationDistribution
	 * @generated
	 */
	EEnum getDurationDistribution();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDateTime <em>Local Date Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A date and time of day without a time zone, as a plan has them (08:00 on 1 February is 08:00 everywhere). Written as ISO 2027-02-01T08:00 (seconds only when not zero); the form of format 1.0 (2027-02-01T08:00:00.000+0100) is read with its wall-clock time as written, the offset ignored.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date Time</em>'.
	 * @see java.time.LocalDateTime
	 * @model instanceClass="java.time.LocalDateTime"
	 * @generated
	 */
	EDataType getLocalDateTime();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	WbsFactory getWbsFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.ProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.ProjectImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getProject()
		 * @generated
		 */
		EClass PROJECT = eINSTANCE.getProject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__NAME = eINSTANCE.getProject_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__DESCRIPTION = eINSTANCE.getProject_Description();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__START = eINSTANCE.getProject_Start();

		/**
		 * The meta object literal for the '<em><b>Status Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__STATUS_DATE = eINSTANCE.getProject_StatusDate();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__CURRENCY = eINSTANCE.getProject_Currency();

		/**
		 * The meta object literal for the '<em><b>Default Calendar</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__DEFAULT_CALENDAR = eINSTANCE.getProject_DefaultCalendar();

		/**
		 * The meta object literal for the '<em><b>Calendars</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__CALENDARS = eINSTANCE.getProject_Calendars();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__RESOURCES = eINSTANCE.getProject_Resources();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__ROLES = eINSTANCE.getProject_Roles();

		/**
		 * The meta object literal for the '<em><b>Baselines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__BASELINES = eINSTANCE.getProject_Baselines();

		/**
		 * The meta object literal for the '<em><b>Process Breakdown</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__PROCESS_BREAKDOWN = eINSTANCE.getProject_ProcessBreakdown();

		/**
		 * The meta object literal for the '<em><b>Crm</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__CRM = eINSTANCE.getProject_Crm();

		/**
		 * The meta object literal for the '<em><b>Views</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__VIEWS = eINSTANCE.getProject_Views();

		/**
		 * The meta object literal for the '<em><b>Correlation Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__CORRELATION_GROUPS = eINSTANCE.getProject_CorrelationGroups();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.WbsContainer <em>Container</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.WbsContainer
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getWbsContainer()
		 * @generated
		 */
		EClass WBS_CONTAINER = eINSTANCE.getWbsContainer();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WBS_CONTAINER__CHILDREN = eINSTANCE.getWbsContainer_Children();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.WbsElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.WbsElementImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getWbsElement()
		 * @generated
		 */
		EClass WBS_ELEMENT = eINSTANCE.getWbsElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__NAME = eINSTANCE.getWbsElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__DESCRIPTION = eINSTANCE.getWbsElement_Description();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__OWNER = eINSTANCE.getWbsElement_Owner();

		/**
		 * The meta object literal for the '<em><b>Custom Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__CUSTOM_CODE = eINSTANCE.getWbsElement_CustomCode();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__CODE = eINSTANCE.getWbsElement_Code();

		/**
		 * The meta object literal for the '<em><b>Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__DURATION = eINSTANCE.getWbsElement_Duration();

		/**
		 * The meta object literal for the '<em><b>Effort</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__EFFORT = eINSTANCE.getWbsElement_Effort();

		/**
		 * The meta object literal for the '<em><b>Fixed Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__FIXED_COST = eINSTANCE.getWbsElement_FixedCost();

		/**
		 * The meta object literal for the '<em><b>Percent Complete</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__PERCENT_COMPLETE = eINSTANCE.getWbsElement_PercentComplete();

		/**
		 * The meta object literal for the '<em><b>Duration Elapsed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__DURATION_ELAPSED = eINSTANCE.getWbsElement_DurationElapsed();

		/**
		 * The meta object literal for the '<em><b>Task Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__TASK_MODE = eINSTANCE.getWbsElement_TaskMode();

		/**
		 * The meta object literal for the '<em><b>Manual Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__MANUAL_START = eINSTANCE.getWbsElement_ManualStart();

		/**
		 * The meta object literal for the '<em><b>Manual Finish</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__MANUAL_FINISH = eINSTANCE.getWbsElement_ManualFinish();

		/**
		 * The meta object literal for the '<em><b>Actual Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__ACTUAL_START = eINSTANCE.getWbsElement_ActualStart();

		/**
		 * The meta object literal for the '<em><b>Actual Finish</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__ACTUAL_FINISH = eINSTANCE.getWbsElement_ActualFinish();

		/**
		 * The meta object literal for the '<em><b>Actual Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__ACTUAL_COST = eINSTANCE.getWbsElement_ActualCost();

		/**
		 * The meta object literal for the '<em><b>Constraint Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__CONSTRAINT_TYPE = eINSTANCE.getWbsElement_ConstraintType();

		/**
		 * The meta object literal for the '<em><b>Constraint Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__CONSTRAINT_DATE = eINSTANCE.getWbsElement_ConstraintDate();

		/**
		 * The meta object literal for the '<em><b>Calendar</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WBS_ELEMENT__CALENDAR = eINSTANCE.getWbsElement_Calendar();

		/**
		 * The meta object literal for the '<em><b>Assignments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WBS_ELEMENT__ASSIGNMENTS = eINSTANCE.getWbsElement_Assignments();

		/**
		 * The meta object literal for the '<em><b>Predecessors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WBS_ELEMENT__PREDECESSORS = eINSTANCE.getWbsElement_Predecessors();

		/**
		 * The meta object literal for the '<em><b>Early Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__EARLY_START = eINSTANCE.getWbsElement_EarlyStart();

		/**
		 * The meta object literal for the '<em><b>Early Finish</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__EARLY_FINISH = eINSTANCE.getWbsElement_EarlyFinish();

		/**
		 * The meta object literal for the '<em><b>Late Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__LATE_START = eINSTANCE.getWbsElement_LateStart();

		/**
		 * The meta object literal for the '<em><b>Late Finish</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__LATE_FINISH = eINSTANCE.getWbsElement_LateFinish();

		/**
		 * The meta object literal for the '<em><b>Total Float</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__TOTAL_FLOAT = eINSTANCE.getWbsElement_TotalFloat();

		/**
		 * The meta object literal for the '<em><b>Free Float</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__FREE_FLOAT = eINSTANCE.getWbsElement_FreeFloat();

		/**
		 * The meta object literal for the '<em><b>Critical</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__CRITICAL = eINSTANCE.getWbsElement_Critical();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WBS_ELEMENT__ANNOTATIONS = eINSTANCE.getWbsElement_Annotations();

		/**
		 * The meta object literal for the '<em><b>Task Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__TASK_TYPE = eINSTANCE.getWbsElement_TaskType();

		/**
		 * The meta object literal for the '<em><b>Effort Driven</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WBS_ELEMENT__EFFORT_DRIVEN = eINSTANCE.getWbsElement_EffortDriven();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation WBS_ELEMENT___PARENT = eINSTANCE.getWbsElement__Parent();

		/**
		 * The meta object literal for the '<em><b>Is Summary</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation WBS_ELEMENT___IS_SUMMARY = eINSTANCE.getWbsElement__IsSummary();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.SummaryElementImpl <em>Summary Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.SummaryElementImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getSummaryElement()
		 * @generated
		 */
		EClass SUMMARY_ELEMENT = eINSTANCE.getSummaryElement();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.PhaseImpl <em>Phase</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.PhaseImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getPhase()
		 * @generated
		 */
		EClass PHASE = eINSTANCE.getPhase();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.DeliverableImpl <em>Deliverable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.DeliverableImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getDeliverable()
		 * @generated
		 */
		EClass DELIVERABLE = eINSTANCE.getDeliverable();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.WorkPackageImpl <em>Work Package</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.WorkPackageImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getWorkPackage()
		 * @generated
		 */
		EClass WORK_PACKAGE = eINSTANCE.getWorkPackage();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.ActivityImpl <em>Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.ActivityImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getActivity()
		 * @generated
		 */
		EClass ACTIVITY = eINSTANCE.getActivity();

		/**
		 * The meta object literal for the '<em><b>Optimistic Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__OPTIMISTIC_DURATION = eINSTANCE.getActivity_OptimisticDuration();

		/**
		 * The meta object literal for the '<em><b>Most Likely Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__MOST_LIKELY_DURATION = eINSTANCE.getActivity_MostLikelyDuration();

		/**
		 * The meta object literal for the '<em><b>Pessimistic Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__PESSIMISTIC_DURATION = eINSTANCE.getActivity_PessimisticDuration();

		/**
		 * The meta object literal for the '<em><b>Duration Distribution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__DURATION_DISTRIBUTION = eINSTANCE.getActivity_DurationDistribution();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.MilestoneImpl <em>Milestone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.MilestoneImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getMilestone()
		 * @generated
		 */
		EClass MILESTONE = eINSTANCE.getMilestone();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.DependencyImpl <em>Dependency</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.DependencyImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getDependency()
		 * @generated
		 */
		EClass DEPENDENCY = eINSTANCE.getDependency();

		/**
		 * The meta object literal for the '<em><b>Predecessor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPENDENCY__PREDECESSOR = eINSTANCE.getDependency_Predecessor();

		/**
		 * The meta object literal for the '<em><b>Successor</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPENDENCY__SUCCESSOR = eINSTANCE.getDependency_Successor();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPENDENCY__TYPE = eINSTANCE.getDependency_Type();

		/**
		 * The meta object literal for the '<em><b>Lag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPENDENCY__LAG = eINSTANCE.getDependency_Lag();

		/**
		 * The meta object literal for the '<em><b>Lag Elapsed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPENDENCY__LAG_ELAPSED = eINSTANCE.getDependency_LagElapsed();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.CalendarImpl <em>Calendar</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.CalendarImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getCalendar()
		 * @generated
		 */
		EClass CALENDAR = eINSTANCE.getCalendar();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR__NAME = eINSTANCE.getCalendar_Name();

		/**
		 * The meta object literal for the '<em><b>Working Days</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR__WORKING_DAYS = eINSTANCE.getCalendar_WorkingDays();

		/**
		 * The meta object literal for the '<em><b>Periods</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALENDAR__PERIODS = eINSTANCE.getCalendar_Periods();

		/**
		 * The meta object literal for the '<em><b>Exceptions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALENDAR__EXCEPTIONS = eINSTANCE.getCalendar_Exceptions();

		/**
		 * The meta object literal for the '<em><b>Hours Per Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR__HOURS_PER_DAY = eINSTANCE.getCalendar_HoursPerDay();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.WorkingPeriodImpl <em>Working Period</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.WorkingPeriodImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getWorkingPeriod()
		 * @generated
		 */
		EClass WORKING_PERIOD = eINSTANCE.getWorkingPeriod();

		/**
		 * The meta object literal for the '<em><b>Start Minute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKING_PERIOD__START_MINUTE = eINSTANCE.getWorkingPeriod_StartMinute();

		/**
		 * The meta object literal for the '<em><b>End Minute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKING_PERIOD__END_MINUTE = eINSTANCE.getWorkingPeriod_EndMinute();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.CalendarExceptionImpl <em>Calendar Exception</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.CalendarExceptionImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getCalendarException()
		 * @generated
		 */
		EClass CALENDAR_EXCEPTION = eINSTANCE.getCalendarException();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_EXCEPTION__NAME = eINSTANCE.getCalendarException_Name();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_EXCEPTION__FROM = eINSTANCE.getCalendarException_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_EXCEPTION__TO = eINSTANCE.getCalendarException_To();

		/**
		 * The meta object literal for the '<em><b>Working</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_EXCEPTION__WORKING = eINSTANCE.getCalendarException_Working();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.ResourceImpl <em>Resource</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.ResourceImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getResource()
		 * @generated
		 */
		EClass RESOURCE = eINSTANCE.getResource();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE__NAME = eINSTANCE.getResource_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE__TYPE = eINSTANCE.getResource_Type();

		/**
		 * The meta object literal for the '<em><b>Standard Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE__STANDARD_RATE = eINSTANCE.getResource_StandardRate();

		/**
		 * The meta object literal for the '<em><b>Max Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE__MAX_UNITS = eINSTANCE.getResource_MaxUnits();

		/**
		 * The meta object literal for the '<em><b>Calendar</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE__CALENDAR = eINSTANCE.getResource_Calendar();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE__ROLE = eINSTANCE.getResource_Role();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.AssignmentImpl <em>Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.AssignmentImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getAssignment()
		 * @generated
		 */
		EClass ASSIGNMENT = eINSTANCE.getAssignment();

		/**
		 * The meta object literal for the '<em><b>Resource</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSIGNMENT__RESOURCE = eINSTANCE.getAssignment_Resource();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGNMENT__UNITS = eINSTANCE.getAssignment_Units();

		/**
		 * The meta object literal for the '<em><b>Work</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGNMENT__WORK = eINSTANCE.getAssignment_Work();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.BaselineImpl <em>Baseline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.BaselineImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getBaseline()
		 * @generated
		 */
		EClass BASELINE = eINSTANCE.getBaseline();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__NAME = eINSTANCE.getBaseline_Name();

		/**
		 * The meta object literal for the '<em><b>Saved On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__SAVED_ON = eINSTANCE.getBaseline_SavedOn();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASELINE__ENTRIES = eINSTANCE.getBaseline_Entries();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.BaselineEntryImpl <em>Baseline Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.BaselineEntryImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getBaselineEntry()
		 * @generated
		 */
		EClass BASELINE_ENTRY = eINSTANCE.getBaselineEntry();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASELINE_ENTRY__ELEMENT = eINSTANCE.getBaselineEntry_Element();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_ENTRY__START = eINSTANCE.getBaselineEntry_Start();

		/**
		 * The meta object literal for the '<em><b>Finish</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_ENTRY__FINISH = eINSTANCE.getBaselineEntry_Finish();

		/**
		 * The meta object literal for the '<em><b>Duration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_ENTRY__DURATION = eINSTANCE.getBaselineEntry_Duration();

		/**
		 * The meta object literal for the '<em><b>Work</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_ENTRY__WORK = eINSTANCE.getBaselineEntry_Work();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_ENTRY__COST = eINSTANCE.getBaselineEntry_Cost();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.ProcessBreakdownImpl <em>Process Breakdown</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.ProcessBreakdownImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getProcessBreakdown()
		 * @generated
		 */
		EClass PROCESS_BREAKDOWN = eINSTANCE.getProcessBreakdown();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_BREAKDOWN__NAME = eINSTANCE.getProcessBreakdown_Name();

		/**
		 * The meta object literal for the '<em><b>Processes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_BREAKDOWN__PROCESSES = eINSTANCE.getProcessBreakdown_Processes();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.ProcessImpl <em>Process</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.ProcessImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getProcess()
		 * @generated
		 */
		EClass PROCESS = eINSTANCE.getProcess();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__NAME = eINSTANCE.getProcess_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__DESCRIPTION = eINSTANCE.getProcess_Description();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS__KIND = eINSTANCE.getProcess_Kind();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS__OWNER = eINSTANCE.getProcess_Owner();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS__STEPS = eINSTANCE.getProcess_Steps();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.ProcessStepImpl <em>Process Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.ProcessStepImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getProcessStep()
		 * @generated
		 */
		EClass PROCESS_STEP = eINSTANCE.getProcessStep();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_STEP__NAME = eINSTANCE.getProcessStep_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_STEP__DESCRIPTION = eINSTANCE.getProcessStep_Description();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_STEP__OWNER = eINSTANCE.getProcessStep_Owner();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_STEP__RESOURCES = eINSTANCE.getProcessStep_Resources();

		/**
		 * The meta object literal for the '<em><b>Timing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_STEP__TIMING = eINSTANCE.getProcessStep_Timing();

		/**
		 * The meta object literal for the '<em><b>Cycle Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_STEP__CYCLE_TIME = eINSTANCE.getProcessStep_CycleTime();

		/**
		 * The meta object literal for the '<em><b>Wbs Elements</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_STEP__WBS_ELEMENTS = eINSTANCE.getProcessStep_WbsElements();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.RoleImpl <em>Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.RoleImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getRole()
		 * @generated
		 */
		EClass ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__NAME = eINSTANCE.getRole_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__DESCRIPTION = eINSTANCE.getRole_Description();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.CrmScopeImpl <em>Crm Scope</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.CrmScopeImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getCrmScope()
		 * @generated
		 */
		EClass CRM_SCOPE = eINSTANCE.getCrmScope();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRM_SCOPE__COMPONENTS = eINSTANCE.getCrmScope_Components();

		/**
		 * The meta object literal for the '<em><b>Requirements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRM_SCOPE__REQUIREMENTS = eINSTANCE.getCrmScope_Requirements();

		/**
		 * The meta object literal for the '<em><b>Stakeholders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRM_SCOPE__STAKEHOLDERS = eINSTANCE.getCrmScope_Stakeholders();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRM_SCOPE__OBJECTIVES = eINSTANCE.getCrmScope_Objectives();

		/**
		 * The meta object literal for the '<em><b>Budget Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRM_SCOPE__BUDGET_LINES = eINSTANCE.getCrmScope_BudgetLines();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.CrmComponentImpl <em>Crm Component</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.CrmComponentImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getCrmComponent()
		 * @generated
		 */
		EClass CRM_COMPONENT = eINSTANCE.getCrmComponent();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRM_COMPONENT__NAME = eINSTANCE.getCrmComponent_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRM_COMPONENT__DESCRIPTION = eINSTANCE.getCrmComponent_Description();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRM_COMPONENT__KIND = eINSTANCE.getCrmComponent_Kind();

		/**
		 * The meta object literal for the '<em><b>Delivered By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRM_COMPONENT__DELIVERED_BY = eINSTANCE.getCrmComponent_DeliveredBy();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.RequirementImpl <em>Requirement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.RequirementImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getRequirement()
		 * @generated
		 */
		EClass REQUIREMENT = eINSTANCE.getRequirement();

		/**
		 * The meta object literal for the '<em><b>Identifier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__IDENTIFIER = eINSTANCE.getRequirement_Identifier();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__NAME = eINSTANCE.getRequirement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__DESCRIPTION = eINSTANCE.getRequirement_Description();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__KIND = eINSTANCE.getRequirement_Kind();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__PRIORITY = eINSTANCE.getRequirement_Priority();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REQUIREMENT__SOURCE = eINSTANCE.getRequirement_Source();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REQUIREMENT__COMPONENTS = eINSTANCE.getRequirement_Components();

		/**
		 * The meta object literal for the '<em><b>Delivered By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REQUIREMENT__DELIVERED_BY = eINSTANCE.getRequirement_DeliveredBy();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.StakeholderImpl <em>Stakeholder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.StakeholderImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getStakeholder()
		 * @generated
		 */
		EClass STAKEHOLDER = eINSTANCE.getStakeholder();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER__NAME = eINSTANCE.getStakeholder_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER__ROLE = eINSTANCE.getStakeholder_Role();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER__GROUP = eINSTANCE.getStakeholder_Group();

		/**
		 * The meta object literal for the '<em><b>Interest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER__INTEREST = eINSTANCE.getStakeholder_Interest();

		/**
		 * The meta object literal for the '<em><b>Influence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER__INFLUENCE = eINSTANCE.getStakeholder_Influence();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.ObjectiveImpl <em>Objective</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.ObjectiveImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getObjective()
		 * @generated
		 */
		EClass OBJECTIVE = eINSTANCE.getObjective();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__NAME = eINSTANCE.getObjective_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__DESCRIPTION = eINSTANCE.getObjective_Description();

		/**
		 * The meta object literal for the '<em><b>Kpis</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE__KPIS = eINSTANCE.getObjective_Kpis();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.KpiImpl <em>Kpi</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.KpiImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getKpi()
		 * @generated
		 */
		EClass KPI = eINSTANCE.getKpi();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__NAME = eINSTANCE.getKpi_Name();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__UNIT = eINSTANCE.getKpi_Unit();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__TARGET = eINSTANCE.getKpi_Target();

		/**
		 * The meta object literal for the '<em><b>Measured</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__MEASURED = eINSTANCE.getKpi_Measured();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.BudgetLineImpl <em>Budget Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.BudgetLineImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getBudgetLine()
		 * @generated
		 */
		EClass BUDGET_LINE = eINSTANCE.getBudgetLine();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__NAME = eINSTANCE.getBudgetLine_Name();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__CATEGORY = eINSTANCE.getBudgetLine_Category();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__AMOUNT = eINSTANCE.getBudgetLine_Amount();

		/**
		 * The meta object literal for the '<em><b>Component</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET_LINE__COMPONENT = eINSTANCE.getBudgetLine_Component();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET_LINE__ELEMENT = eINSTANCE.getBudgetLine_Element();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.ViewImpl <em>View</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.ViewImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getView()
		 * @generated
		 */
		EClass VIEW = eINSTANCE.getView();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEW__NAME = eINSTANCE.getView_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEW__DESCRIPTION = eINSTANCE.getView_Description();

		/**
		 * The meta object literal for the '<em><b>Critical Only</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEW__CRITICAL_ONLY = eINSTANCE.getView_CriticalOnly();

		/**
		 * The meta object literal for the '<em><b>Kinds</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEW__KINDS = eINSTANCE.getView_Kinds();

		/**
		 * The meta object literal for the '<em><b>Max Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEW__MAX_LEVEL = eINSTANCE.getView_MaxLevel();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIEW__RESOURCES = eINSTANCE.getView_Resources();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIEW__ROLES = eINSTANCE.getView_Roles();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIEW__COMPONENTS = eINSTANCE.getView_Components();

		/**
		 * The meta object literal for the '<em><b>Phases</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIEW__PHASES = eINSTANCE.getView_Phases();

		/**
		 * The meta object literal for the '<em><b>Text Match</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEW__TEXT_MATCH = eINSTANCE.getView_TextMatch();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEW__COLUMNS = eINSTANCE.getView_Columns();

		/**
		 * The meta object literal for the '<em><b>Timescale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEW__TIMESCALE = eINSTANCE.getView_Timescale();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.AnnotationImpl <em>Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.AnnotationImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getAnnotation()
		 * @generated
		 */
		EClass ANNOTATION = eINSTANCE.getAnnotation();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__ELEMENT = eINSTANCE.getAnnotation_Element();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.impl.CorrelationGroupImpl <em>Correlation Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.impl.CorrelationGroupImpl
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getCorrelationGroup()
		 * @generated
		 */
		EClass CORRELATION_GROUP = eINSTANCE.getCorrelationGroup();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORRELATION_GROUP__NAME = eINSTANCE.getCorrelationGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Correlation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORRELATION_GROUP__CORRELATION = eINSTANCE.getCorrelationGroup_Correlation();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORRELATION_GROUP__ACTIVITIES = eINSTANCE.getCorrelationGroup_Activities();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.DependencyType <em>Dependency Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.DependencyType
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getDependencyType()
		 * @generated
		 */
		EEnum DEPENDENCY_TYPE = eINSTANCE.getDependencyType();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.TaskMode <em>Task Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.TaskMode
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getTaskMode()
		 * @generated
		 */
		EEnum TASK_MODE = eINSTANCE.getTaskMode();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.TaskType <em>Task Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.TaskType
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getTaskType()
		 * @generated
		 */
		EEnum TASK_TYPE = eINSTANCE.getTaskType();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.ConstraintType <em>Constraint Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.ConstraintType
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getConstraintType()
		 * @generated
		 */
		EEnum CONSTRAINT_TYPE = eINSTANCE.getConstraintType();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.Weekday <em>Weekday</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.Weekday
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getWeekday()
		 * @generated
		 */
		EEnum WEEKDAY = eINSTANCE.getWeekday();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.ResourceType <em>Resource Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.ResourceType
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getResourceType()
		 * @generated
		 */
		EEnum RESOURCE_TYPE = eINSTANCE.getResourceType();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.ProcessKind <em>Process Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.ProcessKind
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getProcessKind()
		 * @generated
		 */
		EEnum PROCESS_KIND = eINSTANCE.getProcessKind();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.CrmComponentKind <em>Crm Component Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.CrmComponentKind
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getCrmComponentKind()
		 * @generated
		 */
		EEnum CRM_COMPONENT_KIND = eINSTANCE.getCrmComponentKind();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.RequirementKind <em>Requirement Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.RequirementKind
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getRequirementKind()
		 * @generated
		 */
		EEnum REQUIREMENT_KIND = eINSTANCE.getRequirementKind();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.Priority <em>Priority</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.Priority
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getPriority()
		 * @generated
		 */
		EEnum PRIORITY = eINSTANCE.getPriority();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.StakeholderGroup <em>Stakeholder Group</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.StakeholderGroup
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getStakeholderGroup()
		 * @generated
		 */
		EEnum STAKEHOLDER_GROUP = eINSTANCE.getStakeholderGroup();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.Level <em>Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.Level
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getLevel()
		 * @generated
		 */
		EEnum LEVEL = eINSTANCE.getLevel();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.ElementKind <em>Element Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.ElementKind
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getElementKind()
		 * @generated
		 */
		EEnum ELEMENT_KIND = eINSTANCE.getElementKind();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.ViewColumn <em>View Column</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.ViewColumn
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getViewColumn()
		 * @generated
		 */
		EEnum VIEW_COLUMN = eINSTANCE.getViewColumn();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.TimescaleUnit <em>Timescale Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.TimescaleUnit
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getTimescaleUnit()
		 * @generated
		 */
		EEnum TIMESCALE_UNIT = eINSTANCE.getTimescaleUnit();

		/**
		 * The meta object literal for the '{@link org.wbsmodeler.model.DurationDistribution <em>Duration Distribution</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.wbsmodeler.model.DurationDistribution
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getDurationDistribution()
		 * @generated
		 */
		EEnum DURATION_DISTRIBUTION = eINSTANCE.getDurationDistribution();

		/**
		 * The meta object literal for the '<em>Local Date Time</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDateTime
		 * @see org.wbsmodeler.model.impl.WbsPackageImpl#getLocalDateTime()
		 * @generated
		 */
		EDataType LOCAL_DATE_TIME = eINSTANCE.getLocalDateTime();

	}

} //WbsPackage
