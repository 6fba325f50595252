package org.wbsmodeler.diagram.build;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramKind;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.TextLine;
import org.wbsmodeler.model.Process;
import org.wbsmodeler.model.ProcessBreakdown;
import org.wbsmodeler.model.ProcessKind;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.Role;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.ElementIds;

/**
 * Builds the process breakdown: each process a box holding its steps in order, left to right. A step shows its
 * timing, cycle time and resources, and its owner role as a badge (who is responsible is what a process map is
 * read for, and where bottlenecks are looked for); when steps have owners the process is drawn in swim lanes, one
 * band per owner, each step in its owner's band. Optionally the WBS elements that build or change a step are
 * drawn to the right, linked by dashed lines: the PBS-to-WBS traceability the domain asks for.
 */
public final class PbsBuilder {

    /** The lane of steps without an owner. */
    static final String NO_OWNER = "(no owner)";

    private boolean showWbsLinks = true;

    /** Whether linked WBS elements are drawn (default) or only listed by code inside the step. */
    public PbsBuilder showWbsLinks(boolean show) {
        this.showWbsLinks = show;
        return this;
    }

    /**
     * The diagram of the project's process breakdown. A project without processes gives a diagram with a single
     * note box saying so, so that a caller always has something to show.
     */
    public Diagram build(Project project) {
        ProcessBreakdown pbs = project.getProcessBreakdown();
        String name = pbs != null && pbs.getName() != null && !pbs.getName().isBlank() ? pbs.getName()
                : WbsTreeBuilder.nameOf(project.getName());
        Diagram diagram = new Diagram(DiagramKind.PROCESS).setTitle("PBS \u2014 " + name);
        if (pbs == null || pbs.getProcesses().isEmpty()) {
            diagram.addNode("empty", List.of(TextLine.text("No processes in this model yet")))
                    .setStyle(Palette.COLLAPSED);
            return diagram;
        }
        Map<WbsElement, DiagramNode> wbsBoxes = new IdentityHashMap<>();
        List<Object[]> links = new ArrayList<>(); // {step box, wbs element}
        int p = 0;
        for (Process process : pbs.getProcesses()) {
            p++;
            List<TextLine> header = new ArrayList<>();
            header.add(TextLine.bold(WbsTreeBuilder.nameOf(process.getName())).withFontSize(TextLine.HEADER));
            if (process.getKind() != null && process.getKind() != ProcessKind.OTHER) {
                header.add(TextLine.text(kindLabel(process.getKind())).withFontSize(TextLine.SMALL));
            }
            String processId = "process-" + idOf(process, Integer.toString(p));
            DiagramNode box = diagram.addNode(processId, header).setStyle(Palette.PROCESS).setSource(process)
                    .setBadge(roleName(process.getOwner()));
            Map<String, DiagramNode> lanes = lanes(diagram, process, box, processId);
            DiagramNode previous = null;
            int s = 0;
            for (ProcessStep step : process.getSteps()) {
                s++;
                String codes = showWbsLinks ? null : wbsCodes(step);
                DiagramNode parent = lanes.isEmpty() ? box : lanes.get(laneOf(step));
                DiagramNode stepBox = diagram.addNode("step-" + idOf(step, p + "-" + s),
                        Boxes.step(step.getName(), timing(step), resources(step), codes), parent)
                        .setStyle(Palette.STEP).setSource(step).setBadge(roleName(step.getOwner()))
                        .setLane(roleName(step.getOwner()));
                if (previous != null) {
                    diagram.addEdge(previous, stepBox).setStyle(Palette.FLOW);
                }
                previous = stepBox;
                if (showWbsLinks) {
                    for (WbsElement element : step.getWbsElements()) {
                        if (element != null && !element.eIsProxy()) {
                            links.add(new Object[] { stepBox, element });
                        }
                    }
                }
            }
            if (s == 0) {
                // a container needs content to be laid out as one; say that the process has no steps yet
                diagram.addNode(processId + "-nosteps", List.of(TextLine.text("no steps yet")), box)
                        .setStyle(Palette.COLLAPSED);
            }
        }
        for (Object[] link : links) {
            WbsElement element = (WbsElement) link[1];
            DiagramNode target = wbsBoxes.computeIfAbsent(element, e -> diagram
                    .addNode("wbs-" + idOf(e, Integer.toString(wbsBoxes.size() + 1)), Boxes.wbs(e.getCode(), WbsTreeBuilder.nameOf(e.getName()),
                            null, null))
                    .setStyle(Palette.WBS_REF).setSource(e));
            diagram.addEdge((DiagramNode) link[0], target).setStyle(Palette.TRACE);
        }
        return diagram;
    }

    /**
     * One swim lane per owner of the process's steps, in the order the owners first act, when any step has an owner
     * (steps without one share a lane "no owner"); none otherwise, and the steps sit in the process box itself.
     */
    private static Map<String, DiagramNode> lanes(Diagram diagram, Process process, DiagramNode box, String id) {
        Map<String, DiagramNode> lanes = new LinkedHashMap<>();
        if (process.getSteps().stream().allMatch(step -> roleName(step.getOwner()) == null)) {
            return lanes;
        }
        for (ProcessStep step : process.getSteps()) {
            String lane = laneOf(step);
            lanes.computeIfAbsent(lane, name -> diagram.addNode(id + "-lane-" + laneId(step, lanes.size() + 1),
                    List.of(TextLine.bold(name).withFontSize(TextLine.SMALL)), box).setStyle(Palette.LANE).setLane(name));
        }
        return lanes;
    }

    /**
     * Boxes are keyed by the element's id ({@link ElementIds}), not its position, so a box keeps its place and its
     * selection when another is inserted before it; an object in no resource is numbered.
     */
    private static String idOf(EObject object, String number) {
        String id = ElementIds.of(object);
        return id == null ? "n" + number : id;
    }

    /** A lane by its owner's id (a renamed role keeps its lane), "none" for the steps nobody owns. */
    private static String laneId(ProcessStep step, int number) {
        Role owner = step.getOwner();
        return roleName(owner) == null ? "none" : idOf(owner, Integer.toString(number));
    }

    private static String laneOf(ProcessStep step) {
        String owner = roleName(step.getOwner());
        return owner == null ? NO_OWNER : owner;
    }

    private static String kindLabel(ProcessKind kind) {
        return switch (kind) {
            case SALES -> "Sales process";
            case CUSTOMER_SERVICE -> "Customer service process";
            case MARKETING -> "Marketing process";
            default -> "Process";
        };
    }

    private static String roleName(Role role) {
        return role == null || role.eIsProxy() || role.getName() == null || role.getName().isBlank() ? null
                : role.getName();
    }

    private static String timing(ProcessStep step) {
        String timing = step.getTiming() == null ? "" : step.getTiming().strip();
        if (step.getCycleTime() > 0) {
            String hours = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
                    .format(step.getCycleTime());
            String cycle = "cycle " + hours + " h";
            timing = timing.isEmpty() ? cycle : timing + " \u00b7 " + cycle;
        }
        return timing;
    }

    private static String resources(ProcessStep step) {
        List<String> names = new ArrayList<>();
        for (Resource r : step.getResources()) {
            if (r != null && !r.eIsProxy() && r.getName() != null) {
                names.add(r.getName());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String wbsCodes(ProcessStep step) {
        List<String> codes = new ArrayList<>();
        for (WbsElement e : step.getWbsElements()) {
            if (e != null && !e.eIsProxy()) {
                codes.add(e.getCode());
            }
        }
        return codes.isEmpty() ? null : "WBS " + String.join(", ", codes);
    }
}
