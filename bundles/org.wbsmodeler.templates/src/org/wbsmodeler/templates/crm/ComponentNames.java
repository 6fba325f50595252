package org.wbsmodeler.templates.crm;

import org.wbsmodeler.model.CrmComponentKind;

/** The names people give the kinds of CRM component. */
final class ComponentNames {

	private ComponentNames() {
	}

	static String of(CrmComponentKind kind) {
		return switch (kind) {
		case CUSTOMER_DATABASE -> "Customer database";
		case SALES_MANAGEMENT -> "Sales management";
		case MARKETING_AUTOMATION -> "Marketing automation";
		case CUSTOMER_SERVICE -> "Customer service";
		default -> "Other component";
		};
	}
}
