package io.gossamer.sim.core;

import java.util.Arrays;

/**
 * The future-event list: a monotone radix heap whose buckets are chains of fixed-size blocks
 * of primitive arrays.
 *
 * <p>Each entry is a time (nanoseconds), a sink index, an int target and an object payload.
 * Entries leave in order of (time, insertion order): equal times are first in, first out.
 *
 * <p>A radix heap exploits what a discrete-event simulator guarantees: nothing is ever
 * scheduled before the last time taken out. An entry sits in bucket {@code b}, the position of
 * the highest bit in which its time differs from that last time (bucket 0 holds times equal
 * to it). Taking out reads bucket 0 from its head; when it is empty, the lowest non-empty
 * bucket is scanned for its minimum, which becomes the new last time, and its entries are
 * spread over lower buckets. An entry moves at most 64 times and every move is a sequential
 * copy, so the queue keeps its speed with tens of millions of entries pending, where a binary
 * heap misses the cache at every level.
 *
 * <p>Ties stay FIFO because two entries with the same time always share a bucket, buckets are
 * appended to in insertion order and every redistribution preserves relative order.
 *
 * <p>Spreading a bucket until every entry sits alone in bucket 0 would move each entry about
 * log2(bucket size) times. Instead, a bucket of at most {@value #FRONT_MAX} entries is sorted
 * once by (time, insertion order) into the <em>front run</em>, which is read in order; the
 * radix heap's reference time becomes the run's largest time, so every later entry either
 * belongs after the run (buckets) or is inserted into it by binary search.
 *
 * <p>Buckets are chains of blocks of {@value EventBlocks#BLOCK} entries taken from a pool
 * ({@link EventBlocks}) and given back as soon as they are read, so memory follows the peak
 * number of entries pending (the pool keeps its blocks), without the slack and the copying of
 * growing arrays. An entry of bucket {@code b <= 32} agrees with the reference time in all bits
 * from 32 up, so its block keeps only the low 32 bits of its time (16 bytes an entry, not 20).
 *
 * <p>Cancellation is left to the payload (lazy): a cancellable payload carries its own flag
 * and its sink skips it. Not thread-safe; one queue belongs to one simulation.
 */
public final class EventQueue {
    /** Bucket b > 0 holds times whose highest bit differing from the reference is b - 1 (times are not negative). */
    private static final int BUCKETS = 64;
    /** The highest bucket whose blocks keep only the low 32 bits of the times. */
    private static final int NARROW_MAX = 32;
    private static final int BLOCK = EventBlocks.BLOCK;
    private static final int NONE = EventBlocks.NONE;

    private final EventBlocks blocks = new EventBlocks();

    // Bucket state.
    private final int[] headBlock = new int[BUCKETS];
    private final int[] tailBlock = new int[BUCKETS];
    /** Next write position in the tail block. */
    private final int[] tailPos = new int[BUCKETS];
    /** Entries per bucket. */
    private final int[] counts = new int[BUCKETS];
    /** Next read position in the head block of bucket 0. */
    private int headPos;
    /** Bit b is set when bucket b is non-empty. */
    private long occupied;
    /** Reference time of the radix heap: all bucket entries are at or after it. */
    private long last;
    /** Time of the entry last taken out: nothing may be pushed before it. */
    private long floor;
    private int size;

    // Front run: sorted entries, all at or before `last`, read from frontHead.
    static final int FRONT_MAX = 128;
    private long[] frontTimes = new long[FRONT_MAX];
    private long[] frontRoutes = new long[FRONT_MAX];
    private Object[] frontPayloads = new Object[FRONT_MAX];
    private int frontHead;
    private int frontEnd;
    private long[] sortKeys = new long[FRONT_MAX];
    /** The other half of a double buffer with the front arrays, used while sorting. */
    private long[] scratchTimes = new long[FRONT_MAX];
    private long[] scratchRoutes = new long[FRONT_MAX];
    private Object[] scratchPayloads = new Object[FRONT_MAX];

    private long poppedTime;
    private long poppedRoute;
    private Object poppedPayload;

    /** Creates an empty queue whose clock starts at time 0. */
    public EventQueue() {
        Arrays.fill(headBlock, NONE);
        Arrays.fill(tailBlock, NONE);
    }

