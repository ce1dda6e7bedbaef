package io.gossamer.scenarios.spi;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.LinkCapacity;

/** How one node class's nodes run a protocol: start a node, inject an application event. */
public interface NodeStack {
    /** Starts the node's components at {@code address} with its access link. */
    void start(Address address, LinkCapacity link);

    /**
     * Broadcasts a payload of {@code sizeBytes} from running node {@code node}.
     *
     * @throws UnsupportedOperationException if the protocol does not disseminate
     */
    default void broadcast(int node, int sizeBytes) {
        throw new UnsupportedOperationException("this protocol does not broadcast");
    }
}
