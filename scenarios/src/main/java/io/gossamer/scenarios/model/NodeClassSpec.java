package io.gossamer.scenarios.model;

import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.ProtocolProvider;
import io.gossamer.sim.net.LinkCapacity;
import io.gossamer.sim.net.NatType;

/**
 * A kind of node (e.g. phones, laptops).
 *
 * @param name the class name
 * @param count nodes of this class started at time 0
 * @param share this class's share of nodes joined without a class
 * @param publicShare share of its nodes that are public (the others sit behind {@code nat})
 * @param nat the NAT type of its private nodes
 * @param link its nodes' access link
 * @param accessLatency one-way delay its nodes add to every message they send or receive
 * @param protocol the protocol stack
 * @param protocolParams the stack's parameters
 */
public record NodeClassSpec(String name, int count, double share, double publicShare, NatType nat, LinkCapacity link,
        long accessLatency, ProtocolProvider protocol, Params protocolParams) {
}
