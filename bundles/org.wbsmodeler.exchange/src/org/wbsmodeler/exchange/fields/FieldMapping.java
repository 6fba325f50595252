package org.wbsmodeler.exchange.fields;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Which attributes of a plug-in's annotation class go to which MS Project custom task fields, and back: every export
 * through MPXJ (MSPDI, MPX, …) writes them, every import reads them. Contributed to the extension point
 * {@value FieldMappings#EXTENSION_POINT} (on a flat classpath: {@code META-INF/services/org.wbsmodeler.exchange.fields.FieldMapping});
 * needs a public no-argument constructor and no state.
 *
 * <p>A task has one Text1: the first annotation of {@link #eClass()} on an element travels (the export warns about
 * the others). Fields are found by alias on import, as ours are, so users may move them to other fields.
 */
public interface FieldMapping {

	/** The annotation class (a subclass of {@code Annotation}) whose features travel. */
	EClass eClass();

	/** The features and their fields. */
	List<Field> fields();

	/**
	 * One feature in one MS Project task field.
	 *
	 * @param feature a string, number or boolean attribute, or a reference to a WBS element (travels as its WBS code)
	 * @param field   the MS Project field: {@code Text1}–{@code Text30} (strings, references), {@code Number1}–{@code Number20}
	 *                (numbers), {@code Flag1}–{@code Flag20} (booleans)
	 * @param alias   the name users see in MS Project, and how import finds the field
	 */
	record Field(EStructuralFeature feature, String field, String alias) {
	}
}
