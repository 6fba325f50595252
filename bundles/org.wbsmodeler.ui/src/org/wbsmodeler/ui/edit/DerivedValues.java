package org.wbsmodeler.ui.edit;

/**
 * Values the editor computes instead of reading them from the model: the live schedule's dates, floats and critical
 * flags. Properties show these in place of the stored attribute (which is only as fresh as the last {@code ./wbs
 * schedule --save}) and offer no editor for them: a derived value is never set by a command.
 */
public interface DerivedValues {

	/** Nothing is derived: Properties show what the model stores. */
	DerivedValues NONE = new DerivedValues() {
		@Override
		public boolean derives(Object object, Object feature) {
			return false;
		}

		@Override
		public Object value(Object object, Object feature) {
			return null;
		}
	};

	/** Whether the feature's value of the object is computed here. */
	boolean derives(Object object, Object feature);

	/** The computed value (null when there is none, e.g. no schedule because of a cycle). */
	Object value(Object object, Object feature);
}
