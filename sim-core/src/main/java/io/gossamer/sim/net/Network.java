package io.gossamer.sim.net;

import io.gossamer.sim.core.PortType;

/**
 * The network port: send {@link Message}s (to their destination) and {@link Multicast}s;
 * receive messages. In a simulation it is provided by {@link SimNetwork}.
 */
public final class Network extends PortType {
    /** Declares sends as requests and received messages as indications. */
    public Network() {
        request(Message.class);
        request(Multicast.class);
        indication(Message.class);
    }
}
