package org.wbsmodeler.schedule.cpm;

import java.util.Arrays;
import java.util.Objects;

/**
 * The per-link columns of a network: predecessor, successor, {@link LinkType} ordinal (or {@link #REMOVED}), lag in
 * minutes and whether the lag is elapsed time. Link ids are slots here and stay stable: a removed link leaves a hole.
 */
final class LinkTable {

    static final byte REMOVED = -1;
    /** Lags are packed with the link type and elapsed flag into one int, which leaves them 29 bits (±2^28 minutes: ~186,000 days). */
    static final int MAX_LAG = (1 << 28) - 1;

    /** Link ids handed out, removed ones included. */
    int count;
    /** Links not removed. */
    int live;
    int[] from;
    int[] to;
    byte[] type;
    int[] lag;
    /** The lag is elapsed time (calendar minutes), not working time of the successor's calendar. */
    boolean[] elapsed;

    LinkTable(int capacity) {
        from = new int[capacity];
        to = new int[capacity];
        type = new byte[capacity];
        lag = new int[capacity];
        elapsed = new boolean[capacity];
    }

    /** A copy of the links with room for at least {@code capacity}. */
    LinkTable copy(int capacity) {
        LinkTable c = new LinkTable(0);
        c.count = count;
        c.live = live;
        c.from = Arrays.copyOf(from, capacity);
        c.to = Arrays.copyOf(to, capacity);
        c.type = Arrays.copyOf(type, capacity);
        c.lag = Arrays.copyOf(lag, capacity);
        c.elapsed = Arrays.copyOf(elapsed, capacity);
        return c;
    }

    int capacity() {
        return from.length;
    }

    void grow(int capacity) {
        from = Arrays.copyOf(from, capacity);
        to = Arrays.copyOf(to, capacity);
        type = Arrays.copyOf(type, capacity);
        lag = Arrays.copyOf(lag, capacity);
        elapsed = Arrays.copyOf(elapsed, capacity);
    }

    /** Appends a live link between activities {@code 0..n-1} and returns its id; the arrays grow by half. */
    int add(int n, int predecessor, int successor, LinkType linkType, int lagMinutes) {
        Objects.checkIndex(predecessor, n);
        Objects.checkIndex(successor, n);
        checkLag(lagMinutes);
        if (count == from.length) {
            grow(count + (count >> 1) + 16);
        }
        int id = count++;
        from[id] = predecessor;
        to[id] = successor;
        type[id] = (byte) linkType.ordinal();
        lag[id] = lagMinutes;
        elapsed[id] = false;
        live++;
        return id;
    }

    void remove(int link) {
        type[link] = REMOVED;
        live--;
    }

    boolean isRemoved(int link) {
        return type[link] == REMOVED;
    }

    /** The link as the passes read it from a CSR slot: lag << 3 | elapsed << 2 | type. */
    int code(int link) {
        return lag[link] << 3 | (elapsed[link] ? 4 : 0) | type[link];
    }

    void checkLive(int link) {
        Objects.checkIndex(link, count);
        if (type[link] == REMOVED) {
            throw new IllegalArgumentException("link " + link + " was removed");
        }
    }

    static void checkLag(int minutes) {
        if (minutes > MAX_LAG || minutes < -MAX_LAG) {
            throw new IllegalArgumentException("lag out of range: " + minutes + " minutes");
        }
    }
}