    /**
     * Adds an entry.
     *
     * @throws IllegalArgumentException if {@code time} is before the time of the last entry
     *     taken out (the queue only moves forward), or the sink index is outside 0..32767
     */
    public void push(long time, int sink, int target, Object payload) {
        if (sink < 0 || sink > EventBlocks.MAX_SINK) {
            throw new IllegalArgumentException("sink index " + sink + " is outside 0.." + EventBlocks.MAX_SINK);
        }
        if (time < last) {
            if (time < floor) {
                throw new IllegalArgumentException(
                        "cannot schedule at " + time + "ns: the queue is already at " + floor + "ns");
            }
            insertIntoFront(time, ((long) sink << 32) | (target & 0xFFFFFFFFL), payload);
        } else {
            long diff = time ^ last;
            int b = diff == 0 ? 0 : 64 - Long.numberOfLeadingZeros(diff);
            append(b, time, ((long) sink << 32) | (target & 0xFFFFFFFFL), payload);
        }
        size++;
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
        if (frontHead < frontEnd) {
            return frontTimes[frontHead];
        }
        if ((occupied & 1L) == 0) {
            refill();
            if (frontHead < frontEnd) {
                return frontTimes[frontHead];
            }
        }
        return last;
    }

    /**
     * Removes the earliest entry; read it with {@link #time()}, {@link #sink()},
     * {@link #target()} and {@link #payload()} until the next call.
     */
    public void pop() {
        if (size == 0) {
            throw new IllegalStateException("the event queue is empty");
        }
        if (frontHead == frontEnd && (occupied & 1L) == 0) {
            refill();
        }
        if (frontHead < frontEnd) {
            int i = frontHead++;
            poppedTime = frontTimes[i];
            poppedRoute = frontRoutes[i];
            poppedPayload = frontPayloads[i];
            frontPayloads[i] = null;
            floor = poppedTime;
            size--;
            return;
        }
        int block = headBlock[0];
        int i = headPos++;
        poppedTime = last;
        floor = last;
        poppedRoute = blocks.route(block, i);
        Object[] p = blocks.payloads[block];
        poppedPayload = p[i];
        p[i] = null;
        size--;
        counts[0]--;
        if (block == tailBlock[0] && headPos == tailPos[0]) {
            // Bucket 0 is empty.
            blocks.release(block);
            headBlock[0] = NONE;
            tailBlock[0] = NONE;
            headPos = 0;
            occupied &= ~1L;
        } else if (headPos == BLOCK) {
            headBlock[0] = blocks.next[block];
            headPos = 0;
            blocks.release(block);
        }
    }

    /** Time of the entry last removed by {@link #pop()}. */
    public long time() {
        return poppedTime;
    }

    /** Sink of the entry last removed by {@link #pop()}. */
    public int sink() {
        return (int) (poppedRoute >>> 32);
    }

    /** Target of the entry last removed by {@link #pop()}. */
    public int target() {
        return (int) poppedRoute;
    }

    /** Payload of the entry last removed by {@link #pop()}. */
    public Object payload() {
        return poppedPayload;
    }

    /** Time of the last entry taken out: no entry can be pushed before it. */
    public long floor() {
        return floor;
    }

    /** Blocks allocated so far (each holds {@value #BLOCK} entries); for memory reports. */
    public int blocksAllocated() {
        return blocks.count();
    }

    private void append(int b, long time, long route, Object payload) {
        int block = tailBlock[b];
        int pos = tailPos[b];
        if (block == NONE) {
            block = blocks.acquire(b > NARROW_MAX);
            headBlock[b] = block;
            tailBlock[b] = block;
            pos = 0;
            occupied |= 1L << b;
        } else if (pos == BLOCK) {
            int fresh = blocks.acquire(b > NARROW_MAX);
            blocks.next[block] = fresh;
            tailBlock[b] = fresh;
            block = fresh;
            pos = 0;
        }
        if (b > NARROW_MAX) {
            blocks.times[block][pos] = time;
        } else {
            blocks.lowTimes[block][pos] = (int) time;
        }
        blocks.setRoute(block, pos, route);
        blocks.payloads[block][pos] = payload;
        tailPos[b] = pos + 1;
        counts[b]++;
    }

    /**
     * Bucket 0 and the front run are empty: sort the lowest non-empty bucket into the front run
     * if it is small, else spread it over the lower buckets.
     */
    private void refill() {
        int b = Long.numberOfTrailingZeros(occupied);
        int first = headBlock[b];
        int lastBlock = tailBlock[b];
        int lastEnd = tailPos[b];
        int n = counts[b];
        headBlock[b] = NONE;
        tailBlock[b] = NONE;
        tailPos[b] = 0;
        counts[b] = 0;
        occupied &= ~(1L << b);
        // Sort keys pack (time - base) above a 20-bit insertion index: exact and stable as long
        // as the bucket spans at most 2^43 ns.
        if (n <= FRONT_MAX && b <= 43) {
            loadFront(b, first, lastBlock, lastEnd, n);
        } else {
            spread(first, lastBlock, lastEnd);
        }
    }

