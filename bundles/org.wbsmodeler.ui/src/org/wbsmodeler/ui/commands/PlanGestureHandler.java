package org.wbsmodeler.ui.commands;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wbsmodeler.editing.rules.RefusedEdit;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.editor.WbsEditor;
import org.wbsmodeler.ui.session.PlanSession;

/**
 * WBS &gt; Insert Task, Indent, Outdent, Move Up, Move Down, Link Tasks, Unlink Tasks (and the Plan's context menu),
 * with MS Project's keys: each the session's edit rule on the selected rows, its refusal in the status line. Which
 * gesture comes from the handler's declaration ({@code class="…PlanGestureHandler:indent"}).
 */
public final class PlanGestureHandler extends AbstractHandler implements IExecutableExtension {

	private String gesture = "";

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		gesture = data instanceof String text ? text : "";
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof WbsEditor editor) || editor.session() == null) {
			return null;
		}
		List<WbsElement> rows = new ArrayList<>();
		for (Object o : HandlerUtil.getCurrentStructuredSelection(event)) {
			if (o instanceof WbsElement row) {
				rows.add(row);
			}
		}
		run(editor, rows, gesture);
		return null;
	}

	/** Runs one gesture on rows of an editor's plan; tells whether it changed the plan. */
	public static boolean run(WbsEditor editor, List<WbsElement> rows, String gesture) {
		PlanSession session = editor.session();
		var structure = session.rules().structure();
		boolean ran = session.run(() -> switch (gesture) {
		case "insert" -> structure.insertTask(rows.isEmpty() ? null : rows.get(0));
		case "indent" -> structure.indent(rows);
		case "outdent" -> structure.outdent(rows);
		case "moveUp" -> structure.move(rows, -1);
		case "moveDown" -> structure.move(rows, +1);
		case "link" -> linkChain(session, rows);
		case "unlink" -> unlink(session, rows);
		default -> throw new RefusedEdit("Unknown gesture " + gesture);
		});
		if (ran && "insert".equals(gesture) && editor.planPage() != null && editor.planPage().viewer().getControl().isVisible()) {
			editor.planPage().renameNewRow();
		}
		return ran;
	}

	/** MS Project's Link Tasks: each selected task finish-to-start to the next, in the order they were selected. */
	private static Command linkChain(PlanSession session, List<WbsElement> rows) throws RefusedEdit {
		if (rows.size() < 2) {
			throw new RefusedEdit("Select two or more tasks to link them");
		}
		CompoundCommand chain = new CompoundCommand("Link " + rows.size() + " tasks");
		for (int i = 1; i < rows.size(); i++) {
			chain.append(session.rules().links().link(List.of(rows.get(i - 1)), rows.get(i)));
		}
		return chain;
	}

	/** MS Project's Unlink Tasks: the links among the selected tasks; for one task, all its links. */
	private static Command unlink(PlanSession session, List<WbsElement> rows) throws RefusedEdit {
		Set<Dependency> links = new LinkedHashSet<>();
		for (WbsElement row : rows) {
			for (Dependency link : row.getPredecessors()) {
				if (rows.size() == 1 || rows.contains(link.getPredecessor())) {
					links.add(link);
				}
			}
		}
		if (rows.size() == 1) {
			WbsElement only = rows.get(0);
			for (var it = session.project().eAllContents(); it.hasNext();) {
				if (it.next() instanceof Dependency link && link.getPredecessor() == only) {
					links.add(link);
				}
			}
		}
		if (links.isEmpty()) {
			throw new RefusedEdit(rows.isEmpty() ? "Select the tasks to unlink first"
					: rows.size() == 1 ? "The selected task has no links" : "The selected tasks have no links between them");
		}
		CompoundCommand command = new CompoundCommand("Unlink " + links.size() + " link" + (links.size() == 1 ? "" : "s"));
		links.forEach(link -> command.append(session.rules().links().unlink(link)));
		return command;
	}
}
