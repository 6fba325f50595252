package org.wbsmodeler.diagram.layout;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramNode;

/**
 * Fixed attachment points for the boxes inside containers (process steps). Left to ELK, a step with a flow edge
 * and a link to a WBS element gets two ports spread over its right side, the flow leaves off-centre and the next
 * step is pushed down: processes come out as staircases. With the flow fixed at mid height on the left and right
 * sides (and other edges at the lower right) the steps of a process line up on one axis.
 */
final class FlowPorts {

    /** Where the secondary (cross-container) edges leave: this fraction of the height from the top. */
    private static final double SECONDARY_AT = 0.8;

    private final Map<ElkNode, ElkPort[]> ports = new IdentityHashMap<>(); // in, out, secondary out

    /** Creates the ELK edge for a diagram edge, through fixed ports where the end is a box in a container. */
    ElkEdge connect(DiagramEdge edge, Map<DiagramNode, ElkNode> elkNodes) {
        DiagramNode source = edge.getSource();
        DiagramNode target = edge.getTarget();
        boolean flow = source.getParent() != null && source.getParent() == target.getParent();
        ElkConnectableShape from = elkNodes.get(source);
        ElkConnectableShape to = elkNodes.get(target);
        if (attachable(source)) {
            from = portsOf(elkNodes.get(source))[flow ? 1 : 2];
        }
        if (attachable(target) && flow) {
            to = portsOf(elkNodes.get(target))[0];
        }
        return ElkGraphUtil.createSimpleEdge(from, to);
    }

    private static boolean attachable(DiagramNode node) {
        return node.getParent() != null && !node.isContainer();
    }

    private ElkPort[] portsOf(ElkNode node) {
        return ports.computeIfAbsent(node, n -> {
            n.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
            double w = n.getWidth();
            double h = n.getHeight();
            return new ElkPort[] { port(n, 0, h / 2, PortSide.WEST), port(n, w, h / 2, PortSide.EAST),
                    port(n, w * SECONDARY_AT, h, PortSide.SOUTH) };
        });
    }

    private static ElkPort port(ElkNode node, double x, double y, PortSide side) {
        ElkPort port = ElkGraphUtil.createPort(node);
        port.setDimensions(0, 0);
        port.setLocation(x, y);
        port.setProperty(CoreOptions.PORT_SIDE, side);
        return port;
    }
}
