package org.wbsmodeler.ui.pages.cells;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One column of a page's table or tree: which feature of the row it shows (rows of different classes may show
 * different features in the same column, as a process's kind and a step's timing), how its value reads, and for
 * references which objects may be picked. Editing follows from the feature's type.
 */
public final class FeatureColumn {

	private final String header;
	private final int width;
	private final List<EStructuralFeature> features = new ArrayList<>();
	private ValueText text;
	private Function<EObject, Collection<? extends EObject>> candidates;
	private Function<Object, String> otherRows = row -> "";
	private boolean editable = true;
	private String tooltip;

	private FeatureColumn(String header, int width) {
		this.header = header;
		this.width = width;
	}

	/** A column showing the feature of every row whose class has it. */
	public static FeatureColumn of(String header, int width, EStructuralFeature feature) {
		return new FeatureColumn(header, width).or(feature);
	}

	/** A read-only column computed from the row, e.g. whether a calendar is the project's default. */
	public static FeatureColumn computed(String header, int width, Function<Object, String> label) {
		return new FeatureColumn(header, width).otherRows(label).readOnly();
	}

	/** Also shows this feature, for rows of another class. */
	public FeatureColumn or(EStructuralFeature feature) {
		features.add(feature);
		return this;
	}

	/** How the values read, instead of the default of the attribute's type. */
	public FeatureColumn text(ValueText valueText) {
		this.text = valueText;
		return this;
	}

	/** What a reference may point to, for the row's object. */
	public FeatureColumn candidates(Function<EObject, Collection<? extends EObject>> choices) {
		this.candidates = choices;
		return this;
	}

	/** What rows without any of the features show (a group row's title). */
	public FeatureColumn otherRows(Function<Object, String> label) {
		this.otherRows = label;
		return this;
	}

	public FeatureColumn readOnly() {
		this.editable = false;
		return this;
	}

	public FeatureColumn tooltip(String text) {
		this.tooltip = text;
		return this;
	}

	public String header() {
		return header;
	}

	public int width() {
		return width;
	}

	public String tooltip() {
		return tooltip;
	}

	public boolean editable() {
		return editable;
	}

	/** The feature this column shows for a row, or null. */
	public EStructuralFeature featureOf(Object row) {
		if (row instanceof EObject object) {
			for (EStructuralFeature feature : features) {
				if (feature.getEContainingClass().isSuperTypeOf(object.eClass())) {
					return feature;
				}
			}
		}
		return null;
	}

	public ValueText valueText(EStructuralFeature feature) {
		if (text != null) {
			return text;
		}
		return feature instanceof EAttribute attribute ? ValueTexts.forAttribute(attribute) : ValueTexts.TEXT;
	}

	public Collection<? extends EObject> candidatesFor(EObject row) {
		return candidates == null ? List.of() : candidates.apply(row);
	}

	/** What the cell shows. */
	public String label(Object row) {
		EStructuralFeature feature = featureOf(row);
		if (feature == null) {
			return otherRows.apply(row);
		}
		Object value = ((EObject) row).eGet(feature);
		if (text != null) {
			return text.format(value);
		}
		if (feature.isMany()) {
			return ModelTexts.names((Collection<?>) value);
		}
		if (value instanceof EObject || value instanceof org.eclipse.emf.common.util.Enumerator) {
			return ModelTexts.name(value);
		}
		if (value instanceof Boolean flag) {
			return flag ? "yes" : "";
		}
		return valueText(feature).format(value);
	}
}
