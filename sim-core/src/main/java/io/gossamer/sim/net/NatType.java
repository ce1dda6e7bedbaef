package io.gossamer.sim.net;

/**
 * How a node is reachable. {@link #OPEN} nodes are public; the others sit behind a NAT of the
 * given kind. The connection rules between kinds are applied by the NAT-aware transport.
 */
public enum NatType {
    /** Public: accepts unsolicited traffic. */
    OPEN,
    /** Full-cone NAT. */
    FULL_CONE,
    /** Address-restricted cone NAT. */
    RESTRICTED,
    /** Port-restricted cone NAT. */
    PORT_RESTRICTED,
    /** Symmetric NAT. */
    SYMMETRIC;

    /** True for public nodes. */
    public boolean isPublic() {
        return this == OPEN;
    }
}
