package io.gossamer.protocols.pss;

import io.gossamer.sim.net.Address;

/**
 * A node as a peer sampling service knows it: its address (which says whether it is public)
 * and the age of the information, in shuffle rounds.
 *
 * @param address the node
 * @param age rounds since the node itself created this descriptor
 */
public record Descriptor(Address address, int age) {
    /** The same node, one round older. */
    public Descriptor older() {
        return new Descriptor(address, age + 1);
    }
}
