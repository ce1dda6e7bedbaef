package io.gossamer.protocols.flood;

import io.gossamer.protocols.broadcast.BroadcastPayload;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Transport;

/**
 * One copy of a flooded message as a node forwards it. Immutable: a node sends the same
 * object to all its neighbours.
 */
final class Flooded extends Message implements BroadcastPayload {
    final int id;
    final int origin;
    final long createdAt;
    final int hops;

    Flooded(Address forwarder, Transport transport, int id, int origin, long createdAt, int hops, int sizeBytes) {
        super(forwarder, Address.MULTICAST, transport, sizeBytes);
        this.id = id;
        this.origin = origin;
        this.createdAt = createdAt;
        this.hops = hops;
    }

    @Override
    public int payloadId(int i) {
        return id;
    }
}
