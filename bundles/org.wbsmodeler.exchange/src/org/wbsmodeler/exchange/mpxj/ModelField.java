package org.wbsmodeler.exchange.mpxj;

import java.util.Locale;

import org.mpxj.CustomField;
import org.mpxj.FieldType;
import org.mpxj.ProjectFile;
import org.mpxj.TaskField;

/**
 * The MS Project custom task fields (ExtendedAttributes) that carry what MS Project has no field for. They travel
 * as text fields with an alias, so users see them in MS Project under these names and they survive its save. On
 * import a field is found by its alias, not its number, so a user may move it to another text field.
 *
 * <p>Text24..Text29 are used because the low text fields are the ones people fill by hand.
 */
public enum ModelField {

	/** Phase, Deliverable, WorkPackage, Activity or Milestone: the element kind, exact where the outline is not. */
	KIND("WBS Kind", TaskField.TEXT26),
	/** The CRM components the element delivers, by name. */
	CRM_COMPONENTS("CRM Components", TaskField.TEXT27),
	/** The requirements the element delivers, by identifier. */
	CRM_REQUIREMENTS("CRM Requirements", TaskField.TEXT28),
	/** The process steps the element builds or changes, as "process / step". */
	PBS_STEPS("PBS Steps", TaskField.TEXT29),
	/** Three-point estimate, in the duration fields MS Project's PERT analysis used (Duration1..3). */
	OPTIMISTIC_DURATION("Optimistic Duration", TaskField.DURATION1),
	MOST_LIKELY_DURATION("Expected Duration", TaskField.DURATION2),
	PESSIMISTIC_DURATION("Pessimistic Duration", TaskField.DURATION3),
	/** TRIANGULAR, BETA_PERT or UNIFORM; written only with a three-point estimate. */
	DURATION_DISTRIBUTION("Duration Distribution", TaskField.TEXT25),
	/** The activity's correlation group with its correlation: "Integration team (0.6)". */
	CORRELATION_GROUP("Correlation Group", TaskField.TEXT24);

	/** MS Project keeps at most this many characters of a text field. */
	public static final int MS_PROJECT_TEXT_LIMIT = 255;

	private final String alias;
	private final TaskField exportField;

	ModelField(String alias, TaskField exportField) {
		this.alias = alias;
		this.exportField = exportField;
	}

	public String alias() {
		return alias;
	}

	/** The field our exports write it to. */
	public TaskField exportField() {
		return exportField;
	}

	/** Declares the field with its alias in a file about to be written. */
	void define(ProjectFile file) {
		file.getCustomFields().getOrCreate(exportField).setAlias(alias);
	}

	/** The field a file keeps this in, found by alias (case and surrounding blanks ignored), or null. */
	public FieldType in(ProjectFile file) {
		String wanted = alias.toLowerCase(Locale.ROOT);
		for (CustomField field : file.getCustomFields()) {
			String candidate = field.getAlias();
			if (candidate != null && candidate.strip().toLowerCase(Locale.ROOT).equals(wanted) && field.getFieldType() != null) {
				return field.getFieldType();
			}
		}
		return null;
	}
}
