package io.gossamer.protocols.pss;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.NatType;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An immutable copy of a view's entries, as a list of descriptors made on demand: a service
 * hands its view out every round, and this copies three small primitive arrays instead of
 * making two objects per entry that most listeners never look at.
 */
final class ViewSnapshot extends AbstractList<Descriptor> implements RandomAccess {
    private static final NatType[] NATS = NatType.values();

    private final int[] ids;
    private final int[] ages;
    private final byte[] nats;

    /** Takes the arrays as they are: the caller hands over copies no one else holds. */
    ViewSnapshot(int[] ids, int[] ages, byte[] nats) {
        this.ids = ids;
        this.ages = ages;
        this.nats = nats;
    }

    @Override
    public Descriptor get(int i) {
        return new Descriptor(new Address(ids[i], NATS[nats[i]]), ages[i]);
    }

    @Override
    public int size() {
        return ids.length;
    }
}
