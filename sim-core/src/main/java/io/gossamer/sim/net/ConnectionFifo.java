package io.gossamer.sim.net;

/**
 * Connections in the order they opened, each waiting for its first idle check. Every
 * connection opened at time t is first checked at t + idle timeout, so these checks fall due
 * in opening order: one reference per connection here and a single pending kernel event for
 * the oldest replace a 20-byte kernel event per connection (a run of a million shuffles keeps
 * millions of connections open).
 */
final class ConnectionFifo {
    private Connection[] ring = new Connection[16];
    private int head;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    /** Appends {@code c} behind every connection added before it. */
    void add(Connection c) {
        if (size == ring.length) {
            Connection[] grown = new Connection[ring.length * 2];
            int first = ring.length - head;
            System.arraycopy(ring, head, grown, 0, Math.min(first, size));
            if (first < size) {
                System.arraycopy(ring, 0, grown, first, size - first);
            }
            ring = grown;
            head = 0;
        }
        ring[(head + size) & (ring.length - 1)] = c;
        size++;
    }

    /** The oldest connection; the FIFO must not be empty. */
    Connection peek() {
        return ring[head];
    }

    /** Removes and returns the oldest connection. */
    Connection poll() {
        Connection c = ring[head];
        ring[head] = null;
        head = (head + 1) & (ring.length - 1);
        size--;
        if (size == 0 && ring.length > 1024) {
            // A burst has drained: give its memory back.
            ring = new Connection[16];
            head = 0;
        }
        return c;
    }

    /** Entries, for memory reports. */
    int size() {
        return size;
    }
}
