package io.gossamer.sim.core;

import java.util.Arrays;

/**
 * The future-event list: a monotone radix heap with 32-ary digits, whose buckets are
 * chains of fixed-size blocks of primitive arrays.
 *
 * <p>Each entry is a time (nanoseconds), a sink index, an int target and an object payload.
 * Entries leave in order of (time, insertion order): equal times are first in, first out.
 *
 * <p>A radix heap exploits what a discrete-event simulator guarantees: nothing is ever
 * scheduled before the last time taken out. The times are read as 13 digits of 5 bits. An
 * entry sits in bucket (level, digit): the level is the highest digit position in which its time
 * differs from that last time, the digit its own digit there (always larger than the last time's);
 * bucket 0 holds times equal to it. Buckets in (level, digit) order hold ever later times.
 * Taking out reads bucket 0 from its head; when it is empty, the lowest non-empty bucket is
 * scanned for its minimum, which becomes the new last time, and its entries are spread over
 * lower buckets. An entry moves at most once per level, and every move is a sequential copy, so
 * the queue keeps its speed with tens of millions of entries pending, where a binary heap
 * misses the cache at every level. (A binary radix heap moves an entry once per bit: a flood,
 * whose copies are pushed tens of milliseconds ahead among millions, moved each entry about
 * eleven times; with 5-bit digits, about three.)
 *
 * <p>Ties stay FIFO because two entries with the same time always share a bucket, buckets are
 * appended to in insertion order and every redistribution preserves relative order.
 *
 * <p>Spreading a bucket until every entry sits alone in bucket 0 would move each entry once per
 * level down to the lowest. Instead, a bucket of at most {@value #FRONT_MAX} entries is sorted
 * once by (time, insertion order) into the <em>front run</em>, which is read in order; the
 * radix heap's reference time becomes the run's largest time, so every later entry either
 * belongs after the run (buckets) or is inserted into it by binary search.
 *
 * <p>Buckets are chains of blocks of {@value EventBlocks#BLOCK} entries taken from a pool
 * ({@link EventBlocks}) and given back as soon as they are read, so memory follows the peak
 * number of entries pending (the pool keeps its blocks), without the slack and the copying of
 * growing arrays. An entry of a level below 6 agrees with the reference time in all bits from 30
 * up, so its block keeps only the low 32 bits of its time (14 bytes an entry, not 18).
 *
 * <p>Cancellation is left to the payload (lazy): a cancellable payload carries its own flag
 * and its sink skips it. Not thread-safe; one queue belongs to one simulation.
 */
public final class EventQueue {
    /** Bits of a digit; bucket {@code (level << DIGIT) | digit}, see the class comment. */
    private static final int DIGIT = 5;
    /**
     * 13 levels of 32 digits (times are not negative, so bits 0-62). Digit 0 is never used
     * above bucket 0: a bucket's digit is larger than the reference time's.
     */
    private static final int BUCKETS = (63 / DIGIT + 1) << DIGIT;
    /** The first bucket whose blocks keep whole times: from level 6 on, entries may differ from the reference in bit 30 or higher. */
    private static final int WIDE_MIN = (32 / DIGIT) << DIGIT;
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
    /** Bit b % 64 of word b / 64 is set when bucket b is non-empty. */
    private final long[] occupied = new long[(BUCKETS + 63) / 64];
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
            append(bucket(time, last), time, ((long) sink << 32) | (target & 0xFFFFFFFFL), payload);
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
        if ((occupied[0] & 1L) == 0) {
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
        if (frontHead == frontEnd && (occupied[0] & 1L) == 0) {
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
            occupied[0] &= ~1L;
        } else if (headPos == BLOCK) {
            headBlock[0] = blocks.next[block];
            headPos = 0;
            blocks.release(block);
        }
    }

    /** True if the entry {@code d} places after the next one is in the front run (see {@link #aheadRoute}). */
    boolean hasAhead(int d) {
        return frontHead + d < frontEnd;
    }

    /** Sink (high half) and target (low half) of the entry {@code d} places after the next, if {@link #hasAhead}. */
    long aheadRoute(int d) {
        return frontRoutes[frontHead + d];
    }

    /** Payload of the entry {@code d} places after the next, if {@link #hasAhead}. */
    Object aheadPayload(int d) {
        return frontPayloads[frontHead + d];
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

    /** The bucket of {@code time} (at or after {@code reference}) while the reference time is {@code reference}. */
    private static int bucket(long time, long reference) {
        long diff = time ^ reference;
        if (diff == 0) {
            return 0;
        }
        int level = (63 - Long.numberOfLeadingZeros(diff)) / DIGIT;
        return (level << DIGIT) | (int) (time >>> (level * DIGIT)) & ((1 << DIGIT) - 1);
    }

    private void append(int b, long time, long route, Object payload) {
        int block = tailBlock[b];
        int pos = tailPos[b];
        if (block == NONE) {
            block = blocks.acquire(b >= WIDE_MIN);
            headBlock[b] = block;
            tailBlock[b] = block;
            pos = 0;
            occupied[b >>> 6] |= 1L << b;
        } else if (pos == BLOCK) {
            int fresh = blocks.acquire(b >= WIDE_MIN);
            blocks.next[block] = fresh;
            tailBlock[b] = fresh;
            block = fresh;
            pos = 0;
        }
        if (b >= WIDE_MIN) {
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
        int w = 0;
        while (occupied[w] == 0) {
            w++;
        }
        int b = (w << 6) + Long.numberOfTrailingZeros(occupied[w]);
        int first = headBlock[b];
        int lastBlock = tailBlock[b];
        int lastEnd = tailPos[b];
        int n = counts[b];
        headBlock[b] = NONE;
        tailBlock[b] = NONE;
        tailPos[b] = 0;
        counts[b] = 0;
        occupied[w] &= ~(1L << b);
        // Sort keys pack (time - base) above a 20-bit insertion index: exact and stable as long
        // as the bucket's level spans at most 2^43 ns.
        int span = ((b >>> DIGIT) + 1) * DIGIT;
        if (n <= FRONT_MAX && span <= 43) {
            loadFront(span, first, lastBlock, lastEnd, n);
        } else {
            spread(first, lastBlock, lastEnd);
        }
    }

    /** Sorts a bucket whose entries agree with the reference time in all bits from {@code span} up into the front run. */
    private void loadFront(int span, int first, int lastBlock, int lastEnd, int n) {
        long base = last & -(1L << span);
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
            min = Math.min(min, minTime(block, block == lastBlock ? lastEnd : BLOCK));
        }
        last = min;
        int block = first;
        while (block != NONE) {
            moveBlock(block, block == lastBlock ? lastEnd : BLOCK, min);
            int next = blocks.next[block];
            blocks.release(block);
            block = next;
        }
        headPos = 0;
    }

    // The loops over one block's entries are methods of their own: a spread of a few million
    // entries then runs them compiled after a few dozen blocks, where one method with the
    // loops inside was compiled on stack, a loop at a time, and again as a whole.

    /** The smallest time among the first {@code end} entries of {@code block}. */
    private long minTime(int block, int end) {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < end; i++) {
            min = Math.min(min, blocks.time(block, i, last));
        }
        return min;
    }

    /** Appends the first {@code end} entries of {@code block} to their buckets under the reference time {@code min}. */
    private void moveBlock(int block, int end, long min) {
        Object[] p = blocks.payloads[block];
        for (int i = 0; i < end; i++) {
            long time = blocks.time(block, i, min);
            append(bucket(time, min), time, blocks.route(block, i), p[i]);
            p[i] = null;
        }
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
