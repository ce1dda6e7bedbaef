package io.gossamer.protocols.pss;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.NatType;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * An immutable list of descriptors kept as one {@code long[]} of packed entries, each
 * {@link Descriptor} made only when someone asks for it. What the services put in their
 * shuffle messages and hand out as samples: a shuffle copies one small array instead of
 * making two objects per descriptor that the receiver takes apart again at once.
 *
 * <p>An entry packs a descriptor into one {@code long} (see {@link #pack}): the node id in the
 * low 32 bits, the NAT type in the next 3 and the age, in rounds, in the top 29 (ages up to
 * {@value #MAX_AGE}, where ageing stops; more rounds than a run ever has). {@link BoundedView}
 * keeps its entries the same way, so a draw, a snapshot or a merge copies longs.
 */
final class Descriptors extends AbstractList<Descriptor> implements RandomAccess {
    private static final NatType[] NATS = NatType.values();
    private static final int NAT_SHIFT = 32;
    private static final int AGE_SHIFT = 35;
    /** The largest age an entry holds. */
    static final int MAX_AGE = (1 << 29) - 1;
    /** Added to an entry to age it by one round. */
    static final long ONE_ROUND = 1L << AGE_SHIFT;
    /** No descriptors. */
    static final Descriptors NONE = new Descriptors(new long[0]);

    private final long[] entries;

    /** Takes the array as it is: the caller hands over a copy no one else holds. */
    Descriptors(long[] entries) {
        this.entries = entries;
    }

    // ---------------------------------------------------------------- packed entries

    /** The entry of node {@code address} at {@code age} (0 to {@value #MAX_AGE}). */
    static long pack(Address address, int age) {
        if (age < 0 || age > MAX_AGE) {
            throw new IllegalArgumentException("descriptor age out of range [0, " + MAX_AGE + "]: " + age);
        }
        return (address.id() & 0xFFFFFFFFL) | ((long) address.nat().ordinal() << NAT_SHIFT) | ((long) age << AGE_SHIFT);
    }

    static long pack(Descriptor d) {
        return pack(d.address(), d.age());
    }

    static int idOf(long entry) {
        return (int) entry;
    }

    /** The NAT type's ordinal. */
    static byte natOf(long entry) {
        return (byte) ((entry >>> NAT_SHIFT) & 0x7);
    }

    static int ageOf(long entry) {
        return (int) (entry >>> AGE_SHIFT);
    }

    static Address addressOf(long entry) {
        return new Address((int) entry, NATS[(int) (entry >>> NAT_SHIFT) & 0x7]);
    }

    static Descriptor descriptorOf(long entry) {
        return new Descriptor(addressOf(entry), ageOf(entry));
    }

    // ---------------------------------------------------------------- the list

    @Override
    public Descriptor get(int i) {
        return descriptorOf(entries[i]);
    }

    @Override
    public int size() {
        return entries.length;
    }

    int id(int i) {
        return (int) entries[i];
    }

    int age(int i) {
        return ageOf(entries[i]);
    }

    long entry(int i) {
        return entries[i];
    }

    /** The array itself (not a copy: read, never write). */
    long[] entries() {
        return entries;
    }

    /** These descriptors with {@code d} in front. */
    Descriptors withFirst(Descriptor d) {
        long[] e = new long[entries.length + 1];
        System.arraycopy(entries, 0, e, 1, entries.length);
        e[0] = pack(d);
        return new Descriptors(e);
    }

    /** These descriptors with {@code d} at the end. */
    Descriptors withLast(Descriptor d) {
        long[] e = Arrays.copyOf(entries, entries.length + 1);
        e[entries.length] = pack(d);
        return new Descriptors(e);
    }

    /** These descriptors followed by {@code more}. */
    Descriptors followedBy(Descriptors more) {
        long[] e = Arrays.copyOf(entries, entries.length + more.entries.length);
        System.arraycopy(more.entries, 0, e, entries.length, more.entries.length);
        return new Descriptors(e);
    }
}
