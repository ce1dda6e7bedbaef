package io.gossamer.protocols.flood;

import io.gossamer.protocols.broadcast.BroadcastPayload;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Transport;

/**
 * One copy of a flooded message as a node forwards it. Immutable: a node sends the same
 * object to all its neighbours, and what never changes along the way ({@link Origin}) is one
 * object for all the copies of a message, so a forwarding node adds only its own 40 bytes.
 */
final class Flooded extends Message implements BroadcastPayload {
    final Origin origin;
    final int hops;

    /**
     * Where and when a message was broadcast.
     *
     * @param id the message id
     * @param node the node that broadcast it
     * @param createdAt when (virtual ns)
     */
    record Origin(int id, int node, long createdAt) {
    }

    Flooded(Address forwarder, Transport transport, Origin origin, int hops, int sizeBytes) {
        super(forwarder, Address.MULTICAST, transport, sizeBytes);
        this.origin = origin;
        this.hops = hops;
    }

    @Override
    public int payloadId(int i) {
        return origin.id();
    }
}
