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
 * <p>The entries live in one {@code long[]}, each a descriptor packed as {@link Descriptors}
 * packs them (node id, NAT type and age in one word), rather than as {@link Descriptor}
 * objects: a lookup scans one contiguous array instead of chasing two pointers per entry,
 * ageing a view is a loop of additions instead of a new object per entry, a draw or a snapshot
 * copies words, and updating a view stores no reference, so the garbage collector has no card
 * to rescan for it. With a million views this is where a peer sampling run spends its time and
 * memory. {@link Descriptor}s are made only where they leave the view (messages, samples,
 * metrics).
 *
 * <p>A view made {@linkplain #BoundedView(int, int) with room for what a shuffle sent} keeps
 * those descriptors too ({@link #keepSent}, {@link #mergeWithSent}), in the same array after
 * the entries: a Cyclon round and the reply to it then read one object and a few adjacent
 * lines for both, where two objects and two arrays were four places in memory (in a large run
 * each a cache miss per step).
 */
final class BoundedView {
    /** The view's entries in {@code [0, size)}, what was sent in {@code [capacity, capacity + sentSize)}. */
    private static final long[] NO_ENTRIES = new long[0];

    private final long[] entries;
    private final int capacity;
    private int size;
    private int sentSize;

    BoundedView(int capacity) {
        this(capacity, 0);
    }

    /** A view of at most {@code capacity} entries that can also keep up to {@code sentRoom} sent descriptors. */
    BoundedView(int capacity, int sentRoom) {
        this.entries = new long[capacity + sentRoom];
        this.capacity = capacity;
    }

    int size() {
        return size;
    }

    int capacity() {
        return capacity;
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean isFull() {
        return size == capacity;
    }

    /** Entry {@code i} as a descriptor (a new object). */
    Descriptor get(int i) {
        return Descriptors.descriptorOf(entries[i]);
    }

    /** The node of entry {@code i} (a new address object). */
    Address address(int i) {
        return Descriptors.addressOf(entries[i]);
    }

    /** The node id of entry {@code i}. */
    int id(int i) {
        return Descriptors.idOf(entries[i]);
    }

    /** The NAT type of entry {@code i}, as its ordinal. */
    byte nat(int i) {
        return Descriptors.natOf(entries[i]);
    }

    /** True if entry {@code i} is a public node. */
    boolean isPublic(int i) {
        return nat(i) == NatType.OPEN.ordinal();
    }

    /** The age of entry {@code i}, in rounds. */
    int age(int i) {
        return Descriptors.ageOf(entries[i]);
    }

    /** Index of node {@code id}, or -1. */
    int indexOf(int id) {
        long[] e = entries;
        for (int i = 0; i < size; i++) {
            if ((int) e[i] == id) {
                return i;
            }
        }
        return -1;
    }

    /** Adds {@code d} if its node is not in the view and there is room; true if added. */
    boolean addIfRoom(Descriptor d) {
        if (size == capacity || indexOf(d.address().id()) >= 0) {
            return false;
        }
        entries[size++] = Descriptors.pack(d);
        return true;
    }

    /** Removes entry {@code i}; the last entry moves into its place. */
    void removeAt(int i) {
        entries[i] = entries[--size];
    }

    /** Adds one round to every age (an age at {@link Descriptors#MAX_AGE} stays there). */
    void ageAll() {
        long[] e = entries;
        for (int i = 0; i < size; i++) {
            if (Descriptors.ageOf(e[i]) < Descriptors.MAX_AGE) {
                e[i] += Descriptors.ONE_ROUND;
            }
        }
    }

    /** Index of the oldest entry (the first of equals), or -1 if empty. */
    int oldest() {
        int at = -1;
        int max = -1;
        for (int i = 0; i < size; i++) {
            int age = Descriptors.ageOf(entries[i]);
            if (age > max) {
                at = i;
                max = age;
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
        long[] out = drawEntries(first, k, random);
        return out.length == 0 ? Descriptors.NONE : new Descriptors(out);
    }

    /**
     * {@link #drawWithFirst} (or {@link #draw(int, RandomStream)} if {@code first} is null) as
     * packed entries, a new array: what a message carries without a {@link Descriptors} around
     * it, one object less for the receiver to reach.
     */
    long[] drawEntries(Address first, int k, RandomStream random) {
        int n = Math.min(Math.max(k, 0), size);
        int off = first == null ? 0 : 1;
        if (n + off == 0) {
            return NO_ENTRIES;
        }
        long[] out = new long[off + n];
        if (first != null) {
            out[0] = Descriptors.pack(first, 0);
        }
        // The shuffle swaps the entries themselves (no array of positions to allocate) and
        // keeps each swap's other position in the output; undoing the swaps in reverse order
        // puts the view back in its order, and position i still holds the i-th drawn entry
        // when its own swap is undone (later swaps only touch positions after it).
        long[] e = entries;
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(size - i);
            long t = e[i];
            e[i] = e[j];
            e[j] = t;
            out[off + i] = j;
        }
        for (int i = n - 1; i >= 0; i--) {
            int j = (int) out[off + i];
            long drawn = e[i];
            out[off + i] = drawn;
            e[i] = e[j];
            e[j] = drawn;
        }
        return out;
    }

    /**
     * Cyclon's merge: skips {@code self}; for a node already in the view keeps the younger
     * descriptor if {@code keepYounger} (else the entry in the view); fills empty slots; then
     * replaces entries that went to the other side ({@code sentAway}, in the order they were
     * sent); drops the rest.
     */
    void merge(Descriptors received, Descriptors sentAway, int self, boolean keepYounger) {
        merge(received.entries(), sentAway.entries(), 0, sentAway.size(), self, keepYounger);
    }

    /** {@link #merge(Descriptors, Descriptors, int, boolean)} of packed entries. */
    void merge(long[] received, long[] sentAway, int self, boolean keepYounger) {
        merge(received, sentAway, 0, sentAway.length, self, keepYounger);
    }

    /** {@link #merge(Descriptors, Descriptors, int, boolean)} with what a node remembers it sent. */
    void merge(Descriptors received, SentDescriptors sentAway, int self, boolean keepYounger) {
        merge(received.entries(), sentAway.entries(), 0, sentAway.size(), self, keepYounger);
    }

    /**
     * Keeps {@code sent} from position {@code from} on as what this node's shuffle sent,
     * replacing what was kept (the view must have been made with room for it).
     */
    void keepSent(Descriptors sent, int from) {
        keepSent(sent.entries(), from);
    }

    /** {@link #keepSent(Descriptors, int)} of packed entries. */
    void keepSent(long[] sent, int from) {
        int n = sent.length - from;
        if (n > entries.length - capacity) {
            throw new IllegalArgumentException("room for " + (entries.length - capacity) + " sent descriptors, not " + n);
        }
        System.arraycopy(sent, from, entries, capacity, n);
        sentSize = n;
    }

    /** Descriptors kept by {@link #keepSent}. */
    int sentSize() {
        return sentSize;
    }

    /**
     * {@link #merge(Descriptors, Descriptors, int, boolean)} with the descriptors kept by
     * {@link #keepSent} as those sent away, which are then forgotten.
     */
    void mergeWithSent(Descriptors received, int self, boolean keepYounger) {
        mergeWithSent(received.entries(), self, keepYounger);
    }

    /** {@link #mergeWithSent(Descriptors, int, boolean)} of packed entries. */
    void mergeWithSent(long[] received, int self, boolean keepYounger) {
        merge(received, entries, capacity, sentSize, self, keepYounger);
        sentSize = 0;
    }

    /** A bit of a 64-bit filter of node ids: an id whose bit is clear is not among those added. */
    private static long idBit(int id) {
        return 1L << ((id * 0x9E3779B9) >>> 26);
    }

    /** The merge; what was sent is {@code sent[base, base + sentCount)}. */
    private void merge(long[] received, long[] sent, int base, int sentCount, int self, boolean keepYounger) {
        // A filter of the ids in the view (kept a superset while the merge changes it): most
        // received descriptors are of nodes not in the view, and a clear bit says so without
        // a scan of the view.
        long inFilter = 0;
        long[] e = entries;
        for (int i = 0; i < size; i++) {
            inFilter |= idBit((int) e[i]);
        }
        // Only the sent entries still in the view when the merge begins may be replaced: a bit
        // per sent entry (a word covers the usual shuffle lengths without allocating).
        long inView = 0;
        long[] inViewWords = sentCount > 64 ? new long[(sentCount + 63) >>> 6] : null;
        // Where they are, 6 bits each, for the usual sizes: a replacement then finds its slot
        // without a second scan.
        boolean keepAt = sentCount <= 10 && capacity <= 64;
        long positions = 0;
        for (int k = 0; k < sentCount; k++) {
            int sentId = (int) sent[base + k];
            int at = (inFilter & idBit(sentId)) == 0 ? -1 : indexOf(sentId);
            if (at >= 0) {
                if (inViewWords == null) {
                    inView |= 1L << k;
                } else {
                    inViewWords[k >>> 6] |= 1L << k;
                }
                if (keepAt) {
                    positions |= (long) at << (6 * k);
                }
            }
        }
        int next = 0;
        for (long entry : received) {
            int id = (int) entry;
            if (id == self) {
                continue;
            }
            long bit = idBit(id);
            int at = (inFilter & bit) == 0 ? -1 : indexOf(id);
            if (at >= 0) {
                if (keepYounger && Descriptors.ageOf(entry) < Descriptors.ageOf(entries[at])) {
                    entries[at] = entry;
                }
                continue;
            }
            inFilter |= bit;
            if (size < capacity) {
                entries[size++] = entry;
                continue;
            }
            int slot = -1;
            while (slot < 0 && next < sentCount) {
                if (((inViewWords == null ? inView : inViewWords[next >>> 6]) >>> next & 1L) != 0) {
                    int sentId = (int) sent[base + next];
                    int was = keepAt ? (int) (positions >>> (6 * next)) & 63 : -1;
                    // Ids are unique in the view, so an id found where it was is the one a scan
                    // finds (a sent id listed twice was replaced already: the scan says so).
                    slot = was >= 0 && was < size && (int) entries[was] == sentId ? was : indexOf(sentId);
                }
                next++;
            }
            if (slot >= 0) {
                entries[slot] = entry;
            }
        }
    }

    /**
     * WPSS's insertion of a descriptor (an entry packed as {@link Descriptors#pack} packs it):
     * a node already in the view keeps the younger descriptor; otherwise the descriptor takes
     * a free slot or evicts the oldest entry if it is younger than that one.
     */
    void insertEvictingOldest(long entry, int self) {
        int id = Descriptors.idOf(entry);
        if (id == self) {
            return;
        }
        int age = Descriptors.ageOf(entry);
        int at = indexOf(id);
        if (at < 0) {
            if (size < capacity) {
                at = size++;
            } else {
                at = oldest();
                if (age(at) <= age) {
                    return;
                }
            }
        } else if (age >= age(at)) {
            return;
        }
        entries[at] = entry;
    }

    /** An immutable copy of the entries, in view order. */
    Descriptors snapshot() {
        return new Descriptors(Arrays.copyOf(entries, size));
    }

    /** The entries as new descriptors, in view order. */
    Descriptor[] toArray() {
        Descriptor[] out = new Descriptor[size];
        for (int i = 0; i < size; i++) {
            out[i] = get(i);
        }
        return out;
    }
}
