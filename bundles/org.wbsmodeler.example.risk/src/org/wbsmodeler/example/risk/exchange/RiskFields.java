package org.wbsmodeler.example.risk.exchange;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.wbsmodeler.example.risk.RiskPackage.Literals;
import org.wbsmodeler.exchange.fields.FieldMapping;

/**
 * A risk in MS Project: five custom task fields under "Risk …" aliases, next to the core's Text26–29, and its exposure
 * for MS Project's users to sort and filter by (derived: written, not read back). The mitigation travels as the WBS
 * code of its activity.
 */
public final class RiskFields implements FieldMapping {

	@Override
	public EClass eClass() {
		return Literals.RISK;
	}

	@Override
	public List<Field> fields() {
		return List.of(
				new Field(Literals.RISK__TITLE, "Text21", "Risk"),
				new Field(Literals.RISK__OWNER, "Text22", "Risk Owner"),
				new Field(Literals.RISK__MITIGATION, "Text23", "Risk Mitigation"),
				new Field(Literals.RISK__PROBABILITY, "Number16", "Risk Probability"),
				new Field(Literals.RISK__IMPACT, "Number17", "Risk Impact"),
				new Field(Literals.RISK__EXPOSURE, "Number18", "Risk Exposure"));
	}
}
