package io.gossamer.experiments.memory;

import io.gossamer.sim.node.NodeHost;

/**
 * Keeps an eye on one run so that running out of memory can be explained: it holds a small
 * reserve (freed first, so the explanation itself has room) and the run's host, from which it
 * reads how many nodes and events were live when memory ran out. Catch the
 * {@link OutOfMemoryError} where the run's own references are gone (outside the call that ran
 * it) and pass it to {@link #outOfMemory}, which drops the last reference to the run.
 */
public final class RunWatch {
    /** Enough to build the message and print it; every byte of it is resident for the whole run. */
    private static final int RESERVE_BYTES = 1 << 20;
    /** Heap beyond the measured need, for the collector's room and what the run still grows. */
    private static final double HEADROOM = 1.5;

    private final String what;
    private final long plannedNodes;
    private final String advice;
    private byte[] reserve = new byte[RESERVE_BYTES];
    private volatile NodeHost host;

    /**
     * A watch.
     *
     * @param what what runs, for the message ("bench flood", "run quickstart", "run p2-r1 of sweep x")
     * @param plannedNodes how many nodes the run would reach at most
     * @param advice an extra hint for this kind of run ("" for none), e.g. to lower --jobs
     */
    public RunWatch(String what, long plannedNodes, String advice) {
        this.what = what;
        this.plannedNodes = plannedNodes;
        this.advice = advice;
        // Load and make the management beans the message reads now, while memory is plentiful:
        // made for the first time in a full heap, they could run out of memory themselves.
        HeapFacts.usedHeap();
        HeapFacts.physicalMemory();
    }

    /** The run's host (call once its services exist). */
    public void attach(NodeHost host) {
        this.host = host;
    }

    /** Forgets the run (it ended). */
    public void detach() {
        this.host = null;
    }

    /** The exception to throw instead of {@code error}, with what this watch saw. */
    public RunOutOfMemory outOfMemory(OutOfMemoryError error) {
        // Read first: once the run's objects are unreachable, any collection frees them.
        long used;
        try {
            used = HeapFacts.usedHeap();
        } catch (OutOfMemoryError again) {
            reserve = null;
            used = HeapFacts.usedHeap();
        }
        reserve = null;
        NodeHost h = host;
        host = null;
        long live = h == null ? 0 : h.liveCount();
        long pending = h == null ? -1 : h.simulation().pending();
        long processed = h == null ? -1 : h.simulation().timedEvents() + h.simulation().localEvents();
        h = null;
        long max = HeapFacts.maxHeap();
        return new RunOutOfMemory(message(error.getMessage(), live, pending, processed, Math.max(used, 1), max));
    }

    private String message(String kind, long live, long pending, long processed, long used, long max) {
        StringBuilder m = new StringBuilder("out of memory (").append(kind == null ? "Java heap space" : kind).append(") in ")
                .append(what).append(": ");
        long needed;
        if (live > 0) {
            long perNode = used / live;
            m.append("the ").append(HeapFacts.bytes(max)).append(" heap held ").append(HeapFacts.count(live)).append(" live nodes");
            if (plannedNodes > live) {
                m.append(" (of ").append(HeapFacts.count(plannedNodes)).append(" planned)");
            }
            if (pending >= 0) {
                m.append(" and ").append(HeapFacts.count(pending)).append(" pending events, ")
                        .append(processed == 0 ? "before the first event ran" : "after " + HeapFacts.count(processed) + " events");
            }
            m.append(": about ").append(HeapFacts.bytes(perNode)).append(" per node, events included. ");
            // A run that had all its nodes and still grew needs more than it had; else scale by the nodes still to come.
            needed = (long) (Math.max(max * 1.5, perNode * (double) Math.max(plannedNodes, live) * HEADROOM));
        } else {
            m.append("the ").append(HeapFacts.bytes(max)).append(" heap ran out while setting up ")
                    .append(HeapFacts.count(plannedNodes)).append(" nodes, before any started: more than ")
                    .append(HeapFacts.bytes(plannedNodes == 0 ? max : max / (double) plannedNodes)).append(" per node. ");
            needed = max * 2;
        }
        m.append("Give it more memory, about ").append(HeapFacts.bytes(needed)).append(" of heap: ")
                .append(HeapFacts.javaOptsWithHeap(needed));
        HeapFacts.physicalMemory().ifPresent(ram -> {
            m.append(" (this machine has ").append(HeapFacts.bytes(ram)).append(" of memory");
            if (needed > ram * 0.9) {
                m.append(", not enough: use a larger machine or fewer nodes");
            }
            m.append(')');
        });
        if (!advice.isEmpty()) {
            m.append("; ").append(advice);
        }
        return m.append('.').toString();
    }
}
