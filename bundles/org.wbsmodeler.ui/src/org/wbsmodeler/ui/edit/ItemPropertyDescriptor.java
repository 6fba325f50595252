package org.wbsmodeler.ui.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One property of one object in the Properties view, over the item provider's descriptor: its label, category and
 * help, and a cell editor that fits the feature — text, number, boolean, enum combo or reference combo. Typed
 * values are converted here; text that does not convert is refused by the editor's validator (the view shows why)
 * and never reaches the model.
 */
public class ItemPropertyDescriptor implements IPropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor item;
	private final boolean derived;

	/** {@code derived}: the value is computed by the editor, so it is shown but not edited. */
	public ItemPropertyDescriptor(Object object, IItemPropertyDescriptor item, boolean derived) {
		this.object = object;
		this.item = item;
		this.derived = derived;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (derived || !item.canSetProperty(object)) {
			return null;
		}
		Object feature = item.getFeature(object);
		if (!(feature instanceof EStructuralFeature structural) || structural.isMany()) {
			return null;
		}
		if (structural instanceof EReference) {
			return choices(parent, true);
		}
		EDataType type = ((EAttribute) structural).getEAttributeType();
		Class<?> javaType = type.getInstanceClass();
		if (type instanceof EEnum) {
			return choices(parent, false);
		}
		if (javaType == boolean.class || javaType == Boolean.class) {
			return new ChoiceCellEditor(parent, List.of(Boolean.FALSE, Boolean.TRUE), String::valueOf);
		}
		if (javaType == String.class) {
			return new TextCellEditor(parent);
		}
		return new ConvertingTextEditor(parent, type);
	}

	private CellEditor choices(Composite parent, boolean nullable) {
		List<Object> values = new ArrayList<>();
		Collection<?> offered = item.getChoiceOfValues(object);
		if (offered != null) {
			values.addAll(offered);
		}
		if (nullable && !values.contains(null)) {
			values.add(0, null);
		}
		ILabelProvider labels = getLabelProvider();
		return new ChoiceCellEditor(parent, values, v -> v == null ? "" : labels.getText(v));
	}

	@Override
	public String getCategory() {
		return item.getCategory(object);
	}

	@Override
	public String getDescription() {
		return item.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return item.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return item.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return item.getHelpContextIds(object);
	}

	@Override
	public Object getId() {
		return item.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider labels = item.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object value) {
				Object plain = value instanceof org.eclipse.emf.edit.provider.IItemPropertySource source ? source.getEditableValue(value) : value;
				if (DateFormats.isDate(plain)) {
					return DateFormats.format(plain);
				}
				return labels.getText(value);
			}

			@Override
			public Image getImage(Object value) {
				return ItemImages.of(labels.getImage(value));
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return false;
	}

	/** Text for numbers and dates: converted on the way in, refused with a reason when it does not convert. */
	private static final class ConvertingTextEditor extends TextCellEditor {

		private final EDataType type;

		ConvertingTextEditor(Composite parent, EDataType type) {
			super(parent);
			this.type = type;
			setValidator(value -> {
				try {
					convert((String) value);
					return null;
				} catch (RuntimeException e) {
					return e.getMessage() != null ? e.getMessage() : "'" + value + "' is not a " + type.getName();
				}
			});
		}

		private Object convert(String text) {
			Class<?> javaType = type.getInstanceClass();
			if (javaType == java.time.LocalDateTime.class) {
				return DateFormats.parse(text);
			}
			if (text.isBlank() && !type.getInstanceClass().isPrimitive()) {
				return null;
			}
			try {
				return EcoreUtil.createFromString(type, text.trim());
			} catch (RuntimeException e) {
				throw new IllegalArgumentException("'" + text + "' is not a " + type.getInstanceClass().getSimpleName().toLowerCase());
			}
		}

		@Override
		protected Object doGetValue() {
			return convert((String) super.doGetValue());
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(DateFormats.isDate(value) ? DateFormats.format(value) : value == null ? "" : EcoreUtil.convertToString(type, value));
		}
	}
}
