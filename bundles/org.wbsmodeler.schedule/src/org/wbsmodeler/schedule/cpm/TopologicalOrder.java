package org.wbsmodeler.schedule.cpm;

import java.util.Arrays;

/**
 * A topological order of the activities ({@code order[position] = activity}, {@code position[activity]}), found
 * before any date is computed so that a cycle is reported with nothing written.
 * <p>
 * When links are added later the order is repaired locally with the Pearce–Kelly algorithm: only the activities
 * between the two ends of the new link (by position) that are reachable from them are moved, and a cycle shows up
 * as the search reaching the link's own predecessor. The incremental passes walk positions, so the order has to
 * stay valid after every edit without re-sorting 100,000 activities.
 */
final class TopologicalOrder {

    /** Null while the order is the index order (no arrays needed for that); see {@link #materialize()}. */
    int[] order;
    int[] position;

    // scratch for searches: visited when mark[a] == stamp, no clearing between searches
    private int[] mark;
    private int stamp;
    private int[] parent;
    private int[] stack = new int[64];
    private int[] deltaF = new int[64];
    private int[] deltaB = new int[64];

    private final int n;

    private TopologicalOrder(int n, int[] order) {
        this.n = n;
        this.order = order;
        if (order != null) {
            position = new int[n];
            for (int p = 0; p < n; p++) {
                position[order[p]] = p;
            }
        }
    }

    /** The activity at a position. */
    int at(int p) {
        return order == null ? p : order[p];
    }

