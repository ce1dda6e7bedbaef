package io.gossamer.sim.net;

/**
 * The address of a simulated node: its id (dense, from 0) and how it is reachable.
 *
 * @param id the node id
 * @param nat the node's NAT type ({@link NatType#OPEN} for public nodes)
 */
public record Address(int id, NatType nat) {

    /** Destination of messages sent with {@link Multicast}: each receiver is a destination. */
    public static final Address MULTICAST = new Address(-1, NatType.OPEN);

    /** Validates the id. */
    public Address {
        if (id < -1) {
            throw new IllegalArgumentException("node ids are not negative: " + id);
        }
        if (nat == null) {
            throw new IllegalArgumentException("nat type is required");
        }
    }

    /** A public node's address. */
    public static Address of(int id) {
        return new Address(id, NatType.OPEN);
    }

    /** True if the node is public. */
    public boolean isPublic() {
        return nat.isPublic();
    }

    @Override
    public String toString() {
        return id == -1 ? "multicast" : (nat == NatType.OPEN ? "n" + id : "n" + id + "/" + nat);
    }
}
