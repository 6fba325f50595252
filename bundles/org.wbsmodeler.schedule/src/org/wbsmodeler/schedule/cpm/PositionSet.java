package org.wbsmodeler.schedule.cpm;

import java.util.Arrays;

/**
 * The work list of an incremental pass: a bit set over topological positions. A forward pass only ever adds
 * positions after the one it is processing (successors come later), a backward pass only before, so one sweep in
 * position order with "next set bit" visits everything that changes exactly once, in a valid order, without a heap.
 * Scanning empty words costs n/64 word reads: a few microseconds for 100,000 activities.
 */
final class PositionSet {

    private final long[] words;

    PositionSet(int size) {
        words = new long[(size + 63) >>> 6];
    }

    void add(int position) {
        words[position >>> 6] |= 1L << position;
    }

    /** The first member {@code >= from}, removed from the set, or -1. */
    int pollFirstFrom(int from) {
        int w = from >>> 6;
        if (w >= words.length) {
            return -1;
        }
        long bits = words[w] & (-1L << from);
        while (bits == 0) {
            if (++w == words.length) {
                return -1;
            }
            bits = words[w];
        }
        int p = (w << 6) + Long.numberOfTrailingZeros(bits);
        words[w] &= ~(1L << p);
        return p;
    }

    /** The last member {@code <= from}, removed from the set, or -1. */
    int pollLastFrom(int from) {
        if (from < 0) {
            return -1;
        }
        int w = from >>> 6;
        long bits = words[w] & (-1L >>> (63 - (from & 63)));
        while (bits == 0) {
            if (--w < 0) {
                return -1;
            }
            bits = words[w];
        }
        int p = (w << 6) + 63 - Long.numberOfLeadingZeros(bits);
        words[w] &= ~(1L << p);
        return p;
    }

    void clear() {
        Arrays.fill(words, 0);
    }
}
