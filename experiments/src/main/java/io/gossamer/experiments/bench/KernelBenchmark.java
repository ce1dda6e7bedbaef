package io.gossamer.experiments.bench;

import io.gossamer.sim.core.EventQueue;
import io.gossamer.sim.random.RandomStream;
import java.util.PriorityQueue;

/**
 * The hold model on the future-event list: with {@code n} events pending, repeatedly take
 * the earliest and push one at its time plus Exp(1000) ns. Gossamer's queue and
 * {@link PriorityQueue} (ordered by time, then insertion sequence) draw the same increments
 * in the same run.
 */
public final class KernelBenchmark {
    private static final double MEAN_INCREMENT = 1000;

    private KernelBenchmark() {
    }

    /**
     * Throughput at one size.
     *
     * @param pending events pending
     * @param operations hold operations timed
     * @param gossamerMops Gossamer's queue, millions of hold operations per second
     * @param priorityQueueMops java.util.PriorityQueue, millions per second
     */
    public record Result(int pending, long operations, double gossamerMops, double priorityQueueMops) {
        /** How many times faster Gossamer's queue is. */
        public double ratio() {
            return gossamerMops / priorityQueueMops;
        }
    }

    /** Measures both queues with {@code pending} events and {@code operations} timed holds. */
    public static Result run(int pending, long operations, long seed) {
        // A short first pass of each lets the JIT compile the loop before the timed pass.
        measureOurs(Math.min(pending, 100_000), operations / 4, seed);
        double ours = measureOurs(pending, operations, seed);
        measurePriorityQueue(Math.min(pending, 100_000), operations / 4, seed);
        double theirs = measurePriorityQueue(pending, operations, seed);
        return new Result(pending, operations, ours, theirs);
    }

    private static long increment(RandomStream random) {
        return (long) random.nextExponential(MEAN_INCREMENT);
    }

    private static double measureOurs(int pending, long operations, long seed) {
        RandomStream random = new RandomStream(seed);
        EventQueue queue = new EventQueue();
        for (int i = 0; i < pending; i++) {
            queue.push(increment(random), 0, i, null);
        }
        long sink = 0;
        long start = System.nanoTime();
        for (long i = 0; i < operations; i++) {
            queue.pop();
            long t = queue.time();
            sink += queue.target();
            queue.push(t + increment(random), 0, (int) i, null);
        }
        long elapsed = System.nanoTime() - start;
        blackhole(sink);
        return operations / (elapsed / 1e3);
    }

    /** Entry of the reference queue. */
    private record Entry(long time, long seq, int target) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private static double measurePriorityQueue(int pending, long operations, long seed) {
        RandomStream random = new RandomStream(seed);
        PriorityQueue<Entry> queue = new PriorityQueue<>(pending + 1);
        long seq = 0;
        for (int i = 0; i < pending; i++) {
            queue.add(new Entry(increment(random), seq++, i));
        }
        long sink = 0;
        long start = System.nanoTime();
        for (long i = 0; i < operations; i++) {
            Entry e = queue.poll();
            sink += e.target();
            queue.add(new Entry(e.time() + increment(random), seq++, (int) i));
        }
        long elapsed = System.nanoTime() - start;
        blackhole(sink);
        return operations / (elapsed / 1e3);
    }

    private static void blackhole(long value) {
        if (value == 42) {
            System.err.print("");
        }
    }
}
