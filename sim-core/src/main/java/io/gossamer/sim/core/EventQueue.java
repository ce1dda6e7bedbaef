package io.gossamer.sim.core;

import java.util.Arrays;

/**
 * The future-event list: a monotone radix heap on primitive arrays.
 *
 * <p>Each entry is a time (nanoseconds), a sink index, an int target and an object payload.
 * Entries leave in order of (time, insertion order): equal times are first in, first out.
 *
 * <p>A radix heap exploits what a discrete-event simulator guarantees: nothing is ever
 * scheduled before the last time taken out. Entries sit in bucket {@code b}, the position of
 * the highest bit in which their time differs from that last time (bucket 0 holds times equal
 * to it). Taking out reads bucket 0 from its head; when it is empty, the lowest non-empty
 * bucket is scanned for its minimum, which becomes the new last time, and its entries are
 * spread over lower buckets. An entry moves at most 64 times and every move is a sequential
 * copy, so the queue keeps its speed with tens of millions of entries pending, where a binary
 * heap misses the cache at every level.
 *
 * <p>Ties stay FIFO because two entries with the same time always share a bucket, buckets are
 * appended to in insertion order and every redistribution preserves relative order.
 *
 * <p>Cancellation is left to the payload (lazy): a cancellable payload carries its own flag
 * and its sink skips it. Not thread-safe; one queue belongs to one simulation.
 */
public final class EventQueue {
    private static final int BUCKETS = 65;
    private static final int INITIAL_CAPACITY = 16;

    private final long[][] times = new long[BUCKETS][];
    private final int[][] sinks = new int[BUCKETS][];
    private final int[][] targets = new int[BUCKETS][];
    private final Object[][] payloads = new Object[BUCKETS][];
    private final int[] sizes = new int[BUCKETS];
    /** Bit b is set when bucket b is non-empty. */
    private long occupied;
    private int head0;
    private long last;
    private int size;
    /**
     * Minimum time outside bucket 0, found by {@link #peekTime()} without moving anything:
     * peeking must not raise the floor, or a push between the last popped time and the peeked
     * time would be refused. Valid until the next pop; pushes keep it up to date.
     */
    private long peekMin;
    private boolean peekValid;

    private long poppedTime;
    private int poppedSink;
    private int poppedTarget;
    private Object poppedPayload;

    /** Creates an empty queue whose clock starts at time 0. */
    public EventQueue() {
        for (int b = 0; b < BUCKETS; b++) {
            times[b] = new long[INITIAL_CAPACITY];
            sinks[b] = new int[INITIAL_CAPACITY];
            targets[b] = new int[INITIAL_CAPACITY];
            payloads[b] = new Object[INITIAL_CAPACITY];
        }
    }

    /**
     * Adds an entry.
     *
     * @throws IllegalArgumentException if {@code time} is before the time of the last entry
     *     taken out (the queue only moves forward)
     */
    public void push(long time, int sink, int target, Object payload) {
        if (time < last) {
            throw new IllegalArgumentException(
                    "cannot schedule at " + time + "ns: the queue is already at " + last + "ns");
        }
        append(bucketOf(time), time, sink, target, payload);
        size++;
        if (peekValid && time < peekMin) {
            peekMin = time;
        }
    }

    /** Number of entries pending (including lazily cancelled ones). */
    public int size() {
        return size;
    }

    /** True when no entry is pending. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** Time of the earliest pending entry; the queue must not be empty. */
    public long peekTime() {
        if (size == 0) {
            throw new IllegalStateException("the event queue is empty");
        }
        if (head0 < sizes[0]) {
            return last;
        }
        if (!peekValid) {
            peekMin = minOf(Long.numberOfTrailingZeros(occupied & ~1L));
            peekValid = true;
        }
        return peekMin;
    }

    /**
     * Removes the earliest entry; read it with {@link #time()}, {@link #sink()},
     * {@link #target()} and {@link #payload()} until the next call.
     */
    public void pop() {
        if (size == 0) {
            throw new IllegalStateException("the event queue is empty");
        }
        if (head0 == sizes[0]) {
            refill();
        }
        peekValid = false;
        int i = head0++;
        poppedTime = last;
        poppedSink = sinks[0][i];
        poppedTarget = targets[0][i];
        Object[] p = payloads[0];
        poppedPayload = p[i];
        p[i] = null;
        if (head0 == sizes[0]) {
            head0 = 0;
            sizes[0] = 0;
            occupied &= ~1L;
        }
        size--;
    }

    /** Time of the entry last removed by {@link #pop()}. */
    public long time() {
        return poppedTime;
    }

    /** Sink of the entry last removed by {@link #pop()}. */
    public int sink() {
        return poppedSink;
    }

    /** Target of the entry last removed by {@link #pop()}. */
    public int target() {
        return poppedTarget;
    }

    /** Payload of the entry last removed by {@link #pop()}. */
    public Object payload() {
        return poppedPayload;
    }

    /** Time of the last entry taken out: no entry can be pushed before it. */
    public long floor() {
        return last;
    }

    private int bucketOf(long time) {
        long diff = time ^ last;
        return diff == 0 ? 0 : 64 - Long.numberOfLeadingZeros(diff);
    }

    private void append(int b, long time, int sink, int target, Object payload) {
        int n = sizes[b];
        if (n == times[b].length) {
            grow(b);
        }
        times[b][n] = time;
        sinks[b][n] = sink;
        targets[b][n] = target;
        payloads[b][n] = payload;
        sizes[b] = n + 1;
        occupied |= 1L << b;
    }

    private void grow(int b) {
        int capacity = times[b].length;
        int next = capacity + (capacity >> 1) + 16;
        times[b] = Arrays.copyOf(times[b], next);
        sinks[b] = Arrays.copyOf(sinks[b], next);
        targets[b] = Arrays.copyOf(targets[b], next);
        payloads[b] = Arrays.copyOf(payloads[b], next);
    }

    /** Bucket 0 is empty: move the smallest non-empty bucket down and read from it. */
    private void refill() {
        head0 = 0;
        sizes[0] = 0;
        long rest = occupied & ~1L;
        // Bucket 64 cannot be marked in a long; it only exists for negative times, which
        // push() rejects, so the highest bucket used is 63.
        int b = Long.numberOfTrailingZeros(rest);
        long[] t = times[b];
        int n = sizes[b];
        // Entries of a lower bucket are all smaller than those of a higher one, so the
        // minimum of the lowest non-empty bucket is the minimum overall (and what peekTime saw).
        last = peekValid ? peekMin : minOf(b);
        int[] s = sinks[b];
        int[] g = targets[b];
        Object[] p = payloads[b];
        sizes[b] = 0;
        occupied &= ~(1L << b);
        for (int i = 0; i < n; i++) {
            long time = t[i];
            append(bucketOf(time), time, s[i], g[i], p[i]);
        }
        Arrays.fill(p, 0, n, null);
        shrinkIfIdle(b);
    }

    private long minOf(int b) {
        long[] t = times[b];
        long min = Long.MAX_VALUE;
        for (int i = 0, n = sizes[b]; i < n; i++) {
            if (t[i] < min) {
                min = t[i];
            }
        }
        return min;
    }

    /** Gives back memory of a large bucket that was just emptied, keeping the heap small. */
    private void shrinkIfIdle(int b) {
        int capacity = times[b].length;
        if (capacity > (1 << 20) && capacity > 4 * size) {
            int next = Math.max(INITIAL_CAPACITY, capacity / 4);
            times[b] = new long[next];
            sinks[b] = new int[next];
            targets[b] = new int[next];
            payloads[b] = new Object[next];
        }
    }
}
