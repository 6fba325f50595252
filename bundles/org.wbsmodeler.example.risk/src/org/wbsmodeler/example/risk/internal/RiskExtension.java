package org.wbsmodeler.example.risk.internal;

import org.eclipse.emf.ecore.EPackage;
import org.wbsmodeler.example.risk.RiskPackage;
import org.wbsmodeler.model.extension.ModelExtension;

/** Makes the risk package known to ./wbs and on a flat classpath (in Eclipse EMF's generated_package does too). */
public final class RiskExtension implements ModelExtension {

	@Override
	public EPackage ePackage() {
		return RiskPackage.eINSTANCE;
	}
}
