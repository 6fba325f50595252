package org.wbsmodeler.schedule.cpm;

import java.util.Arrays;

/**
 * The bookkeeping of an incremental (or ALAP) pass: the topological positions still to evaluate (a
 * {@link PositionSet}, swept in order) and the activities whose dates changed, whose floats must be redone. Only
 * needed once something is incremental, so the engine allocates it on first use.
 */
final class WorkList {

    private final PositionSet positions;
    /** Per activity: already in {@link #changed}. */
    final boolean[] changedMark;
    int[] changed = new int[64];
    int changedCount;

    WorkList(int n) {
        positions = new PositionSet(n);
        changedMark = new boolean[n];
    }

    boolean fits(int n) {
        return changedMark.length == n;
    }

    void add(int position) {
        positions.add(position);
    }

    /** The first queued position {@code >= from}, removed from the list, or -1. */
    int pollFirstFrom(int from) {
        return positions.pollFirstFrom(from);
    }

    /** The last queued position {@code <= from}, removed from the list, or -1. */
    int pollLastFrom(int from) {
        return positions.pollLastFrom(from);
    }

    /** Queues the activities the journal touched in the given direction ({@link Journal#FORWARD} or BACKWARD). */
    void seed(Journal journal, int flag, int[] position) {
        for (int i = 0; i < journal.touchedCount; i++) {
            int v = journal.touched[i];
            if ((journal.flags[v] & flag) != 0) {
                positions.add(position[v]);
            }
        }
    }

    /** Queues the successors of {@code v}. */
    void addSuccessors(Adjacency adjacency, int v, int[] position) {
        int[] outTo = adjacency.outTo;
        for (int k = adjacency.outStart[v], end = adjacency.outStart[v + 1]; k < end; k++) {
            positions.add(position[outTo[k]]);
        }
    }

    void markChanged(int v) {
        if (!changedMark[v]) {
            changedMark[v] = true;
            if (changedCount == changed.length) {
                changed = Arrays.copyOf(changed, changedCount * 2);
            }
            changed[changedCount++] = v;
        }
    }

    void clearChanged() {
        for (int i = 0; i < changedCount; i++) {
            changedMark[changed[i]] = false;
        }
        changedCount = 0;
    }
}
