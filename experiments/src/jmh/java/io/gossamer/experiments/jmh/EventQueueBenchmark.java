package io.gossamer.experiments.jmh;

import io.gossamer.sim.core.EventQueue;
import io.gossamer.sim.random.RandomStream;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hold model under JMH: one operation takes the earliest event and pushes one at its time
 * plus Exp(1000 ns), with {@code pending} events in the queue; Gossamer's queue against
 * {@code java.util.PriorityQueue} ordered by (time, sequence).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EventQueueBenchmark {
    @Param({"1000", "100000", "1000000"})
    int pending;

    private EventQueue queue;
    private PriorityQueue<Entry> reference;
    private RandomStream random;
    private long sequence;

    private record Entry(long time, long seq) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    @Setup(Level.Trial)
    public void fill() {
        random = new RandomStream(1);
        queue = new EventQueue();
        reference = new PriorityQueue<>(pending + 1);
        for (int i = 0; i < pending; i++) {
            long t = increment();
            queue.push(t, 0, i, null);
            reference.add(new Entry(t, sequence++));
        }
    }

    private long increment() {
        return (long) random.nextExponential(1000);
    }

    /** One hold operation on Gossamer's queue. */
    @Benchmark
    public long gossamer() {
        queue.pop();
        long t = queue.time();
        queue.push(t + increment(), 0, queue.target(), null);
        return t;
    }

    /** One hold operation on java.util.PriorityQueue. */
    @Benchmark
    public long priorityQueue() {
        Entry e = reference.poll();
        reference.add(new Entry(e.time() + increment(), sequence++));
        return e.time();
    }
}
