package io.gossamer.kompics.examples;

import java.io.Serializable;
import se.sics.kompics.network.Address;
import se.sics.kompics.network.Header;
import se.sics.kompics.network.Transport;

/** A plain Kompics header. */
public record Hdr(Address source, Address destination, Transport protocol) implements Header<Address>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public Address getSource() {
        return source;
    }

    @Override
    public Address getDestination() {
        return destination;
    }

    @Override
    public Transport getProtocol() {
        return protocol;
    }
}
