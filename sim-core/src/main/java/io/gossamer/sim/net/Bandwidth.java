package io.gossamer.sim.net;

import java.util.Arrays;

/**
 * Access links: per node, the serialization cost of a byte up and down and when each link is
 * next free. Each link is a first-in, first-out queue: {@code s} bytes hold it for
 * {@code s / rate}. The network makes this only once a node has a limited link.
 */
final class Bandwidth {
    private final LinkCapacity defaultCapacity;
    private double[] upNanosPerByte = new double[0];
    private double[] downNanosPerByte = new double[0];
    private long[] upFreeAt = new long[0];
    private long[] downFreeAt = new long[0];

    /** Links for {@code nodes} nodes, each with {@code defaultCapacity}. */
    Bandwidth(LinkCapacity defaultCapacity, int nodes) {
        this.defaultCapacity = defaultCapacity;
        resize(0, nodes);
    }

    /** Grows the tables from {@code from} to {@code n} nodes, new ones with the default link. */
    void resize(int from, int n) {
        upNanosPerByte = Arrays.copyOf(upNanosPerByte, n);
        downNanosPerByte = Arrays.copyOf(downNanosPerByte, n);
        upFreeAt = Arrays.copyOf(upFreeAt, n);
        downFreeAt = Arrays.copyOf(downFreeAt, n);
        Arrays.fill(upNanosPerByte, from, n, defaultCapacity.uplinkNanosPerByte());
        Arrays.fill(downNanosPerByte, from, n, defaultCapacity.downlinkNanosPerByte());
    }

    void set(int node, LinkCapacity link) {
        upNanosPerByte[node] = link.uplinkNanosPerByte();
        downNanosPerByte[node] = link.downlinkNanosPerByte();
    }

    /** When a message of {@code size} bytes that {@code src} sends at {@code now} has left its uplink. */
    long departure(int src, long now, int size) {
        double cost = upNanosPerByte[src];
        if (cost <= 0) {
            return now;
        }
        long departure = Math.max(now, upFreeAt[src]) + serialization(size, cost);
        upFreeAt[src] = departure;
        return departure;
    }

    /** True if {@code dst}'s downlink is limited, so arrivals queue there. */
    boolean limitsDownlink(int dst) {
        return downNanosPerByte[dst] > 0;
    }

    /** When a message of {@code size} bytes reaching {@code dst}'s downlink at {@code now} is through it. */
    long downlinkDone(int dst, long now, int size) {
        long done = Math.max(now, downFreeAt[dst]) + serialization(size, downNanosPerByte[dst]);
        downFreeAt[dst] = done;
        return done;
    }

    private static long serialization(int size, double nanosPerByte) {
        return (long) Math.ceil(size * nanosPerByte);
    }
}
