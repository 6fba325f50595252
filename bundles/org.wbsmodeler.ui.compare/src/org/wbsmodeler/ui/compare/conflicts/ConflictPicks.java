package org.wbsmodeler.ui.compare.conflicts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.wbsmodeler.editing.rules.RefusedEdit;
import org.wbsmodeler.merge.conflict.Conflict;
import org.wbsmodeler.merge.conflict.ListedConflict;
import org.wbsmodeler.merge.conflict.ListedConflict.Side;

/**
 * What picking one side of a conflict does to the plan, as one command: the plan holds ours on each conflict, so
 * ours only marks the conflict picked; base or theirs sets the feature to that side's value (a value conflict),
 * deletes or keeps the element (a deletion against an edit), moves it under that side's parent (a move) or puts the
 * children in that side's order (an order conflict; children the side did not have stay after, in the plan's order).
 * Containment and dependency-cycle conflicts are settled in the Plan and then picked as ours.
 */
public final class ConflictPicks {

	private final EditingDomain domain;
	private final Resource plan;
	private final OpenConflicts conflicts;

	public ConflictPicks(EditingDomain domain, Resource plan, OpenConflicts conflicts) {
		this.domain = domain;
		this.plan = plan;
		this.conflicts = conflicts;
	}

	/** The pick as one undoable command, or a refusal saying why not. */
	public Command pick(ListedConflict conflict, Side side) throws RefusedEdit {
		String what = side.name().toLowerCase(Locale.ROOT) + " for " + conflict.label() + " " + conflict.feature();
		if (conflicts.isPicked(conflict)) {
			throw new RefusedEdit("Cannot take " + what + ": a side was picked for it already");
		}
		CompoundCommand command = new CompoundCommand("Take " + what);
		Command change = side == Side.OURS ? null : change(conflict, side, what);
		if (change != null) {
			command.append(change);
		}
		command.append(new ResolveConflict(conflicts, conflict, plan));
		return command;
	}

	private Command change(ListedConflict conflict, Side side, String what) throws RefusedEdit {
		EObject element = plan.getEObject(conflict.id());
		if (element == null) {
			throw new RefusedEdit("Cannot take " + what + ": the element is no longer in the plan");
		}
		Object value = conflict.value(side);
		return switch (conflict.kind()) {
		case VALUE -> setValue(element, conflict, value, what);
		case DELETE -> Conflict.ABSENT.equals(value) ? DeleteCommand.create(domain, element) : null;
		case MOVE, MOVE_CYCLE -> move(element, (String) value, what);
		case ORDER -> reorder(element, conflict, value, what);
		case CONTAINMENT, DEPENDENCY_CYCLE -> throw new RefusedEdit(
				"Cannot take " + what + " here: change it in the Plan, then take ours (the plan holds ours)");
		};
	}

	private Command setValue(EObject element, ListedConflict conflict, Object value, String what) throws RefusedEdit {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(conflict.feature());
		if (feature == null || Conflict.ABSENT.equals(value)) {
			throw new RefusedEdit("Cannot take " + what + ": the element has no such value there");
		}
		Object newValue;
		if (feature.isMany()) {
			List<Object> values = new ArrayList<>();
			for (Object item : value instanceof List<?> list ? list : List.of()) {
				values.add(plain(feature, item, what));
			}
			newValue = values;
		} else {
			newValue = value == null ? (feature instanceof EReference ? null : feature.getDefaultValue()) : plain(feature, value, what);
		}
		if (Objects.equals(element.eGet(feature), newValue)) {
			return null; // the plan has that value already: only the pick is recorded
		}
		return SetCommand.create(domain, element, feature, newValue);
	}

	/** A side's data as the feature's value: an attribute from its string form, a reference's target by id. */
	private Object plain(EStructuralFeature feature, Object item, String what) throws RefusedEdit {
		if (feature instanceof EAttribute attribute) {
			try {
				return EcoreUtil.createFromString(attribute.getEAttributeType(), (String) item);
			} catch (RuntimeException e) {
				throw new RefusedEdit("Cannot take " + what + ": '" + item + "' is not a value of " + feature.getName());
			}
		}
		EObject target = plan.getEObject((String) item);
		if (target == null) {
			throw new RefusedEdit("Cannot take " + what + ": what it refers to is not in the merged plan");
		}
		return target;
	}

	private Command move(EObject element, String parentId, String what) throws RefusedEdit {
		EObject parent = parentId == null ? null : plan.getEObject(parentId);
		if (parent == null) {
			throw new RefusedEdit("Cannot take " + what + ": that parent is not in the merged plan");
		}
		if (parent == element.eContainer()) {
			return null;
		}
		if (EcoreUtil.isAncestor(element, parent)) {
			throw new RefusedEdit("Cannot take " + what + ": it would be moved under itself");
		}
		EReference containment = element.eContainmentFeature();
		if (parent.eClass().getFeatureID(containment) < 0 || !containment.isMany()) {
			throw new RefusedEdit("Cannot take " + what + ": that parent cannot hold it");
		}
		CompoundCommand move = new CompoundCommand();
		move.append(RemoveCommand.create(domain, element.eContainer(), containment, element));
		move.append(AddCommand.create(domain, parent, containment, element));
		return move;
	}

	/** Moves the children into the side's order, one {@link MoveCommand} per child out of place (undone in reverse). */
	private Command reorder(EObject parent, ListedConflict conflict, Object value, String what) throws RefusedEdit {
		EStructuralFeature feature = parent.eClass().getEStructuralFeature(conflict.feature());
		if (!(feature instanceof EReference containment) || !containment.isMany() || !(value instanceof List<?> ids)) {
			throw new RefusedEdit("Cannot take " + what + ": the element has no such list");
		}
		List<?> children = (List<?>) parent.eGet(containment);
		List<Object> target = new ArrayList<>(children.size());
		for (Object id : ids) {
			EObject child = plan.getEObject((String) id);
			if (child != null && child.eContainer() == parent && child.eContainmentFeature() == containment) {
				target.add(child);
			}
		}
		for (Object child : children) {
			if (!target.contains(child)) {
				target.add(child);
			}
		}
		CompoundCommand moves = new CompoundCommand();
		List<Object> simulated = new ArrayList<>(children);
		for (int i = 0; i < target.size(); i++) {
			if (simulated.get(i) != target.get(i)) {
				simulated.remove(target.get(i));
				simulated.add(i, target.get(i));
				moves.append(MoveCommand.create(domain, parent, containment, target.get(i), i));
			}
		}
		return moves.isEmpty() ? null : moves;
	}
}
