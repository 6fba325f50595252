package org.wbsmodeler.diagram.style;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.Style;
import org.wbsmodeler.model.Annotation;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.registry.Contributions;

/**
 * The installed {@link DiagramStyle}s, applied by every diagram builder to every element box. With no plug-in
 * installed nothing changes and nothing is looked at but an empty list.
 */
public final class DiagramStyles {

	/** The extension point diagram styles are contributed to. */
	public static final String EXTENSION_POINT = "org.wbsmodeler.diagram.styles";

	private static final Supplier<List<DiagramStyle>> INSTALLED = Contributions.installed(EXTENSION_POINT, DiagramStyle.class,
			style -> style.getClass().getName());

	private final List<DiagramStyle> styles;

	private DiagramStyles(List<DiagramStyle> styles) {
		this.styles = styles;
	}

	/** The styles of the installed plug-ins, read once. */
	public static DiagramStyles installed() {
		return new DiagramStyles(INSTALLED.get());
	}

	/** The styles given, as tests and other callers that bring their own set want it. */
	public static DiagramStyles of(List<DiagramStyle> styles) {
		return new DiagramStyles(List.copyOf(styles));
	}

	/** The style of an element's box: {@code standard} as each style for its class changes it. */
	public Style style(WbsElement element, Style standard) {
		Style result = standard;
		for (DiagramStyle style : styles) {
			if (style.eClass().isSuperTypeOf(element.eClass())) {
				result = style.style(element, result);
			}
		}
		return result;
	}

	/** The badges of an element's annotations, joined, or null when it has none. */
	public String badge(WbsElement element) {
		if (styles.isEmpty() || element.getAnnotations().isEmpty()) {
			return null;
		}
		List<String> badges = new ArrayList<>();
		for (DiagramStyle style : styles) {
			List<EObject> mine = new ArrayList<>();
			for (Annotation annotation : element.getAnnotations()) {
				if (style.eClass().isSuperTypeOf(annotation.eClass())) {
					mine.add(annotation);
				}
			}
			String badge = mine.isEmpty() ? null : style.badge(element, mine);
			if (badge != null && !badge.isBlank()) {
				badges.add(badge);
			}
		}
		return badges.isEmpty() ? null : String.join(" \u00b7 ", badges);
	}

	/** Gives a box its element's style and badges (after any badge the builder gave it). */
	public DiagramNode apply(WbsElement element, DiagramNode box) {
		box.setStyle(style(element, box.getStyle()));
		String badge = badge(element);
		if (badge != null) {
			box.setBadge(box.getBadge() == null ? badge : box.getBadge() + " \u00b7 " + badge);
		}
		return box;
	}
}
