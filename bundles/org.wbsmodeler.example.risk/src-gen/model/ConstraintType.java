/**
 */
package model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Constraint Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Scheduling constraint of a WBS element: as soon/late as possible, start/finish no earlier/later than, must start/finish on.
 * <!-- end-model-doc -->
 * @see model.ModelPackage#getConstraintType()
 * @model
 * @generated
 */
public enum ConstraintType implements Enumerator {
	/**
	 * The '<em><b>ASAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASAP_VALUE
	 * @generated
	 * @ordered
	 */
	ASAP(0, "ASAP", "ASAP"),

	/**
	 * The '<em><b>ALAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALAP_VALUE
	 * @generated
	 * @ordered
	 */
	ALAP(1, "ALAP", "ALAP"),

	/**
	 * The '<em><b>SNET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SNET_VALUE
	 * @generated
	 * @ordered
	 */
	SNET(2, "SNET", "SNET"),

	/**
	 * The '<em><b>SNLT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SNLT_VALUE
	 * @generated
	 * @ordered
	 */
	SNLT(3, "SNLT", "SNLT"),

	/**
	 * The '<em><b>FNET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FNET_VALUE
	 * @generated
	 * @ordered
	 */
	FNET(4, "FNET", "FNET"),

	/**
	 * The '<em><b>FNLT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FNLT_VALUE
	 * @generated
	 * @ordered
	 */
	FNLT(5, "FNLT", "FNLT"),

	/**
	 * The '<em><b>MSO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MSO_VALUE
	 * @generated
	 * @ordered
	 */
	MSO(6, "MSO", "MSO"),

	/**
	 * The '<em><b>MFO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MFO_VALUE
	 * @generated
	 * @ordered
	 */
	MFO(7, "MFO", "MFO");

	/**
	 * The '<em><b>ASAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ASAP_VALUE = 0;

	/**
	 * The '<em><b>ALAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALAP_VALUE = 1;

	/**
	 * The '<em><b>SNET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SNET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SNET_VALUE = 2;

	/**
	 * The '<em><b>SNLT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SNLT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SNLT_VALUE = 3;

	/**
	 * The '<em><b>FNET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FNET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FNET_VALUE = 4;

	/**
	 * The '<em><b>FNLT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FNLT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FNLT_VALUE = 5;

	/**
	 * The '<em><b>MSO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MSO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MSO_VALUE = 6;

	/**
	 * The '<em><b>MFO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MFO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MFO_VALUE = 7;

	/**
	 * An array of all the '<em><b>Constraint Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConstraintType[] VALUES_ARRAY =
		new ConstraintType[] {
			ASAP,
			ALAP,
			SNET,
			SNLT,
			FNET,
			FNLT,
			MSO,
			MFO,
		};

	/**
	 * A public read-only list of all the '<em><b>Constraint Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConstraintType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Constraint Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConstraintType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConstraintType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Constraint Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConstraintType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConstraintType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Constraint Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConstraintType get(int value) {
		switch (value) {
			case ASAP_VALUE: return ASAP;
			case ALAP_VALUE: return ALAP;
			case SNET_VALUE: return SNET;
			case SNLT_VALUE: return SNLT;
			case FNET_VALUE: return FNET;
			case FNLT_VALUE: return FNLT;
			case MSO_VALUE: return MSO;
			case MFO_VALUE: return MFO;
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
	private ConstraintType(int value, String name, String literal) {
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
	
} //ConstraintType
