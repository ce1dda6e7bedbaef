package io.gossamer.protocols.gossip;

import io.gossamer.protocols.broadcast.BroadcastPayload;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Transport;

/**
 * One rumour as a node forwards it once (random walk, infect-and-die). Immutable: the node
 * sends the same object to every peer it picked.
 */
final class RumourCopy extends Message implements BroadcastPayload {
    final Rumour rumour;
    /** Hops travelled when this copy arrives (1 for the origin's own sends). */
    final int hops;

    RumourCopy(Address forwarder, Transport transport, Rumour rumour, int hops, int headerBytes) {
        super(forwarder, Address.MULTICAST, transport, rumour.sizeBytes() + headerBytes);
        this.rumour = rumour;
        this.hops = hops;
    }

    @Override
    public int payloadId(int i) {
        return rumour.id();
    }
}
