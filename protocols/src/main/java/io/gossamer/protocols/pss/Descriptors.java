package io.gossamer.protocols.pss;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.NatType;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * An immutable list of descriptors kept as three primitive arrays (node ids, ages, NAT types),
 * each {@link Descriptor} made only when someone asks for it. What the services put in their
 * shuffle messages and hand out as samples: a shuffle copies a few small arrays instead of
 * making two objects per descriptor that the receiver takes apart again at once.
 */
final class Descriptors extends AbstractList<Descriptor> implements RandomAccess {
    private static final NatType[] NATS = NatType.values();
    /** No descriptors. */
    static final Descriptors NONE = new Descriptors(new int[0], new int[0], new byte[0]);

    private final int[] ids;
    private final int[] ages;
    private final byte[] nats;

    /** Takes the arrays as they are: the caller hands over copies no one else holds. */
    Descriptors(int[] ids, int[] ages, byte[] nats) {
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

    int id(int i) {
        return ids[i];
    }

    /** The ids themselves (not a copy: read, never write). */
    int[] ids() {
        return ids;
    }

    int age(int i) {
        return ages[i];
    }

    byte nat(int i) {
        return nats[i];
    }

    /** These descriptors with {@code d} in front. */
    Descriptors withFirst(Descriptor d) {
        int n = ids.length;
        int[] i2 = new int[n + 1];
        int[] a2 = new int[n + 1];
        byte[] n2 = new byte[n + 1];
        System.arraycopy(ids, 0, i2, 1, n);
        System.arraycopy(ages, 0, a2, 1, n);
        System.arraycopy(nats, 0, n2, 1, n);
        i2[0] = d.address().id();
        a2[0] = d.age();
        n2[0] = (byte) d.address().nat().ordinal();
        return new Descriptors(i2, a2, n2);
    }

    /** These descriptors with {@code d} at the end. */
    Descriptors withLast(Descriptor d) {
        int n = ids.length;
        int[] i2 = Arrays.copyOf(ids, n + 1);
        int[] a2 = Arrays.copyOf(ages, n + 1);
        byte[] n2 = Arrays.copyOf(nats, n + 1);
        i2[n] = d.address().id();
        a2[n] = d.age();
        n2[n] = (byte) d.address().nat().ordinal();
        return new Descriptors(i2, a2, n2);
    }

    /** These descriptors followed by {@code more}. */
    Descriptors followedBy(Descriptors more) {
        int n = ids.length;
        int m = more.ids.length;
        int[] i2 = Arrays.copyOf(ids, n + m);
        int[] a2 = Arrays.copyOf(ages, n + m);
        byte[] n2 = Arrays.copyOf(nats, n + m);
        System.arraycopy(more.ids, 0, i2, n, m);
        System.arraycopy(more.ages, 0, a2, n, m);
        System.arraycopy(more.nats, 0, n2, n, m);
        return new Descriptors(i2, a2, n2);
    }
}
