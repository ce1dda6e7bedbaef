package io.gossamer.sim.net;

/** How a message travels. */
public enum Transport {
    /** Unreliable datagrams (the default). */
    DATAGRAM,
    /** Over an open connection (the connection-oriented transport). */
    STREAM
}
