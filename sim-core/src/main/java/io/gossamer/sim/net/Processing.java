package io.gossamer.sim.net;

import io.gossamer.sim.random.RandomStream;
import io.gossamer.sim.random.RandomStreams;
import java.util.Arrays;

/**
 * Per-node message handling as a single server (see {@link ProcessingModel}): when each node
 * is next free and its processing stream, in primitive arrays indexed by node id. The network
 * makes this only when the model is not {@link ProcessingModel#NONE}, so a run without a
 * processing cost draws nothing more and schedules nothing more.
 */
final class Processing {
    private final ProcessingModel model;
    private final RandomStreams streams;
    private final RandomStream cursor = new RandomStream(0);
    private long[] freeAt = new long[0];
    private long[] stream = new long[0];
    private long busyNanos;
    private long handled;

    Processing(ProcessingModel model, RandomStreams streams, int nodes) {
        this.model = model;
        this.streams = streams;
        resize(nodes);
    }

    void resize(int n) {
        int old = freeAt.length;
        freeAt = Arrays.copyOf(freeAt, n);
        stream = Arrays.copyOf(stream, n);
        for (int i = old; i < n; i++) {
            stream[i] = streams.seed("net.processing", i);
        }
    }

    /** When a message reaching {@code node} at {@code now} has been handled: it waits for the ones before it. */
    long done(int node, long now) {
        cursor.setState(stream[node]);
        long cost = model.cost(node, cursor);
        stream[node] = cursor.state();
        if (cost < 0) {
            throw new IllegalStateException("processing model " + model + " gave a negative cost: " + cost + "ns");
        }
        long done = Math.max(now, freeAt[node]) + cost;
        freeAt[node] = done;
        busyNanos += cost;
        handled++;
        return done;
    }

    /** A node that restarts starts idle (what it had queued was lost with it). */
    void reset(int node) {
        freeAt[node] = 0;
    }

    /** Total handling time charged, over all nodes. */
    long busyNanos() {
        return busyNanos;
    }

    /** Messages charged, over all nodes. */
    long handled() {
        return handled;
    }
}
