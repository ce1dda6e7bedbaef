package io.gossamer.protocols.hyparview;

import io.gossamer.sim.random.RandomStream;
import java.util.Arrays;

/**
 * A bounded set of node ids in insertion order (removal swaps in the last one), with a time
 * stamp per member: the last time the member was heard from, for the active view. Small
 * (tens of ids), so linear search is the fastest lookup.
 */
final class PeerView {
    private final int capacity;
    private final int[] ids;
    private final long[] stamps;
    private int size;

    PeerView(int capacity) {
        this.capacity = capacity;
        this.ids = new int[capacity];
        this.stamps = new long[capacity];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean isFull() {
        return size >= capacity;
    }

    int get(int i) {
        return ids[i];
    }

    long stamp(int i) {
        return stamps[i];
    }

    boolean contains(int id) {
        return indexOf(id) >= 0;
    }

    /** Adds {@code id} stamped {@code time}; the caller has made room. */
    void add(int id, long time) {
        if (isFull()) {
            throw new IllegalStateException("view full");
        }
        ids[size] = id;
        stamps[size++] = time;
    }

    /** Re-stamps {@code id} if it is a member. */
    void touch(int id, long time) {
        int i = indexOf(id);
        if (i >= 0) {
            stamps[i] = time;
        }
    }

    boolean remove(int id) {
        int i = indexOf(id);
        if (i < 0) {
            return false;
        }
        removeAt(i);
        return true;
    }

    void removeAt(int i) {
        size--;
        ids[i] = ids[size];
        stamps[i] = stamps[size];
    }

    /** A member drawn uniformly, other than {@code a} and {@code b}; -1 if none. */
    int random(RandomStream random, int a, int b) {
        int eligible = size - (contains(a) ? 1 : 0) - (b != a && contains(b) ? 1 : 0);
        if (eligible <= 0) {
            return -1;
        }
        int k = random.nextInt(eligible);
        for (int i = 0; i < size; i++) {
            int id = ids[i];
            if (id != a && id != b && k-- == 0) {
                return id;
            }
        }
        throw new AssertionError();
    }

    /** Up to {@code k} distinct members drawn uniformly (a partial shuffle of a copy). */
    int[] sample(RandomStream random, int k) {
        int[] copy = Arrays.copyOf(ids, size);
        int n = Math.min(k, size);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(size - i);
            int t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        return Arrays.copyOf(copy, n);
    }

    /** The members, in view order. */
    int[] toArray() {
        return Arrays.copyOf(ids, size);
    }

    private int indexOf(int id) {
        for (int i = 0; i < size; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }
}
