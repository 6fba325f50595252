package org.wbsmodeler.ui.pages.cells;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * In-place editing of one {@link FeatureColumn}: a text for strings, numbers, times and dates, a drop-down for enums
 * and single references, a check box for flags and a chooser dialog for many-valued references. What the user
 * commits becomes one {@link Edits#set} command; typed nonsense changes nothing and says why on the status line.
 */
final class FeatureEditing extends EditingSupport {

	private static final String NONE = "(none)";

	private final FeatureColumn column;
	private final Edits edits;
	private final Consumer<String> status;
	private final Composite parent;
	/** What the drop-down offers for the row being edited, in the order of its items. */
	private List<Object> choices = List.of();
	// one editor of each kind per column, made on first use: a cell editor's control lives as long as the viewer
	private TextCellEditor text;
	private CheckboxCellEditor checkbox;
	private ComboBoxCellEditor combo;
	private ChooserCellEditor chooser;

	FeatureEditing(ColumnViewer viewer, FeatureColumn column, Edits edits, Consumer<String> status) {
		super(viewer);
		this.column = column;
		this.edits = edits;
		this.status = status;
		this.parent = (Composite) viewer.getControl();
	}

	@Override
	protected boolean canEdit(Object element) {
		EStructuralFeature feature = column.featureOf(element);
		return column.editable() && feature != null && feature.isChangeable() && !feature.isDerived();
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		EStructuralFeature feature = column.featureOf(element);
		if (isChosen(feature)) {
			chooser = chooser == null ? new ChooserCellEditor(parent) : chooser;
			chooser.row = (EObject) element;
			chooser.feature = feature;
			return chooser;
		}
		if (feature.getEType() == EcorePackage.Literals.EBOOLEAN) {
			checkbox = checkbox == null ? new CheckboxCellEditor(parent) : checkbox;
			return checkbox;
		}
		if (!feature.isMany() && (feature.getEType() instanceof EEnum || feature instanceof EReference)) {
			choices = choices((EObject) element, feature);
			String[] items = choices.stream().map(c -> c == null ? NONE : ModelTexts.name(c)).toArray(String[]::new);
			combo = combo == null ? new ComboBoxCellEditor(parent, items, SWT.READ_ONLY) : combo;
			combo.setItems(items);
			return combo;
		}
		text = text == null ? new TextCellEditor(parent) : text;
		return text;
	}

	private List<Object> choices(EObject row, EStructuralFeature feature) {
		List<Object> result = new ArrayList<>();
		if (feature.getEType() instanceof EEnum type) {
			for (EEnumLiteral literal : type.getELiterals()) {
				result.add(literal.getInstance());
			}
			return result;
		}
		if (!feature.isRequired()) {
			result.add(null);
		}
		result.addAll(column.candidatesFor(row));
		return result;
	}

	@Override
	protected Object getValue(Object element) {
		EStructuralFeature feature = column.featureOf(element);
		Object value = ((EObject) element).eGet(feature);
		if (isChosen(feature) || feature.getEType() == EcorePackage.Literals.EBOOLEAN) {
			return value;
		}
		if (!feature.isMany() && (feature.getEType() instanceof EEnum || feature instanceof EReference)) {
			return Math.max(0, choices.indexOf(value));
		}
		return column.valueText(feature).format(value);
	}

	@Override
	protected void setValue(Object element, Object value) {
		EObject row = (EObject) element;
		EStructuralFeature feature = column.featureOf(element);
		Object newValue;
		if (isChosen(feature) || feature.getEType() == EcorePackage.Literals.EBOOLEAN) {
			if (value == null) {
				return;
			}
			newValue = value;
		} else if (!feature.isMany() && (feature.getEType() instanceof EEnum || feature instanceof EReference)) {
			int index = (Integer) value;
			if (index < 0 || index >= choices.size()) {
				return;
			}
			newValue = choices.get(index);
		} else {
			try {
				newValue = column.valueText(feature).parse((String) value);
			} catch (IllegalArgumentException e) {
				status.accept(ModelTexts.describe(row) + ": " + e.getMessage() + "; nothing changed");
				return;
			}
			if (newValue == null && feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass().isPrimitive()) {
				return;
			}
		}
		if (edits.run(edits.set(row, feature, newValue))) {
			status.accept("");
		}
	}

	/** Many-valued references are picked in a chooser; many-valued attributes are typed (working days). */
	private static boolean isChosen(EStructuralFeature feature) {
		return feature.isMany() && feature instanceof EReference;
	}

	/** A many-valued reference: the cell shows the codes, the button opens the chooser. */
	private final class ChooserCellEditor extends DialogCellEditor {
		private EObject row;
		private EStructuralFeature feature;

		ChooserCellEditor(Composite parent) {
			super(parent);
		}

		@Override
		protected Object openDialogBox(Control cellEditorWindow) {
			Collection<?> current = (Collection<?>) row.eGet(feature);
			String title = ModelTexts.feature(feature) + " of " + ModelTexts.describe(row);
			return ChooserDialog.choose(cellEditorWindow.getShell(), title, column.candidatesFor(row), current);
		}

		@Override
		protected void updateContents(Object value) {
			if (getDefaultLabel() != null && value instanceof Collection<?> values) {
				getDefaultLabel().setText(ModelTexts.names(values));
			}
		}
	}
}
