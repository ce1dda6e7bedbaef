package io.gossamer.protocols.neighbours;

import io.gossamer.sim.net.Transport;

/**
 * What a dissemination protocol sends its copies over (its {@code transport} parameter).
 * The rule of {@link #AUTO}, the default: over connections when the neighbours are
 * connections the node holds ({@link Neighbours#connected()}: a bootstrap connection pool,
 * as the study's sockets were), as datagrams otherwise (a static overlay, all nodes, the
 * samples of a peer sampling service). A datagram that loss takes is gone; a copy lost on a
 * connection is resent after the retransmission timeout, so it arrives late.
 */
public enum TransportChoice {
    /** Connections over a bootstrap pool, datagrams over any other neighbour source. */
    AUTO,
    /** Always over connections (opened on demand when the neighbour source holds none). */
    STREAM,
    /** Always datagrams. */
    DATAGRAM;

    /** The transport for copies sent to {@code neighbours}. */
    public Transport over(Neighbours neighbours) {
        return switch (this) {
            case STREAM -> Transport.STREAM;
            case DATAGRAM -> Transport.DATAGRAM;
            case AUTO -> neighbours.connected() ? Transport.STREAM : Transport.DATAGRAM;
        };
    }

    /** The {@code @Parameter} documentation shared by the protocols that take this parameter. */
    public static final String DOC = "what copies travel over: stream (connections, loss delays them), datagram (loss"
            + " drops them), or auto (stream over neighbours: bootstrap pools, datagram otherwise)";
}
