package io.gossamer.sim.net;

import io.gossamer.sim.random.RandomStream;
import io.gossamer.sim.random.RandomStreams;
import java.util.Arrays;

/**
 * Per-node message handling as single servers (see {@link ProcessingConfig}): when each server
 * is next free and each node's processing stream, in primitive arrays indexed by node id (one
 * server for all with a shared configuration). The network makes this only when handling
 * costs something, so a run without processing costs draws and schedules nothing more.
 */
final class NodeServers {
    private final ProcessingModel receive;
    private final ProcessingModel send;
    private final boolean shared;
    private final RandomStreams streams;
    private final RandomStream cursor = new RandomStream(0);
    private long[] freeAt = new long[1];
    private long[] stream = new long[0];
    private long busyNanos;

    NodeServers(ProcessingConfig config, RandomStreams streams) {
        this.receive = config.receive();
        this.send = config.send();
        this.shared = config.shared();
        this.streams = streams;
    }

    void resize(int n) {
        int old = stream.length;
        stream = Arrays.copyOf(stream, n);
        if (!shared) {
            freeAt = Arrays.copyOf(freeAt, n);
        }
        for (int i = old; i < n; i++) {
            stream[i] = streams.seed("net.processing", i);
        }
    }

    /** When a message reaching {@code node} at {@code now} has been handled: it waits for the work before it. */
    long received(int node, long now) {
        return serve(receive, node, now);
    }

    /** When a copy {@code node} sends at {@code now} may leave: it waits for the work before it. */
    long sent(int node, long now) {
        return send == ProcessingModel.NONE ? now : serve(send, node, now);
    }

    boolean chargesReceipts() {
        return receive != ProcessingModel.NONE;
    }

    private long serve(ProcessingModel model, int node, long now) {
        cursor.setState(stream[node]);
        long cost = model.cost(node, cursor);
        stream[node] = cursor.state();
        if (cost < 0) {
            throw new IllegalStateException("processing model " + model + " gave a negative cost: " + cost + "ns");
        }
        int server = shared ? 0 : node;
        long done = Math.max(now, freeAt[server]) + cost;
        freeAt[server] = done;
        busyNanos += cost;
        return done;
    }

    /** A node that restarts starts idle (what it had queued was lost with it). */
    void reset(int node) {
        if (!shared) {
            freeAt[node] = 0;
        }
    }

    /** Total handling time charged, over all nodes. */
    long busyNanos() {
        return busyNanos;
    }
}
