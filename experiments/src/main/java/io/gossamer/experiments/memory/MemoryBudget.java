package io.gossamer.experiments.memory;

import io.gossamer.scenarios.model.ProcessSpec;
import io.gossamer.scenarios.model.Scenario;

/**
 * How many runs of a sweep fit in the heap at once. A first estimate comes from the run's node
 * count at {@link #BYTES_PER_NODE} bytes a node; where that says fewer runs fit than were asked
 * for, the sweep measures its first run alone and decides from that run's peak heap.
 *
 * @param heapBytes the heap all runs share
 */
public record MemoryBudget(long heapBytes) {
    /**
     * Heap per node of the most memory-hungry bundled workload measured: WPSS at 100,000 nodes
     * peaks at about 1.6 GiB of heap, 16 KiB a node (flooding needs about 0.6 KiB, so for it
     * the estimate is far too high, and the first run's measurement decides).
     */
    public static final long BYTES_PER_NODE = 16 << 10;
    /** Heap of a run besides its nodes: scenario, metrics, result tables. */
    public static final long BYTES_PER_RUN = 16 << 20;
    /** Share of the heap the runs may fill together; the rest is the collector's room. */
    public static final double USABLE = 0.8;

    /** The budget of this JVM's heap. */
    public static MemoryBudget ofThisJvm() {
        return new MemoryBudget(HeapFacts.maxHeap());
    }

    /** The most nodes a run of {@code s} may have: those at time 0 and those its processes add. */
    public static long nodes(Scenario s) {
        long n = s.initialNodes();
        for (ProcessSpec p : s.processes()) {
            n += p.operation().newNodes(p.params(), p.count());
        }
        return n;
    }

    /** The estimated peak heap of one run of {@code s}. */
    public static long estimate(Scenario s) {
        return BYTES_PER_RUN + nodes(s) * BYTES_PER_NODE;
    }

    /** How many runs of {@code perRun} bytes each fit at once, between 1 and {@code requested}. */
    public int fit(int requested, long perRun) {
        long fits = (long) (heapBytes * USABLE) / Math.max(1, perRun);
        return (int) Math.max(1, Math.min(requested, fits));
    }

    /** The heap that {@code jobs} runs of {@code perRun} bytes need together. */
    public static long heapFor(int jobs, long perRun) {
        return (long) Math.ceil(jobs * (double) perRun / USABLE);
    }
}
