package org.wbsmodeler.schedule.cpm;

import java.util.Arrays;

/**
 * What changed since the last (re)schedule: activities whose forward inputs (own data, incoming links) or backward
 * inputs (own data, outgoing links) changed, links added (the order may need repair), and whether everything must
 * be redone. The {@code touch…} methods say which neighbours an edit of one kind reaches; the network calls them
 * from its setters, so an {@link IncrementalScheduler} sees every edit, whoever made it.
 */
final class Journal {
    static final int FORWARD = 1;
    static final int BACKWARD = 2;
    static final int BOTH = FORWARD | BACKWARD;

    final byte[] flags;
    int[] touched = new int[16];
    int touchedCount;
    int[] added = new int[4];
    int addedCount;
    boolean everything;

    Journal(int n) {
        flags = new byte[n];
    }

    void touch(int activity, int f) {
        if (flags[activity] == 0) {
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = activity;
        }
        flags[activity] |= (byte) f;
    }

    void addedLink(int link) {
        if (addedCount == added.length) {
            added = Arrays.copyOf(added, addedCount * 2);
        }
        added[addedCount++] = link;
    }

    /** A link's successor reads it forward, its predecessor backward. */
    void touchLink(LinkTable links, int link) {
        touch(links.to[link], FORWARD);
        touch(links.from[link], BACKWARD);
    }

    /**
     * Asks an activity's predecessors to look at their late dates again: whether it ends a chain (has no successor),
     * its calendar (their lags are taken on it) and, when started, its actual duration decide how its links hold them.
     */
    void touchPredecessors(Adjacency adjacency, int activity) {
        int[] inFrom = adjacency.inFrom;
        for (int k = adjacency.inStart[activity]; k < adjacency.inStart[activity + 1]; k++) {
            touch(inFrom[k], BACKWARD);
        }
    }

    void touchSuccessors(Adjacency adjacency, int activity, int f) {
        int[] outTo = adjacency.outTo;
        for (int k = adjacency.outStart[activity]; k < adjacency.outStart[activity + 1]; k++) {
            touch(outTo[k], f);
        }
    }

    boolean isEmpty() {
        return touchedCount == 0 && addedCount == 0 && !everything;
    }

    void clear() {
        for (int i = 0; i < touchedCount; i++) {
            flags[touched[i]] = 0;
        }
        touchedCount = 0;
        addedCount = 0;
        everything = false;
    }
}
