package io.gossamer.sim.net;

import io.gossamer.sim.core.PortType;

/**
 * The network port: send {@link Message}s (to their destination) and {@link Multicast}s;
 * receive messages. Open and close connections ({@link Connect}, {@link Disconnect}) and
 * learn about them ({@link ConnectionEvent}); a {@link Transport#STREAM} message travels over
 * the connection between its ends, opened on demand. In a simulation it is provided by {@link SimNetwork}.
 */
public final class Network extends PortType {
    /** Declares sends as requests and received messages as indications. */
    public Network() {
        request(Message.class);
        request(Multicast.class);
        request(Connect.class);
        request(Disconnect.class);
        indication(Message.class);
        indication(ConnectionEvent.class);
    }
}
