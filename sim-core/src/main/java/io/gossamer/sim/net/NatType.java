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

    /**
     * True if a node behind {@code this} can reach a node behind {@code other} with UDP hole
     * punching through a rendezvous (Ford, Srisuresh, Kegel 2005). A public end always works
     * (by connection reversal); a full cone or an address-restricted cone works with
     * anything; port-restricted cones work with each other; a symmetric NAT defeats a
     * port-restricted cone and another symmetric NAT, because its mapping changes per
     * destination.
     *
     * <pre>
     *                  OPEN  FULL  REST  PORT  SYMM
     * OPEN              y     y     y     y     y
     * FULL_CONE         y     y     y     y     y
     * RESTRICTED        y     y     y     y     y
     * PORT_RESTRICTED   y     y     y     y     n
     * SYMMETRIC         y     y     y     n     n
     * </pre>
     */
    public boolean canHolePunch(NatType other) {
        if (this == OPEN || other == OPEN || this == FULL_CONE || other == FULL_CONE
                || this == RESTRICTED || other == RESTRICTED) {
            return true;
        }
        return !(this == SYMMETRIC || other == SYMMETRIC);
    }
}
