package io.gossamer.protocols.bootstrap;

import io.gossamer.sim.net.Address;

/**
 * The address of a node others are configured with (a broker, a bootstrap server), like a
 * well-known host name: set when that node starts, read by the nodes that contact it. One
 * per role and run.
 */
public final class WellKnownAddress {
    private final String role;
    private Address address;

    /** An address not known yet, for the given role (used in messages). */
    public WellKnownAddress(String role) {
        this.role = role;
    }

    /** The address, or null before the node started. */
    public Address get() {
        return address;
    }

    /** Records the node's address. */
    public void register(Address node) {
        if (address != null && address.id() != node.id()) {
            throw new IllegalStateException("a second " + role + " (node " + node.id() + ") would replace node " + address.id()
                    + "; a scenario has one " + role + " node");
        }
        address = node;
    }
}
