package io.gossamer.protocols.pss;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.NatType;
import io.gossamer.sim.random.RandomStream;
import java.util.Arrays;

/**
 * A view of at most {@code capacity} descriptors, one per node id (insertion order kept until a
 * removal moves the last entry into the hole), and the operations the services share: ageing,
 * the oldest entry, random draws, Cyclon's swap merge and insertion with eviction of the oldest.
 *
 * <p>The entries live in three parallel primitive arrays (node ids, ages, NAT types) rather
 * than as {@link Descriptor} objects: a lookup scans one contiguous {@code int[]} instead of
 * chasing two pointers per entry, ageing a view is a loop of increments instead of a new object
 * per entry, and updating a view stores no reference, so the garbage collector has no card to
 * rescan for it. With a million views this is where a peer sampling run spends its time and
 * memory. {@link Descriptor}s are made only where they leave the view (messages, samples,
 * metrics).
 */
final class BoundedView {
    private static final NatType[] NATS = NatType.values();

    private final int[] ids;
    private final int[] ages;
    private final byte[] nats;
    private int size;

    BoundedView(int capacity) {
        ids = new int[capacity];
        ages = new int[capacity];
        nats = new byte[capacity];
    }

    int size() {
        return size;
    }

    int capacity() {
        return ids.length;
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean isFull() {
        return size == ids.length;
    }

    /** Entry {@code i} as a descriptor (a new object). */
    Descriptor get(int i) {
        return new Descriptor(address(i), ages[i]);
    }

    /** The node of entry {@code i} (a new address object). */
    Address address(int i) {
        return new Address(ids[i], NATS[nats[i]]);
    }

    /** The age of entry {@code i}, in rounds. */
    int age(int i) {
        return ages[i];
    }

    /** Index of node {@code id}, or -1. */
    int indexOf(int id) {
        int[] v = ids;
        for (int i = 0; i < size; i++) {
            if (v[i] == id) {
                return i;
            }
        }
        return -1;
    }

    /** Adds {@code d} if its node is not in the view and there is room; true if added. */
    boolean addIfRoom(Descriptor d) {
        if (size == ids.length || indexOf(d.address().id()) >= 0) {
            return false;
        }
        put(size++, d);
        return true;
    }

    Descriptor removeAt(int i) {
        Descriptor d = get(i);
        int last = --size;
        ids[i] = ids[last];
        ages[i] = ages[last];
        nats[i] = nats[last];
        return d;
    }

    /** Adds one round to every age. */
    void ageAll() {
        int[] a = ages;
        for (int i = 0; i < size; i++) {
            a[i]++;
        }
    }

    /** Index of the oldest entry (the first of equals), or -1 if empty. */
    int oldest() {
        int at = -1;
        for (int i = 0; i < size; i++) {
            if (at < 0 || ages[i] > ages[at]) {
                at = i;
            }
        }
        return at;
    }

    /**
     * Up to {@code k} distinct entries drawn uniformly: the first {@code k} positions of a
     * partial Fisher-Yates shuffle of the entries' positions.
     */
    Descriptors draw(int k, RandomStream random) {
        int n = Math.min(Math.max(k, 0), size);
        if (n == 0) {
            return Descriptors.NONE;
        }
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        int[] outIds = new int[n];
        int[] outAges = new int[n];
        byte[] outNats = new byte[n];
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(size - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            outIds[i] = ids[order[i]];
            outAges[i] = ages[order[i]];
            outNats[i] = nats[order[i]];
        }
        return new Descriptors(outIds, outAges, outNats);
    }

    /**
     * Cyclon's merge: skips {@code self}; for a node already in the view keeps the younger
     * descriptor if {@code keepYounger} (else the entry in the view); fills empty slots; then
     * replaces entries that went to the other side ({@code sentAway}, in the order they were
     * sent); drops the rest.
     */
    void merge(Descriptors received, Descriptors sentAway, int self, boolean keepYounger) {
        int[] replaceable = new int[sentAway.size()];
        int replaceables = 0;
        for (int k = 0; k < sentAway.size(); k++) {
            int id = sentAway.id(k);
            if (indexOf(id) >= 0) {
                replaceable[replaceables++] = id;
            }
        }
        int next = 0;
        for (int k = 0; k < received.size(); k++) {
            int id = received.id(k);
            if (id == self) {
                continue;
            }
            int at = indexOf(id);
            if (at >= 0) {
                if (keepYounger && received.age(k) < ages[at]) {
                    put(at, received, k);
                }
                continue;
            }
            if (size < ids.length) {
                put(size++, received, k);
                continue;
            }
            int slot = -1;
            while (next < replaceables && (slot = indexOf(replaceable[next])) < 0) {
                next++;
            }
            if (next == replaceables) {
                continue;
            }
            next++;
            put(slot, received, k);
        }
    }

    /**
     * WPSS's insertion: a node already in the view keeps the younger descriptor; otherwise the
     * descriptor takes a free slot or evicts the oldest entry if it is younger than that one.
     */
    void insertEvictingOldest(Descriptor d, int self) {
        int id = d.address().id();
        if (id == self) {
            return;
        }
        int at = indexOf(id);
        if (at >= 0) {
            if (d.age() < ages[at]) {
                put(at, d);
            }
            return;
        }
        if (size < ids.length) {
            put(size++, d);
            return;
        }
        int oldest = oldest();
        if (ages[oldest] > d.age()) {
            put(oldest, d);
        }
    }

    /** An immutable copy of the entries, in view order. */
    Descriptors snapshot() {
        return new Descriptors(Arrays.copyOf(ids, size), Arrays.copyOf(ages, size), Arrays.copyOf(nats, size));
    }

    /** The entries as new descriptors, in view order. */
    Descriptor[] toArray() {
        Descriptor[] out = new Descriptor[size];
        for (int i = 0; i < size; i++) {
            out[i] = get(i);
        }
        return out;
    }

    private void put(int i, Descriptors from, int k) {
        ids[i] = from.id(k);
        ages[i] = from.age(k);
        nats[i] = from.nat(k);
    }

    private void put(int i, Descriptor d) {
        ids[i] = d.address().id();
        ages[i] = d.age();
        nats[i] = (byte) d.address().nat().ordinal();
    }
}
