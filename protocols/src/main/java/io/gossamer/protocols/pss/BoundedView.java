package io.gossamer.protocols.pss;

import io.gossamer.sim.random.RandomStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A view of at most {@code capacity} descriptors, one per node id, in an array (insertion order
 * kept until a removal moves the last entry into the hole). The operations the NAT-aware
 * services share: ageing, the oldest entry, random draws, Cyclon's swap merge and insertion
 * with eviction of the oldest.
 */
final class BoundedView {
    private final Descriptor[] items;
    private int size;

    BoundedView(int capacity) {
        items = new Descriptor[capacity];
    }

    int size() {
        return size;
    }

    int capacity() {
        return items.length;
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean isFull() {
        return size == items.length;
    }

    Descriptor get(int i) {
        return items[i];
    }

    /** Index of node {@code id}, or -1. */
    int indexOf(int id) {
        for (int i = 0; i < size; i++) {
            if (items[i].address().id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** Adds {@code d} if its node is not in the view and there is room; true if added. */
    boolean addIfRoom(Descriptor d) {
        if (size == items.length || indexOf(d.address().id()) >= 0) {
            return false;
        }
        items[size++] = d;
        return true;
    }

    Descriptor removeAt(int i) {
        Descriptor d = items[i];
        items[i] = items[--size];
        items[size] = null;
        return d;
    }

    /** Adds one round to every age. */
    void ageAll() {
        for (int i = 0; i < size; i++) {
            items[i] = items[i].older();
        }
    }

    /** Index of the oldest entry (the first of equals), or -1 if empty. */
    int oldest() {
        int at = -1;
        for (int i = 0; i < size; i++) {
            if (at < 0 || items[i].age() > items[at].age()) {
                at = i;
            }
        }
        return at;
    }

    /** Up to {@code k} distinct entries drawn uniformly (a partial Fisher-Yates shuffle of a copy). */
    Descriptor[] draw(int k, RandomStream random) {
        int n = Math.min(Math.max(k, 0), size);
        Descriptor[] copy = Arrays.copyOf(items, size);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(size - i);
            Descriptor t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        return Arrays.copyOf(copy, n);
    }

    /**
     * Cyclon's merge: skips {@code self}; for a node already in the view keeps the younger
     * descriptor; fills empty slots; then replaces entries that went to the other side
     * ({@code sentAway}, in the order they were sent); drops the rest.
     */
    void merge(Descriptor[] received, Descriptor[] sentAway, int self) {
        List<Integer> replaceable = new ArrayList<>(sentAway.length);
        for (Descriptor d : sentAway) {
            if (indexOf(d.address().id()) >= 0) {
                replaceable.add(d.address().id());
            }
        }
        int next = 0;
        for (Descriptor d : received) {
            int id = d.address().id();
            if (id == self) {
                continue;
            }
            int at = indexOf(id);
            if (at >= 0) {
                if (d.age() < items[at].age()) {
                    items[at] = d;
                }
                continue;
            }
            if (size < items.length) {
                items[size++] = d;
                continue;
            }
            while (next < replaceable.size() && indexOf(replaceable.get(next)) < 0) {
                next++;
            }
            if (next == replaceable.size()) {
                continue;
            }
            items[indexOf(replaceable.get(next++))] = d;
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
            if (d.age() < items[at].age()) {
                items[at] = d;
            }
            return;
        }
        if (size < items.length) {
            items[size++] = d;
            return;
        }
        int oldest = oldest();
        if (items[oldest].age() > d.age()) {
            items[oldest] = d;
        }
    }

    /** The entries as a new array. */
    Descriptor[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Copies the entries into {@code into} from {@code offset}; returns the next offset. */
    int copyInto(Descriptor[] into, int offset) {
        System.arraycopy(items, 0, into, offset, size);
        return offset + size;
    }
}
