package org.wbsmodeler.example.risk.diagram;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.diagram.style.DiagramStyle;
import org.wbsmodeler.example.risk.Risk;
import org.wbsmodeler.example.risk.RiskPackage;
import org.wbsmodeler.model.WbsElement;

/**
 * The badge of an element with risks: "Risk 2.4" (its exposure), or "3 risks, max 2.4" — the highest exposure is
 * what a reader of the chart needs to see first.
 */
public final class RiskBadge implements DiagramStyle {

	@Override
	public EClass eClass() {
		return RiskPackage.Literals.RISK;
	}

	@Override
	public String badge(WbsElement element, List<EObject> annotations) {
		double max = 0;
		for (EObject annotation : annotations) {
			max = Math.max(max, ((Risk) annotation).getExposure());
		}
		String exposure = String.format(Locale.ROOT, "%.1f", max);
		return annotations.size() == 1 ? "Risk " + exposure : annotations.size() + " risks, max " + exposure;
	}
}
