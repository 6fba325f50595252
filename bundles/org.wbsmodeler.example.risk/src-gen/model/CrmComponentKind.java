/**
 */
package model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Crm Component Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of a CRM component.
 * <!-- end-model-doc -->
 * @see model.ModelPackage#getCrmComponentKind()
 * @model
 * @generated
 */
public enum CrmComponentKind implements Enumerator {
	/**
	 * The '<em><b>CUSTOMER DATABASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_DATABASE_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_DATABASE(0, "CUSTOMER_DATABASE", "CUSTOMER_DATABASE"),

	/**
	 * The '<em><b>SALES MANAGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SALES_MANAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	SALES_MANAGEMENT(1, "SALES_MANAGEMENT", "SALES_MANAGEMENT"),

	/**
	 * The '<em><b>MARKETING AUTOMATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKETING_AUTOMATION_VALUE
	 * @generated
	 * @ordered
	 */
	MARKETING_AUTOMATION(2, "MARKETING_AUTOMATION", "MARKETING_AUTOMATION"),

	/**
	 * The '<em><b>CUSTOMER SERVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_SERVICE(3, "CUSTOMER_SERVICE", "CUSTOMER_SERVICE"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(4, "OTHER", "OTHER");

	/**
	 * The '<em><b>CUSTOMER DATABASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_DATABASE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_DATABASE_VALUE = 0;

	/**
	 * The '<em><b>SALES MANAGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SALES_MANAGEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SALES_MANAGEMENT_VALUE = 1;

	/**
	 * The '<em><b>MARKETING AUTOMATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKETING_AUTOMATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MARKETING_AUTOMATION_VALUE = 2;

	/**
	 * The '<em><b>CUSTOMER SERVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_SERVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_SERVICE_VALUE = 3;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Crm Component Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CrmComponentKind[] VALUES_ARRAY =
		new CrmComponentKind[] {
			CUSTOMER_DATABASE,
			SALES_MANAGEMENT,
			MARKETING_AUTOMATION,
			CUSTOMER_SERVICE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Crm Component Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CrmComponentKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Crm Component Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CrmComponentKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CrmComponentKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Crm Component Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CrmComponentKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CrmComponentKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Crm Component Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CrmComponentKind get(int value) {
		switch (value) {
			case CUSTOMER_DATABASE_VALUE: return CUSTOMER_DATABASE;
			case SALES_MANAGEMENT_VALUE: return SALES_MANAGEMENT;
			case MARKETING_AUTOMATION_VALUE: return MARKETING_AUTOMATION;
			case CUSTOMER_SERVICE_VALUE: return CUSTOMER_SERVICE;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private CrmComponentKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //CrmComponentKind
