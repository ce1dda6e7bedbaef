package io.gossamer.sim.core;

import java.util.Arrays;

/**
 * The block storage of the {@link EventQueue}: blocks of {@value #BLOCK} entries (time, route,
 * payload), made when first needed and then kept in free lists for reuse, so memory follows
 * the peak number of entries pending and the collector does not copy the blocks again and
 * again.
 *
 * <p>A block is narrow or wide. A narrow block keeps only the low 32 bits of each time: the
 * queue uses narrow blocks for the buckets whose entries agree with the queue's reference
 * time in every higher bit (the lower levels: entries less than about a second after it), so
 * an entry there costs 14 bytes instead of 18. Wide blocks keep whole times.
 *
 * <p>A route (sink and target) is kept as an int target and a short sink: a simulation has a
 * few sinks ({@link #MAX_SINK} at most).
 */
final class EventBlocks {
    static final int BLOCK = 1024;
    static final int NONE = -1;
    /** The largest sink index an entry can carry. */
    static final int MAX_SINK = Short.MAX_VALUE;

    /** Low 32 bits of the times of narrow blocks (null for wide ones), by block id. */
    int[][] lowTimes = new int[0][];
    /** Times of wide blocks (null for narrow ones), by block id. */
    long[][] times = new long[0][];
    /** Targets and sinks of the entries, by block id. */
    int[][] targets = new int[0][];
    short[][] sinks = new short[0][];
    Object[][] payloads = new Object[0][];
    /** Next block of the same chain, or {@link #NONE}. */
    int[] next = new int[0];
    private int freeNarrow = NONE;
    private int freeWide = NONE;
    private int count;

    /** Blocks made so far. */
    int count() {
        return count;
    }

    /** A block from the free list of its kind, or a new one; its {@code next} is {@link #NONE}. */
    int acquire(boolean wide) {
        int block = wide ? freeWide : freeNarrow;
        if (block != NONE) {
            if (wide) {
                freeWide = next[block];
            } else {
                freeNarrow = next[block];
            }
        } else {
            block = count++;
            if (block == targets.length) {
                int n = Math.max(16, block * 2);
                lowTimes = Arrays.copyOf(lowTimes, n);
                times = Arrays.copyOf(times, n);
                targets = Arrays.copyOf(targets, n);
                sinks = Arrays.copyOf(sinks, n);
                payloads = Arrays.copyOf(payloads, n);
                next = Arrays.copyOf(next, n);
            }
            if (wide) {
                times[block] = new long[BLOCK];
            } else {
                lowTimes[block] = new int[BLOCK];
            }
            targets[block] = new int[BLOCK];
            sinks[block] = new short[BLOCK];
            payloads[block] = new Object[BLOCK];
        }
        next[block] = NONE;
        return block;
    }

    /** Gives a block back (its payload slots must be cleared already). */
    void release(int block) {
        if (times[block] != null) {
            next[block] = freeWide;
            freeWide = block;
        } else {
            next[block] = freeNarrow;
            freeNarrow = block;
        }
    }

    /** The route of entry {@code i} of {@code block}: sink in the high 32 bits, target in the low 32 bits. */
    long route(int block, int i) {
        return ((long) sinks[block][i] << 32) | (targets[block][i] & 0xFFFF_FFFFL);
    }

    /** Stores a route made by {@link #route}. */
    void setRoute(int block, int i, long route) {
        targets[block][i] = (int) route;
        sinks[block][i] = (short) (route >>> 32);
    }

    /**
     * The time of entry {@code i} of {@code block}: stored whole, or, in a narrow block, the
     * high 32 bits taken from {@code reference} (which agrees with every narrow entry there).
     */
    long time(int block, int i, long reference) {
        int[] low = lowTimes[block];
        return low != null ? (reference & 0xFFFF_FFFF_0000_0000L) | (low[i] & 0xFFFF_FFFFL) : times[block][i];
    }
}
