package io.gossamer.kompics.runtime;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Transport;
import se.sics.kompics.network.Msg;

/** A Kompics message on Gossamer's network, with the size the user's sizer gave it. */
final class Envelope extends Message {
    final Msg<?, ?> msg;

    Envelope(Address source, Address destination, Transport transport, int sizeBytes, Msg<?, ?> msg) {
        super(source, destination, transport, sizeBytes);
        this.msg = msg;
    }

    @Override
    public String toString() {
        return "Kompics " + msg;
    }
}
