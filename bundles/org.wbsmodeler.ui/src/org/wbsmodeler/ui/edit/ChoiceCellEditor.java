package org.wbsmodeler.ui.edit;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A read-only combo over a list of values (enum literals, booleans, the objects a reference may point to). */
class ChoiceCellEditor extends ComboBoxCellEditor {

	private final List<?> values;

	ChoiceCellEditor(Composite parent, List<?> values, Function<Object, String> label) {
		super(parent, values.stream().map(label).toArray(String[]::new), SWT.READ_ONLY);
		this.values = values;
	}

	@Override
	protected Object doGetValue() {
		int index = (Integer) super.doGetValue();
		return index < 0 || index >= values.size() ? null : values.get(index);
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(Math.max(0, values.indexOf(value)));
	}
}
