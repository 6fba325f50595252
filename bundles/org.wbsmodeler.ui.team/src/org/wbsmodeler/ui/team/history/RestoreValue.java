package org.wbsmodeler.ui.team.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.wbsmodeler.server.plan.PlanCodec;
import org.wbsmodeler.server.plan.PlanException;

import com.fasterxml.jackson.databind.JsonNode;

/** "Restore this value": the user's own edit (a command on the editor's domain) that sets a feature to its old value. */
final class RestoreValue {

	private RestoreValue() {
	}

	static Command command(EditingDomain domain, EObject element, HistoryRow row) throws PlanException {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(row.change().feature());
		if (feature == null || !PlanCodec.stored(feature)) {
			throw new PlanException(row.change().feature() + " cannot be restored");
		}
		JsonNode old = row.change().old();
		Object value;
		if (old == null || old.isNull()) {
			value = SetCommand.UNSET_VALUE;
		} else {
			Map<String, EObject> objects = new HashMap<>();
			element.eResource().getAllContents().forEachRemaining(o -> objects.put(PlanCodec.idOf(o), o));
			if (feature.isMany()) {
				List<Object> values = new ArrayList<>();
				for (JsonNode item : old) {
					values.add(PlanCodec.single(feature, item, objects));
				}
				value = values;
			} else {
				value = PlanCodec.single(feature, old, objects);
			}
		}
		Command command = SetCommand.create(domain, element, feature, value);
		if (command == null || !command.canExecute()) {
			throw new PlanException(row.change().feature() + " cannot be set back to " + HistoryRow.text(old));
		}
		return command;
	}
}
