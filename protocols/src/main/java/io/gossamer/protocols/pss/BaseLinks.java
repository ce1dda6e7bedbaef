package io.gossamer.protocols.pss;

import io.gossamer.sim.net.Address;
import java.util.Arrays;

/**
 * WPSS's open base links in the order they appeared: per link the other end (a
 * {@link PeerList}), its last known base degree and whether this node opened it, all in
 * primitive arrays, plus a count of the links this node opened. A walk hop draws a link and
 * reads its degree, and every arriving walk looks its sender up: with a public node holding
 * tens of links, scanning one {@code int[]} instead of a list of link objects that point at
 * address objects is most of the difference at a million nodes, where none of those objects
 * is in a cache.
 */
final class BaseLinks extends PeerList {
    private int[] degrees;
    private boolean[] outgoing;
    private int opened;

    BaseLinks(int capacity) {
        super(capacity);
        degrees = new int[ids.length];
        outgoing = new boolean[ids.length];
    }

    /** Appends a link to {@code peer}; returns its index. */
    int add(Address peer, boolean mine, int degree) {
        int i = add(peer);
        degrees[i] = degree;
        outgoing[i] = mine;
        opened += mine ? 1 : 0;
        return i;
    }

    /** The last known base degree of link {@code i}'s other end. */
    int degree(int i) {
        return degrees[i];
    }

    void degree(int i, int degree) {
        degrees[i] = degree;
    }

    /** True if this node opened link {@code i}. */
    boolean isOutgoing(int i) {
        return outgoing[i];
    }

    /** Link {@code i} counts as opened by this node from now on. */
    void makeOutgoing(int i) {
        if (!outgoing[i]) {
            outgoing[i] = true;
            opened++;
        }
    }

    /** Links this node opened. */
    int outgoingCount() {
        return opened;
    }

    @Override
    int add(int id, byte nat) {
        int i = super.add(id, nat);
        degrees[i] = 0;
        outgoing[i] = false;
        return i;
    }

    @Override
    void removeAt(int i) {
        opened -= outgoing[i] ? 1 : 0;
        int tail = size - i - 1;
        System.arraycopy(degrees, i + 1, degrees, i, tail);
        System.arraycopy(outgoing, i + 1, outgoing, i, tail);
        super.removeAt(i);
    }

    @Override
    void grow() {
        super.grow();
        degrees = Arrays.copyOf(degrees, ids.length);
        outgoing = Arrays.copyOf(outgoing, ids.length);
    }
}