    /** The arrays, also for the index order: the incremental passes and the repairs work on them. */
    void materialize() {
        if (order == null) {
            order = new int[n];
            position = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
                position[i] = i;
            }
        }
    }

    /**
     * Orders the network or throws with one cycle. Networks whose links all go from a lower to a higher index (the
     * usual case for plans written top-down) keep their own order, which also keeps the passes cache friendly.
     */
    static TopologicalOrder of(ScheduleNetwork net) throws ScheduleCycleException {
        int n = net.n;
        Adjacency adjacency = net.adjacency;
        if (adjacency.forwardOnly) {
            return new TopologicalOrder(n, null);
        }
        int[] inStart = adjacency.inStart;
        int[] outStart = adjacency.outStart;
        int[] outTo = adjacency.outTo;
        // Kahn: repeatedly take an activity with no unplaced predecessor
        int[] remaining = new int[n];
        for (int i = 0; i < n; i++) {
            remaining[i] = inStart[i + 1] - inStart[i];
        }
        int[] order = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (remaining[i] == 0) {
                order[tail++] = i;
            }
        }
        while (head < tail) {
            int v = order[head++];
            for (int k = outStart[v]; k < outStart[v + 1]; k++) {
                int w = outTo[k];
                if (--remaining[w] == 0) {
                    order[tail++] = w;
                }
            }
        }
        if (tail < n) {
            throw ScheduleCycleException.of(net, cycleAmong(net, remaining));
        }
        return new TopologicalOrder(n, order);
    }

    /**
     * After Kahn stalls, every activity left has a predecessor that is also left; walking such predecessors must
     * revisit an activity, and the walk between the two visits is a cycle (backwards).
     */
    private static int[] cycleAmong(ScheduleNetwork net, int[] remaining) {
        int n = net.n;
        int[] seenAt = new int[n];
        Arrays.fill(seenAt, -1);
        int[] walk = new int[n + 1];
        int v = 0;
        while (remaining[v] == 0) {
            v++;
        }
        int steps = 0;
        while (seenAt[v] < 0) {
            seenAt[v] = steps;
            walk[steps++] = v;
            int next = -1;
            for (int k = net.adjacency.inStart[v]; k < net.adjacency.inStart[v + 1]; k++) {
                int u = net.adjacency.inFrom[k];
                if (remaining[u] > 0) {
                    next = u;
                    break;
                }
            }
            v = next;
        }
        int from = seenAt[v];
        int[] cycle = new int[steps - from];
        for (int i = 0; i < cycle.length; i++) {
            cycle[i] = walk[steps - 1 - i]; // reverse the predecessor walk into link order
        }
        return rotateToSmallest(cycle);
    }

    /** Same cycle, starting at its smallest index: a stable way to report it. */
    private static int[] rotateToSmallest(int[] cycle) {
        int min = 0;
        for (int i = 1; i < cycle.length; i++) {
            if (cycle[i] < cycle[min]) {
                min = i;
            }
        }
        int[] rotated = new int[cycle.length];
        for (int i = 0; i < cycle.length; i++) {
            rotated[i] = cycle[(min + i) % cycle.length];
        }
        return rotated;
    }

    /**
     * Makes room for a new link {@code x -> y} (Pearce–Kelly). Throws, changing nothing, if {@code y} already
     * reaches {@code x}.
     */
    void insertLink(ScheduleNetwork net, int x, int y) throws ScheduleCycleException {
        materialize();
        int lower = position[y];
        int upper = position[x];
        if (lower > upper) {
            return;
        }
        if (x == y) {
            throw ScheduleCycleException.of(net, new int[] {x});
        }
        if (mark == null) {
            mark = new int[n]; // search scratch, allocated on the first repair only
            parent = new int[order.length];
        }
        // forward from y, staying left of x's position; reaching x closes a cycle
        int s = nextStamp();
        int fCount = 0;
        int top = 0;
        push(y, top++);
        mark[y] = s;
        parent[y] = -1;
        while (top > 0) {
            int v = stack[--top];
            deltaF = add(deltaF, fCount++, v);
            for (int k = net.adjacency.outStart[v]; k < net.adjacency.outStart[v + 1]; k++) {
                int w = net.adjacency.outTo[k];
                if (w == x) {
                    throw ScheduleCycleException.of(net, rotateToSmallest(path(y, v, x)));
                }
                if (mark[w] != s && position[w] < upper) {
                    mark[w] = s;
                    parent[w] = v;
                    push(w, top++);
                }
            }
        }
        // backward from x, staying right of y's position
        int bCount = 0;
        top = 0;
        push(x, top++);
        mark[x] = s;
        while (top > 0) {
            int v = stack[--top];
            deltaB = add(deltaB, bCount++, v);
            for (int k = net.adjacency.inStart[v]; k < net.adjacency.inStart[v + 1]; k++) {
                int u = net.adjacency.inFrom[k];
                if (mark[u] != s && position[u] > lower) {
                    mark[u] = s;
                    push(u, top++);
                }
            }
        }
        // the moved activities keep their relative order: predecessors of x first, then what y reaches
        sortByPosition(deltaB, bCount);
        sortByPosition(deltaF, fCount);
        int total = bCount + fCount;
        int[] slots = new int[total];
        for (int i = 0; i < bCount; i++) {
            slots[i] = position[deltaB[i]];
        }
        for (int i = 0; i < fCount; i++) {
            slots[bCount + i] = position[deltaF[i]];
        }
        Arrays.sort(slots);
        for (int i = 0; i < total; i++) {
            int a = i < bCount ? deltaB[i] : deltaF[i - bCount];
            position[a] = slots[i];
            order[slots[i]] = a;
        }
    }

    /** The cycle y ... v (by the search's parents) followed by x, whose new link closes it back to y. */
    private int[] path(int y, int v, int x) {
        int length = 1;
        for (int a = v; a != -1; a = parent[a]) {
            length++;
        }
        int[] cycle = new int[length];
        cycle[length - 1] = x;
        int i = length - 2;
        for (int a = v; a != -1; a = parent[a]) {
            cycle[i--] = a;
        }
        return cycle;
    }

    private void sortByPosition(int[] activities, int count) {
        // positions are distinct, so sort the positions and map back
        int[] keys = new int[count];
        for (int i = 0; i < count; i++) {
            keys[i] = position[activities[i]];
        }
        Arrays.sort(keys);
        for (int i = 0; i < count; i++) {
            activities[i] = order[keys[i]];
        }
    }

    private int nextStamp() {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(mark, 0);
            stamp = 1;
        }
        return stamp;
    }

    private void push(int v, int at) {
        if (at == stack.length) {
            stack = Arrays.copyOf(stack, at * 2);
        }
        stack[at] = v;
    }

    private static int[] add(int[] array, int at, int v) {
        if (at == array.length) {
            array = Arrays.copyOf(array, at * 2);
        }
        array[at] = v;
        return array;
    }
}
