package io.gossamer.protocols.pss;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.NatType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * WPSS's open base links in the order they appeared (appends at the end, removals shift the
 * rest down): per link the other end's id and NAT type, its last known base degree and
 * whether this node opened it, all packed in one {@code long} of one array, plus a count of
 * the links this node opened. A walk hop draws a link and reads its degree and address, and
 * every arriving walk looks its sender up: at a million nodes none of this is in a cache, and
 * one array is one miss where an array per field was one each.
 */
final class BaseLinks {
    private static final NatType[] NATS = NatType.values();
    private static final int NAT_SHIFT = 32;
    private static final long OUTGOING = 1L << 36;
    private static final int DEGREE_SHIFT = 37;
    /** The largest degree kept (27 bits; a node's degree is below the run's node count). */
    private static final int MAX_DEGREE = (1 << 27) - 1;

    private long[] links;
    private int size;
    private int opened;

    BaseLinks(int capacity) {
        links = new long[Math.max(capacity, 1)];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The other end of link {@code i}. */
    int id(int i) {
        return (int) links[i];
    }

    /** The NAT type of link {@code i}'s other end, as its ordinal. */
    byte nat(int i) {
        return (byte) (links[i] >>> NAT_SHIFT & 0xF);
    }

    boolean isPublic(int i) {
        return nat(i) == NatType.OPEN.ordinal();
    }

    /** Link {@code i}'s other end as an address (a new object). */
    Address address(int i) {
        return new Address(id(i), NATS[nat(i)]);
    }

    /** The last known base degree of link {@code i}'s other end. */
    int degree(int i) {
        return (int) (links[i] >>> DEGREE_SHIFT);
    }

    void degree(int i, int degree) {
        links[i] = links[i] & ((1L << DEGREE_SHIFT) - 1) | (long) Math.min(Math.max(degree, 0), MAX_DEGREE) << DEGREE_SHIFT;
    }

    /** True if this node opened link {@code i}. */
    boolean isOutgoing(int i) {
        return (links[i] & OUTGOING) != 0;
    }

    /** Link {@code i} counts as opened by this node from now on. */
    void makeOutgoing(int i) {
        if (!isOutgoing(i)) {
            links[i] |= OUTGOING;
            opened++;
        }
    }

    /** Links this node opened. */
    int outgoingCount() {
        return opened;
    }

    /** Index of the link to node {@code id}, or -1. */
    int indexOf(int id) {
        long[] l = links;
        for (int i = 0; i < size; i++) {
            if ((int) l[i] == id) {
                return i;
            }
        }
        return -1;
    }

    boolean contains(int id) {
        return indexOf(id) >= 0;
    }

    /** Appends a link to {@code peer}; returns its index. */
    int add(Address peer, boolean mine, int degree) {
        if (size == links.length) {
            links = Arrays.copyOf(links, size * 2);
        }
        links[size] = peer.id() & 0xFFFFFFFFL | (long) peer.nat().ordinal() << NAT_SHIFT | (mine ? OUTGOING : 0);
        degree(size, degree);
        opened += mine ? 1 : 0;
        return size++;
    }

    /** Removes link {@code i}, shifting the later ones down (the order stays). */
    void removeAt(int i) {
        opened -= isOutgoing(i) ? 1 : 0;
        System.arraycopy(links, i + 1, links, i, size - i - 1);
        size--;
    }

    /** The other ends as new addresses, in order. */
    List<Address> addresses() {
        List<Address> r = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            r.add(address(i));
        }
        return r;
    }
}
