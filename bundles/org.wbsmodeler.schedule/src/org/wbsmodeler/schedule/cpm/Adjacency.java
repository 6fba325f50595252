package org.wbsmodeler.schedule.cpm;

import java.util.Arrays;

/**
 * The live links of a network as two CSR indexes: the links into each activity ({@code inStart[a]..inStart[a+1]}
 * slots of {@link #inLink}) and out of it ({@link #outStart}, {@link #outLink}), for the forward and backward passes.
 * Each slot also holds the link's other end and its {@linkplain LinkTable#code code}, so the passes stream through
 * flat arrays instead of chasing link ids.
 */
final class Adjacency {

    private final int n;
    final int[] inStart;
    final int[] outStart;
    int[] inLink;
    int[] outLink;
    int[] inFrom;
    int[] inCode;
    int[] outTo;
    int[] outCode;
    /** Every live link goes from a lower to a higher index: the index order is topological. */
    boolean forwardOnly;

    Adjacency(int n) {
        this.n = n;
        inStart = new int[n + 1];
        outStart = new int[n + 1];
    }

    /**
     * Counting sort of the live links by successor and by predecessor. O(n + m) with two passes over flat arrays:
     * cheap enough to redo after a structural edit (about a millisecond per 100,000 activities).
     */
    void rebuild(LinkTable links) {
        Arrays.fill(inStart, 0);
        Arrays.fill(outStart, 0);
        if (inLink == null || inLink.length < links.live) {
            int capacity = links.capacity();
            inLink = new int[capacity];
            outLink = new int[capacity];
            inFrom = new int[capacity];
            inCode = new int[capacity];
            outTo = new int[capacity];
            outCode = new int[capacity];
        }
        int[] linkFrom = links.from;
        int[] linkTo = links.to;
        byte[] linkType = links.type;
        int count = links.count;
        boolean forward = true;
        for (int l = 0; l < count; l++) {
            if (linkType[l] != LinkTable.REMOVED) {
                inStart[linkTo[l] + 1]++;
                outStart[linkFrom[l] + 1]++;
                forward &= linkFrom[l] < linkTo[l];
            }
        }
        forwardOnly = forward;
        for (int i = 0; i < n; i++) {
            inStart[i + 1] += inStart[i];
            outStart[i + 1] += outStart[i];
        }
        int[] inFill = Arrays.copyOf(inStart, n);
        int[] outFill = Arrays.copyOf(outStart, n);
        for (int l = 0; l < count; l++) {
            if (linkType[l] != LinkTable.REMOVED) {
                int code = links.code(l);
                int k = inFill[linkTo[l]]++;
                inLink[k] = l;
                inFrom[k] = linkFrom[l];
                inCode[k] = code;
                k = outFill[linkFrom[l]]++;
                outLink[k] = l;
                outTo[k] = linkTo[l];
                outCode[k] = code;
            }
        }
    }

    /** Updates the slot copies of a link's type and lag (found by a scan of its two ends' few links). */
    void recode(LinkTable links, int link) {
        int code = links.code(link);
        int to = links.to[link];
        for (int k = inStart[to]; k < inStart[to + 1]; k++) {
            if (inLink[k] == link) {
                inCode[k] = code;
            }
        }
        int from = links.from[link];
        for (int k = outStart[from]; k < outStart[from + 1]; k++) {
            if (outLink[k] == link) {
                outCode[k] = code;
            }
        }
    }

    /** The in-slot (index into the CSR of links into its successor) of a live link. */
    int inSlot(LinkTable links, int link) {
        int to = links.to[link];
        for (int k = inStart[to]; k < inStart[to + 1]; k++) {
            if (inLink[k] == link) {
                return k;
            }
        }
        throw new IllegalArgumentException("link " + link + " is not live");
    }

    /** Link ids into {@code activity}. */
    int[] linksInto(int activity) {
        return Arrays.copyOfRange(inLink, inStart[activity], inStart[activity + 1]);
    }

    /** Link ids out of {@code activity}. */
    int[] linksOutOf(int activity) {
        return Arrays.copyOfRange(outLink, outStart[activity], outStart[activity + 1]);
    }
}
