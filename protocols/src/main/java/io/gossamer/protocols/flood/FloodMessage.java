package io.gossamer.protocols.flood;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;

/** A flooded payload as forwarded by one node: its id, creation time and hops so far. */
public final class FloodMessage extends Message {
    private final long id;
    private final long createdAt;
    private final int hops;

    /** A copy of message {@code id} forwarded by {@code forwarder} after {@code hops} hops. */
    public FloodMessage(Address forwarder, long id, long createdAt, int hops, int sizeBytes) {
        super(forwarder, Address.MULTICAST, sizeBytes);
        this.id = id;
        this.createdAt = createdAt;
        this.hops = hops;
    }

    /** Message id. */
    public long id() {
        return id;
    }

    /** Virtual time the origin created it. */
    public long createdAt() {
        return createdAt;
    }

    /** Hops travelled when this copy arrives (1 for the origin's own sends). */
    public int hops() {
        return hops;
    }
}
