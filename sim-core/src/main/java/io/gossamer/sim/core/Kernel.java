package io.gossamer.sim.core;

import io.gossamer.sim.Time;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * The event kernel of one simulation: the virtual clock, the future-event list with its
 * sinks, the zero-delay FIFO and the run loop. It knows nothing of components: each
 * zero-delay entry is handed to the {@link ComponentRuntime}, which also decides what a
 * failing sink means.
 *
 * <p>The clock is advanced in one place only, {@link #run}, where the earliest timed event
 * is taken; everything else reads {@link #now}. A runtime driven by a wall clock keeps the
 * loop and sets a {@link Pacer}, which waits for each event's time and schedules outside input.
 */
final class Kernel {
    private static final int FIFO_KEEP = 1 << 16;

    private final EventQueue queue = new EventQueue();
    private EventSink[] sinks = new EventSink[8];
    private String[] sinkNames = new String[8];
    private int sinkCount;
    private ComponentRuntime runtime;

    private long now;
    /** When the last event (timed or zero-delay) ran; the clock may have moved on to a run limit since. */
    private long lastEventTime;
    private Object[] fifoTargets = new Object[1024];
    private Object[] fifoEvents = new Object[1024];
    private int fifoHead;
    private int fifoTail;

    private long timedEvents;
    private long localEvents;
    private boolean running;
    /** True while a handler runs: deliveries must then be queued, never run at once. */
    boolean inHandler;
    private boolean stopRequested;
    private String stopMessage = "";
    private Fault fault;
    private Tracer tracer;
    /** Paces the loop against another clock (a live runtime); null in a simulation. */
    private Pacer pacer;

    /** Connects the runtime that runs zero-delay entries (once, while the simulation is made). */
    void attach(ComponentRuntime runtime) {
        this.runtime = runtime;
    }

    long now() {
        return now;
    }

    // ---------------------------------------------------------------- timed events

    int registerSink(String name, EventSink sink) {
        if (sinkCount == sinks.length) {
            sinks = Arrays.copyOf(sinks, sinkCount * 2);
            sinkNames = Arrays.copyOf(sinkNames, sinkCount * 2);
        }
        sinks[sinkCount] = sink;
        sinkNames[sinkCount] = name;
        return sinkCount++;
    }

    String sinkName(int sink) {
        return sinkNames[sink];
    }

    void schedule(long time, int sink, int target, Object payload) {
        if (time < now) {
            throw new IllegalArgumentException("cannot schedule in the past: " + time + "ns < now " + now + "ns");
        }
        queue.push(time, sink, target, payload);
    }

    int pending() {
        return queue.size();
    }

    // ---------------------------------------------------------------- the loop

    RunResult run(RunLimits limits) {
        if (running) {
            throw new IllegalStateException("the simulation is already running (run() called from a handler?)");
        }
        running = true;
        stopRequested = false;
        stopMessage = "";
        fault = null;
        long timedAtStart = timedEvents;
        long localAtStart = localEvents;
        BooleanSupplier stopWhen = limits.stopWhen();
        StopReason reason;
        try {
            while (true) {
                drainLocal();
                if (fault != null) {
                    reason = StopReason.FAULT;
                    break;
                }
                if (stopRequested) {
                    reason = StopReason.STOPPED;
                    break;
                }
                if (stopWhen != null && stopWhen.getAsBoolean()) {
                    reason = StopReason.PREDICATE;
                    break;
                }
                if (pacer != null && !pacer.awaitUntil(queue.isEmpty() ? limits.until() : Math.min(queue.peekTime(), limits.until()))) {
                    continue; // outside input arrived first and was scheduled
                }
                if (queue.isEmpty()) {
                    if (limits.until() != Time.FOREVER) {
                        // runUntil/runFor: the clock reads the limit even when nothing is left.
                        now = Math.max(now, limits.until());
                    }
                    reason = StopReason.NO_EVENTS;
                    break;
                }
                if (queue.peekTime() > limits.until()) {
                    now = Math.max(now, limits.until());
                    reason = StopReason.TIME_LIMIT;
                    break;
                }
                if (timedEvents - timedAtStart >= limits.eventBudget()) {
                    reason = StopReason.EVENT_BUDGET;
                    break;
                }
                queue.pop();
                now = queue.time();
                timedEvents++;
                lastEventTime = now;
                fire(queue.sink(), queue.target(), queue.payload());
            }
        } finally {
            running = false;
        }
        return new RunResult(reason, now, lastEventTime, timedEvents - timedAtStart, localEvents - localAtStart, stopMessage, fault);
    }

    private void fire(int sink, int target, Object payload) {
        if (tracer != null) {
            tracer.timed(now, sink, target, payload);
        }
        try {
            sinks[sink].fire(target, payload);
        } catch (Exception | AssertionError | StackOverflowError e) {
            runtime.raiseFault(null, -1, sinkNames[sink], payload, e);
        }
    }

    void stop(String why) {
        stopRequested = true;
        stopMessage = why == null ? "" : why;
    }

    /** Records the first fault nobody handled and stops the run after the current handler. */
    void fail(Fault f) {
        if (fault == null) {
            fault = f;
        }
        stopRequested = true;
    }

    long lastEventTime() {
        return lastEventTime;
    }

    long timedEvents() {
        return timedEvents;
    }

    long localEvents() {
        return localEvents;
    }

    void setTracer(Tracer tracer) {
        this.tracer = tracer;
    }

    void setPacer(Pacer pacer) {
        this.pacer = pacer;
    }

    // ---------------------------------------------------------------- zero-delay FIFO

    void enqueue(Object target, Object event) {
        if (fifoTail - fifoHead == fifoTargets.length) {
            growFifo();
        }
        int mask = fifoTargets.length - 1;
        fifoTargets[fifoTail & mask] = target;
        fifoEvents[fifoTail & mask] = event;
        fifoTail++;
    }

    /**
     * True if a delivery may run at once instead of through the FIFO without changing the
     * order of execution: nothing else is due at this instant, no handler is running and no
     * stop is pending.
     */
    boolean idle() {
        return fifoHead == fifoTail && !inHandler && !stopRequested;
    }

    /** Counts a delivery run at once (see {@link #idle}) and shows it to the tracer, as the FIFO would. */
    void countImmediate(Object target, Object event) {
        localEvents++;
        lastEventTime = now;
        if (tracer != null) {
            tracer.local(now, target, event);
        }
    }

    private void growFifo() {
        int n = fifoTargets.length;
        Object[] targets = new Object[n * 2];
        Object[] events = new Object[n * 2];
        for (int i = 0; i < n; i++) {
            targets[i] = fifoTargets[(fifoHead + i) & (n - 1)];
            events[i] = fifoEvents[(fifoHead + i) & (n - 1)];
        }
        fifoTargets = targets;
        fifoEvents = events;
        fifoHead = 0;
        fifoTail = n;
    }

    private void drainLocal() {
        if (fifoHead == fifoTail) {
            return;
        }
        drainLocalQueue();
        if (fifoHead == fifoTail && fifoTargets.length > FIFO_KEEP) {
            // A burst (say a million nodes starting) grew the queue: give the memory back.
            fifoTargets = new Object[FIFO_KEEP];
            fifoEvents = new Object[FIFO_KEEP];
            fifoHead = 0;
            fifoTail = 0;
        }
    }

    private void drainLocalQueue() {
        ComponentRuntime r = runtime;
        while (fifoHead != fifoTail && !stopRequested) {
            int i = fifoHead & (fifoTargets.length - 1);
            Object target = fifoTargets[i];
            Object event = fifoEvents[i];
            fifoTargets[i] = null;
            fifoEvents[i] = null;
            fifoHead++;
            localEvents++;
            lastEventTime = now;
            if (tracer != null) {
                tracer.local(now, target, event);
            }
            r.runLocal(target, event);
        }
    }
}
