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
    private final EventQueue queue = new EventQueue();
    private EventSink[] sinks = new EventSink[8];
    private String[] sinkNames = new String[8];
    private int sinkCount;
    private ComponentRuntime runtime;

    private long now;
    /** When the last event (timed or zero-delay) ran; the clock may have moved on to a run limit since. */
    private long lastEventTime;
    private final LocalFifo fifo = new LocalFifo();
    /**
     * How far behind the next event the one is whose sink the kernel lets read ahead
     * ({@link EventSink#readAhead}): 3, the fourth event after the one about to fire. Far
     * enough that the reads are done when that event fires, near enough that what they load
     * is still in the caches then. (At a million WPSS nodes, the second, fourth and seventh
     * event measured within the machine's noise of each other.)
     */
    private static final int AHEAD = 3;
    /** What the reads ahead returned: kept so that they are not dropped. */
    private long readAheadSum;

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
            drainBacklog();
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
                readAhead();
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

    /** Lets the sink of the event {@link #AHEAD} places behind the next one read what it will need (see {@link EventSink#readAhead}). */
    private void readAhead() {
        if (queue.hasAhead(AHEAD)) {
            long route = queue.aheadRoute(AHEAD);
            try {
                readAheadSum += sinks[(int) (route >>> 32)].readAhead((int) route, queue.aheadPayload(AHEAD));
            } catch (RuntimeException e) {
                // Only a hint: the event itself reports whatever is wrong when it fires.
            }
        }
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
        fifo.add(target, event);
    }

    /**
     * True if a delivery may run at once instead of through the FIFO without changing the
     * order of execution: nothing else is due at this instant, no handler is running and no
     * stop is pending.
     */
    boolean idle() {
        return fifo.isEmpty() && !inHandler && !stopRequested;
    }

    /** True if a tracer is set (it is shown every delivery's target port). */
    boolean tracing() {
        return tracer != null;
    }

    /** Counts a delivery run at once (see {@link #idle}) and shows it to the tracer, as the FIFO would. */
    void countImmediate(Object target, Object event) {
        localEvents++;
        lastEventTime = now;
        if (tracer != null) {
            tracer.local(now, target, event);
        }
    }

    /**
     * {@link #drainLocal} for what was queued before the run started (at a large scale, a
     * million node starts): the same FIFO in the same order, drained by a copy of the loop, so
     * that the compiler profiles the loop of the run itself on deliveries, not on lifecycle
     * steps (compiled for these, it was deoptimised and compiled again when the deliveries began).
     */
    private void drainBacklog() {
        ComponentRuntime r = runtime;
        while (!fifo.isEmpty() && !stopRequested) {
            Object target = fifo.target();
            Object event = fifo.event();
            fifo.remove();
            localEvents++;
            lastEventTime = now;
            if (tracer != null) {
                tracer.local(now, target, event);
            }
            r.runBacklogEntry(target, event);
        }
    }

    private void drainLocal() {
        ComponentRuntime r = runtime;
        while (!fifo.isEmpty() && !stopRequested) {
            Object target = fifo.target();
            Object event = fifo.event();
            fifo.remove();
            localEvents++;
            lastEventTime = now;
            if (tracer != null) {
                tracer.local(now, target, event);
            }
            r.runLocal(target, event);
        }
    }
}
