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

    /** Removes entry {@code i}; the last entry moves into its place. */
    void removeAt(int i) {
        int last = --size;
        ids[i] = ids[last];
        ages[i] = ages[last];
        nats[i] = nats[last];
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
        return draw(null, k, random);
    }

    /** {@code first} (a new descriptor, age 0) followed by {@link #draw(int, RandomStream) draw(k)}. */
    Descriptors drawWithFirst(Address first, int k, RandomStream random) {
        return draw(first, k, random);
    }

    private Descriptors draw(Address first, int k, RandomStream random) {
        int n = Math.min(Math.max(k, 0), size);
        int off = first == null ? 0 : 1;
        if (n + off == 0) {
            return Descriptors.NONE;
        }
        int[] outIds = new int[off + n];
        int[] outAges = new int[off + n];
        byte[] outNats = new byte[off + n];
        if (first != null) {
            outIds[0] = first.id();
            outNats[0] = (byte) first.nat().ordinal();
        }
        // The shuffle swaps the entries themselves (no array of positions to allocate) and
        // keeps each swap's other position in outAges; undoing the swaps in reverse order puts
        // the view back in its order, and position i still holds the i-th drawn entry when its
        // own swap is undone (later swaps only touch positions after it).
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(size - i);
            swap(i, j);
            outAges[off + i] = j;
        }
        for (int i = n - 1; i >= 0; i--) {
            int j = outAges[off + i];
            outIds[off + i] = ids[i];
            outAges[off + i] = ages[i];
            outNats[off + i] = nats[i];
            swap(i, j);
        }
        return new Descriptors(outIds, outAges, outNats);
    }

    private void swap(int i, int j) {
        int id = ids[i];
        ids[i] = ids[j];
        ids[j] = id;
        int age = ages[i];
        ages[i] = ages[j];
        ages[j] = age;
        byte nat = nats[i];
        nats[i] = nats[j];
        nats[j] = nat;
    }

    /**
     * Cyclon's merge: skips {@code self}; for a node already in the view keeps the younger
     * descriptor if {@code keepYounger} (else the entry in the view); fills empty slots; then
     * replaces entries that went to the other side ({@code sentAway}, in the order they were
     * sent); drops the rest.
     */
    void merge(Descriptors received, Descriptors sentAway, int self, boolean keepYounger) {
        merge(received, sentAway.ids(), sentAway.size(), self, keepYounger);
    }

    /** {@link #merge(Descriptors, Descriptors, int, boolean)} with what a node remembers it sent. */
    void merge(Descriptors received, SentIds sentAway, int self, boolean keepYounger) {
        merge(received, sentAway.ids(), sentAway.size(), self, keepYounger);
    }

    private void merge(Descriptors received, int[] sent, int sentCount, int self, boolean keepYounger) {
        // Only the sent entries still in the view when the merge begins may be replaced: a bit
        // per sent entry (a word covers the usual shuffle lengths without allocating).
        long inView = 0;
        long[] inViewWords = sentCount > 64 ? new long[(sentCount + 63) >>> 6] : null;
        for (int k = 0; k < sentCount; k++) {
            if (indexOf(sent[k]) >= 0) {
                if (inViewWords == null) {
                    inView |= 1L << k;
                } else {
                    inViewWords[k >>> 6] |= 1L << k;
                }
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
            while (slot < 0 && next < sentCount) {
                if (((inViewWords == null ? inView : inViewWords[next >>> 6]) >>> next & 1L) != 0) {
                    slot = indexOf(sent[next]);
                }
                next++;
            }
            if (slot < 0) {
                continue;
            }
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
