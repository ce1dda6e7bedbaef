package io.gossamer.protocols.pss;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.NatType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A growable list of nodes as two primitive arrays (ids, NAT types), with a list's order:
 * appends at the end, removals shift the rest down. What WPSS keeps per node and per
 * decision (candidates for a link or a wormhole): a scan for a node reads one {@code int[]},
 * where a list of {@link Address} objects costs a pointer chase per entry, and adding a view
 * entry as a candidate makes no object. Nodes are told apart by id (a node has one address).
 */
class PeerList {
    private static final NatType[] NATS = NatType.values();

    int[] ids;
    byte[] nats;
    int size;

    PeerList(int capacity) {
        ids = new int[Math.max(capacity, 1)];
        nats = new byte[ids.length];
    }

    final int size() {
        return size;
    }

    final boolean isEmpty() {
        return size == 0;
    }

    final int id(int i) {
        return ids[i];
    }

    /** The NAT type of entry {@code i}, as its ordinal. */
    final byte nat(int i) {
        return nats[i];
    }

    final boolean isPublic(int i) {
        return nats[i] == NatType.OPEN.ordinal();
    }

    /** Entry {@code i} as an address (a new object). */
    final Address address(int i) {
        return new Address(ids[i], NATS[nats[i]]);
    }

    /** Index of node {@code id}, or -1. */
    final int indexOf(int id) {
        int[] v = ids;
        for (int i = 0; i < size; i++) {
            if (v[i] == id) {
                return i;
            }
        }
        return -1;
    }

    final boolean contains(int id) {
        return indexOf(id) >= 0;
    }

    /** Appends node {@code id} behind {@code nat}; returns its index. */
    int add(int id, byte nat) {
        if (size == ids.length) {
            grow();
        }
        ids[size] = id;
        nats[size] = nat;
        return size++;
    }

    final int add(Address a) {
        return add(a.id(), (byte) a.nat().ordinal());
    }

    /** Appends node {@code id} unless it is listed already. */
    final void addIfAbsent(int id, byte nat) {
        if (!contains(id)) {
            add(id, nat);
        }
    }

    /** The entries as new addresses, in order. */
    final List<Address> addresses() {
        List<Address> r = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            r.add(address(i));
        }
        return r;
    }

    /** Removes entry {@code i}, shifting the later ones down (the order stays). */
    void removeAt(int i) {
        int tail = size - i - 1;
        System.arraycopy(ids, i + 1, ids, i, tail);
        System.arraycopy(nats, i + 1, nats, i, tail);
        size--;
    }

    /** Removes node {@code id} if listed; true if it was. */
    final boolean remove(int id) {
        int at = indexOf(id);
        if (at < 0) {
            return false;
        }
        removeAt(at);
        return true;
    }

    final void clear() {
        size = 0;
    }

    void grow() {
        int n = ids.length * 2;
        ids = Arrays.copyOf(ids, n);
        nats = Arrays.copyOf(nats, n);
    }
}