    private void loadFront(int b, int first, int lastBlock, int lastEnd, int n) {
        long base = last & -(1L << b);
        long[] keys = sortKeys;
        int k = 0;
        // Copy the entries into the front arrays in insertion order, then permute by sorted key.
        long[] times0 = frontTimes;
        long[] routes0 = frontRoutes;
        Object[] payloads0 = frontPayloads;
        int block = first;
        while (block != NONE) {
            Object[] p = blocks.payloads[block];
            int end = block == lastBlock ? lastEnd : BLOCK;
            System.arraycopy(p, 0, payloads0, k, end);
            Arrays.fill(p, 0, end, null);
            for (int i = 0; i < end; i++) {
                long t = blocks.time(block, i, last);
                times0[k + i] = t;
                routes0[k + i] = blocks.route(block, i);
                keys[k + i] = ((t - base) << 20) | (k + i);
            }
            k += end;
            int next = blocks.next[block];
            blocks.release(block);
            block = next;
        }
        Arrays.sort(keys, 0, n);
        long[] sortedTimes = scratchTimes;
        long[] sortedRoutes = scratchRoutes;
        Object[] sortedPayloads = scratchPayloads;
        for (int i = 0; i < n; i++) {
            int from = (int) (keys[i] & 0xFFFFF);
            sortedTimes[i] = times0[from];
            sortedRoutes[i] = routes0[from];
            sortedPayloads[i] = payloads0[from];
        }
        Arrays.fill(payloads0, 0, n, null);
        // Swap the scratch arrays in as the front run.
        scratchTimes = times0;
        scratchRoutes = routes0;
        scratchPayloads = payloads0;
        frontTimes = sortedTimes;
        frontRoutes = sortedRoutes;
        frontPayloads = sortedPayloads;
        frontHead = 0;
        frontEnd = n;
        last = sortedTimes[n - 1];
    }

    private void spread(int first, int lastBlock, int lastEnd) {
        // Narrow entries take their high bits from the reference time; the new one (the
        // bucket's minimum) has the same high bits as the old, so either serves.
        long min = Long.MAX_VALUE;
        for (int block = first; block != NONE; block = blocks.next[block]) {
            int end = block == lastBlock ? lastEnd : BLOCK;
            for (int i = 0; i < end; i++) {
                min = Math.min(min, blocks.time(block, i, last));
            }
        }
        last = min;
        int block = first;
        while (block != NONE) {
            Object[] p = blocks.payloads[block];
            int end = block == lastBlock ? lastEnd : BLOCK;
            for (int i = 0; i < end; i++) {
                long time = blocks.time(block, i, min);
                long diff = time ^ min;
                append(diff == 0 ? 0 : 64 - Long.numberOfLeadingZeros(diff), time, blocks.route(block, i), p[i]);
                p[i] = null;
            }
            int next = blocks.next[block];
            blocks.release(block);
            block = next;
        }
        headPos = 0;
    }

    /** Inserts an entry earlier than {@code last} into the front run, after equal times. */
    private void insertIntoFront(long time, long route, Object payload) {
        int lo = frontHead;
        int hi = frontEnd;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (frontTimes[mid] <= time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int pos = lo;
        if (frontHead > 0) {
            // Room before the head: shift the earlier part left.
            int from = frontHead;
            System.arraycopy(frontTimes, from, frontTimes, from - 1, pos - from);
            System.arraycopy(frontRoutes, from, frontRoutes, from - 1, pos - from);
            System.arraycopy(frontPayloads, from, frontPayloads, from - 1, pos - from);
            frontHead--;
            pos--;
        } else {
            if (frontEnd == frontTimes.length) {
                int grown = frontTimes.length * 2;
                frontTimes = Arrays.copyOf(frontTimes, grown);
                frontRoutes = Arrays.copyOf(frontRoutes, grown);
                frontPayloads = Arrays.copyOf(frontPayloads, grown);
                scratchTimes = Arrays.copyOf(scratchTimes, grown);
                scratchRoutes = Arrays.copyOf(scratchRoutes, grown);
                scratchPayloads = Arrays.copyOf(scratchPayloads, grown);
                sortKeys = Arrays.copyOf(sortKeys, grown);
            }
            System.arraycopy(frontTimes, pos, frontTimes, pos + 1, frontEnd - pos);
            System.arraycopy(frontRoutes, pos, frontRoutes, pos + 1, frontEnd - pos);
            System.arraycopy(frontPayloads, pos, frontPayloads, pos + 1, frontEnd - pos);
            frontEnd++;
        }
        frontTimes[pos] = time;
        frontRoutes[pos] = route;
        frontPayloads[pos] = payload;
    }
}
