package org.wbsmodeler.schedule.cpm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Critical activities chained by driving links. "Critical" alone (total float {@code <= 0}) says which activities
 * matter; the paths say in which order they push the finish out, which is what a planner reads off a network
 * diagram. Found on demand by depth-first search with an explicit stack (paths can be tens of thousands long).
 */
final class CriticalPaths {

    private CriticalPaths() {
    }

    static List<int[]> find(ScheduleEngine e, int maxPaths) {
        ScheduleNetwork net = e.net;
        List<int[]> paths = new ArrayList<>();
        if (maxPaths <= 0) {
            return paths;
        }
        // sources: critical activities that no critical predecessor drives
        List<Integer> sources = new ArrayList<>();
        for (int v = 0; v < net.n; v++) {
            if (e.critical[v] && !drivenByCritical(e, v)) {
                sources.add(v);
            }
        }
        sources.sort((a, b) -> e.es[a] != e.es[b] ? Long.compare(e.es[a], e.es[b]) : Integer.compare(a, b));
        int[] path = new int[16];
        int[] nextLink = new int[16];
        for (int source : sources) {
            int depth = 0;
            path[0] = source;
            nextLink[0] = net.adjacency.outStart[source];
            depth = 1;
            while (depth > 0) {
                int v = path[depth - 1];
                int k = nextLink[depth - 1];
                int successor = -1;
                boolean any = false;
                while (k < net.adjacency.outStart[v + 1]) {
                    int l = net.adjacency.outLink[k++];
                    int w = net.links.to[l];
                    if (e.critical[w] && Drivers.drives(e, l)) {
                        any = true;
                        successor = w;
                        break;
                    }
                }
                boolean extendedBefore = nextLink[depth - 1] != net.adjacency.outStart[v];
                nextLink[depth - 1] = k;
                if (successor >= 0) {
                    if (depth == path.length) {
                        path = Arrays.copyOf(path, depth * 2);
                        nextLink = Arrays.copyOf(nextLink, depth * 2);
                    }
                    path[depth] = successor;
                    nextLink[depth] = net.adjacency.outStart[successor];
                    depth++;
                    continue;
                }
                if (!any && !extendedBefore) {
                    paths.add(Arrays.copyOf(path, depth)); // a sink of the critical chains: one complete path
                    if (paths.size() == maxPaths) {
                        return paths;
                    }
                }
                depth--;
            }
        }
        return paths;
    }

    private static boolean drivenByCritical(ScheduleEngine e, int v) {
        ScheduleNetwork net = e.net;
        for (int k = net.adjacency.inStart[v]; k < net.adjacency.inStart[v + 1]; k++) {
            int l = net.adjacency.inLink[k];
            if (e.critical[net.links.from[l]] && Drivers.drives(e, l)) {
                return true;
            }
        }
        return false;
    }
}
