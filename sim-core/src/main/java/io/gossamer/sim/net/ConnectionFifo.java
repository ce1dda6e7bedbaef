package io.gossamer.sim.net;

import java.util.ArrayDeque;

/**
 * Connections (their {@link ConnectionPool} slots) in the order they opened, each waiting for
 * its first idle check. Every connection opened at time t is first checked at t + idle
 * timeout, so these checks fall due in opening order: four bytes per connection here and a
 * single pending kernel event for the oldest replace a 20-byte kernel event per connection
 * (a run of a million shuffles keeps millions of connections open).
 *
 * <p>The slots are kept in pages of {@value #PAGE} that are added and dropped as the FIFO
 * grows and drains, never copied: a ring that doubles would, with millions of entries, copy
 * them into an array twice as large (both held at once, the old one left as garbage in the
 * old generation).
 */
final class ConnectionFifo {
    private static final int PAGE = 4096;

    /** Full pages and the page being filled (the last), oldest first. */
    private final ArrayDeque<int[]> pages = new ArrayDeque<>();
    /** Next read position in the first page. */
    private int head;
    /** Next write position in the last page. */
    private int tail = PAGE;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    /** Appends slot {@code s} behind every slot added before it. */
    void add(int s) {
        if (tail == PAGE) {
            pages.addLast(new int[PAGE]);
            tail = 0;
        }
        pages.peekLast()[tail++] = s;
        size++;
    }

    /** The oldest slot; the FIFO must not be empty. */
    int peek() {
        return pages.peekFirst()[head];
    }

    /** Removes and returns the oldest slot. */
    int poll() {
        int s = pages.peekFirst()[head++];
        size--;
        if (size == 0) {
            // Drained: keep nothing, the next add starts a new page.
            pages.clear();
            head = 0;
            tail = PAGE;
        } else if (head == PAGE) {
            pages.removeFirst();
            head = 0;
        }
        return s;
    }

    /** Entries, for memory reports. */
    int size() {
        return size;
    }
}
