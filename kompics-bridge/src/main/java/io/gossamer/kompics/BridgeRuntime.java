package io.gossamer.kompics;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.LinkCapacity;
import java.util.Map;

/**
 * The Kompics runtime of one run, as seen from outside its class loader. Only JDK and sim-core
 * types cross this boundary, since Kompics and the user's components are loaded anew for each
 * run (see {@link KompicsBridge}).
 */
public interface BridgeRuntime extends AutoCloseable {

    /**
     * Starts a Kompics node at {@code address}: a Gossamer node whose Kompics component tree
     * comes from the user's {@code KompicsNodeFactory} for these parameters.
     *
     * @param link the node's access link, or {@code null} for the network's default
     */
    void start(Address address, LinkCapacity link, Map<String, Object> params);

    /** Kompics component executions so far (each runs up to Kompics' batch of events). */
    long executions();

    /** Kompics nodes created so far. */
    int nodesCreated();

    /** Drops the runtime's per-thread state; the run's class loader can then be collected. */
    @Override
    void close();
}
