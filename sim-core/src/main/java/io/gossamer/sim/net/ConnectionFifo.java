package io.gossamer.sim.net;

/**
 * Connections (their {@link ConnectionPool} slots) in the order they opened, each waiting for
 * its first idle check. Every connection opened at time t is first checked at t + idle
 * timeout, so these checks fall due in opening order: four bytes per connection here and a
 * single pending kernel event for the oldest replace a 20-byte kernel event per connection
 * (a run of a million shuffles keeps millions of connections open).
 */
final class ConnectionFifo {
    private int[] ring = new int[16];
    private int head;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    /** Appends slot {@code s} behind every slot added before it. */
    void add(int s) {
        if (size == ring.length) {
            int[] grown = new int[ring.length * 2];
            int first = ring.length - head;
            System.arraycopy(ring, head, grown, 0, Math.min(first, size));
            if (first < size) {
                System.arraycopy(ring, 0, grown, first, size - first);
            }
            ring = grown;
            head = 0;
        }
        ring[(head + size) & (ring.length - 1)] = s;
        size++;
    }

    /** The oldest slot; the FIFO must not be empty. */
    int peek() {
        return ring[head];
    }

    /** Removes and returns the oldest slot. */
    int poll() {
        int s = ring[head];
        head = (head + 1) & (ring.length - 1);
        size--;
        if (size == 0 && ring.length > 1024) {
            // A burst has drained: give its memory back.
            ring = new int[16];
            head = 0;
        }
        return s;
    }

    /** Entries, for memory reports. */
    int size() {
        return size;
    }
}
