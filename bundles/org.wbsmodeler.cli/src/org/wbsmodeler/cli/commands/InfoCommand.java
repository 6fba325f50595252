package org.wbsmodeler.cli.commands;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Command;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.cli.ModelInput;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.util.ModelDates;
import org.wbsmodeler.model.util.ModelLabels;

/** {@code wbs info FILE}: how many elements of each type the model holds, and the WBS outline with codes. */
public final class InfoCommand implements Command {

	@Override
	public String name() {
		return "info";
	}

	@Override
	public String synopsis() {
		return "FILE";
	}

	@Override
	public String summary() {
		return "counts per element type and the WBS outline with codes";
	}

	@Override
	public int run(Arguments arguments, Console console) throws CliException {
		Project project = ModelInput.load(console, arguments.required(0, "FILE: the model to describe"));
		PrintStream out = console.out();
		out.println("project: " + project.getName());
		out.println("start:   " + (project.getStart() == null ? "not set" : ModelDates.toLocalDate(project.getStart())));
		out.println();
		out.println("elements by type:");
		Map<String, Integer> counts = new TreeMap<>();
		for (var it = project.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			counts.merge(next.eClass().getName(), 1, Integer::sum);
		}
		counts.forEach((type, count) -> out.printf("  %-18s %6d%n", type, count));
		out.println();
		out.println("outline:");
		outline(out, OutlineIndex.build(project));
		return ExitCodes.OK;
	}

	private static void outline(PrintStream out, OutlineIndex outline) {
		for (OutlineIndex.Line line : outline.lines()) {
			WbsElement element = line.element();
			int depth = line.level();
			String estimate = element.getDuration() > 0 ? format(element.getDuration()) + " d" : "";
			out.printf("  %s%-" + Math.max(1, 12 - 2 * depth) + "s %s%s  [%s]%n", "  ".repeat(depth - 1), line.code(), element.getName(),
					estimate.isEmpty() ? "" : "  " + estimate, ModelLabels.kindOf(element));
		}
	}

	private static String format(double days) {
		return days == Math.rint(days) ? String.valueOf((long) days) : String.valueOf(days);
	}
}
