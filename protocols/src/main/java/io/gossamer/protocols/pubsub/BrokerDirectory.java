package io.gossamer.protocols.pubsub;

import io.gossamer.sim.net.Address;

/**
 * Where subscribers find the broker: the address a client is configured with. One per run,
 * set when the broker node starts (like a well-known host name).
 */
public final class BrokerDirectory {
    private Address broker;

    /** The broker's address, or null before it started. */
    public Address broker() {
        return broker;
    }

    /** Records the broker's address. */
    public void register(Address address) {
        if (broker != null && broker.id() != address.id()) {
            throw new IllegalStateException("a second broker (node " + address.id() + ") would replace node " + broker.id()
                    + "; a scenario has one broker node");
        }
        broker = address;
    }
}
