package io.gossamer.protocols.broadcast;

import io.gossamer.sim.core.PortType;

/**
 * The port of a dissemination protocol: ask it to broadcast a payload ({@link BroadcastRequest});
 * hear of each message it delivers here ({@link BroadcastDelivery}).
 */
public final class Broadcast extends PortType {
    /** Declares the request and the indication. */
    public Broadcast() {
        request(BroadcastRequest.class);
        indication(BroadcastDelivery.class);
    }
}
