package io.gossamer.scenarios.spi;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.LinkCapacity;

/**
 * How one node class's nodes run a protocol: start a node. Applications reach a running node
 * only through the ports its components provide ({@link io.gossamer.sim.node.NodeHost#inject}).
 */
@FunctionalInterface
public interface NodeStack {
    /** Starts the node's components at {@code address} with its access link (null: the network's default). */
    void start(Address address, LinkCapacity link);
}
