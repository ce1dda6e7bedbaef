package io.gossamer.live;

import io.gossamer.sim.core.Pacer;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * Paces a simulation's kernel against the monotonic wall clock: virtual time t is the instant
 * {@code origin + t} of {@link System#nanoTime}, where the origin is taken when the run loop
 * first waits. I/O threads {@link #submit} work (an arriving message); the loop thread runs it
 * while it waits, and the work schedules timed events, so handlers still run one at a time on
 * the loop thread. Waits park the thread; the last few microseconds are spun, since a park
 * overshoots by the kernel's timer slack (about 50 us on Linux).
 */
public final class WallClockPacer implements Pacer {
    /** Waits shorter than this are spun rather than parked. */
    private static final long SPIN_NS = 20_000;

    private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    private volatile Thread loopThread;
    private volatile boolean parked;
    private long origin = Long.MIN_VALUE;
    private Runnable beforeStart;
    private java.util.function.LongSupplier startAt;
    private Runnable onLook = () -> { };

    private long waits;
    private long lateSum;
    private long lateMax;
    /** Lateness histogram: bucket b counts lateness in [2^(b-1), 2^b) ns (bucket 0: on time). */
    private final long[] lateBuckets = new long[64];
    /** Nanoseconds the loop thread spent parked or spinning, waiting for the clock or input. */
    private long idleNs;
    /** When the last wait returned (a timed event then ran until the next wait), or -1. */
    private long eventStart = -1;
    /** True if the timed event that is running is a message arrival (told by {@link #arrivalRunning}). */
    private boolean arrival;
    private long arrivals;
    private long arrivalNs;

    /** Runs {@code check} on the loop thread just before the clock starts (e.g. codec checks). */
    public void beforeStart(Runnable check) {
        this.beforeStart = check;
    }

    /**
     * Takes the clock's origin from {@code origin} (a {@link System#nanoTime} instant, possibly
     * in the future) when the loop first waits, after the {@link #beforeStart} check, instead of
     * starting the clock then: the parts of a split run start theirs at one agreed instant.
     */
    public void startAt(java.util.function.LongSupplier origin) {
        this.startAt = origin;
    }

    /** Runs {@code action} each time the loop looks for its next event (e.g. to flush sockets). */
    public void onLook(Runnable action) {
        this.onLook = action;
    }

    /** Hands {@code work} to the loop thread; it runs at the loop's next look, in submission order. */
    public void submit(Runnable work) {
        inbox.add(work);
        Thread t = loopThread;
        if (parked && t != null) {
            LockSupport.unpark(t);
        }
    }

    /** The virtual time the wall clock reads now (0 before the clock started). */
    public long wallTime() {
        return origin == Long.MIN_VALUE ? 0 : System.nanoTime() - origin;
    }

    @Override
    public boolean awaitUntil(long time) {
        if (origin == Long.MIN_VALUE) {
            loopThread = Thread.currentThread();
            if (beforeStart != null) {
                beforeStart.run();
            }
            origin = startAt != null ? startAt.getAsLong() : System.nanoTime();
        }
        if (arrival) {
            arrivals++;
            arrivalNs += System.nanoTime() - eventStart;
            arrival = false;
        }
        onLook.run();
        while (true) {
            if (drain()) {
                return false;
            }
            long wall = System.nanoTime() - origin;
            long wait = time - wall;
            if (wait <= 0) {
                if (time != Long.MAX_VALUE) {
                    waits++;
                    lateSum -= wait;
                    lateMax = Math.max(lateMax, -wait);
                    lateBuckets[64 - Long.numberOfLeadingZeros(-wait)]++;
                }
                eventStart = System.nanoTime();
                return true;
            }
            long idleFrom = System.nanoTime();
            if (wait <= SPIN_NS) {
                Thread.onSpinWait();
            } else {
                parked = true;
                if (inbox.isEmpty()) {
                    LockSupport.parkNanos(this, wait - SPIN_NS);
                }
                parked = false;
            }
            // A split run's parts wait for their agreed start: that is before the run, not idle time in it.
            idleNs += Math.max(0, System.nanoTime() - Math.max(idleFrom, origin));
        }
    }

    private boolean drain() {
        Runnable r = inbox.poll();
        if (r == null) {
            return false;
        }
        do {
            r.run();
            r = inbox.poll();
        } while (r != null);
        return true;
    }

    /**
     * How late timed events started against their due time. Percentiles are upper bounds from
     * a histogram with power-of-two buckets (a value v ns counts in the bucket up to the next
     * power of two above it), so they are within a factor of 2.
     *
     * @param events timed events the loop waited for
     * @param meanLateNs mean lateness in nanoseconds
     * @param maxLateNs largest lateness in nanoseconds
     * @param p50Ns median lateness (upper bound of its bucket)
     * @param p90Ns 90th percentile
     * @param p99Ns 99th percentile
     */
    public record Lateness(long events, double meanLateNs, long maxLateNs, long p50Ns, long p90Ns, long p99Ns) {
    }

    /** The lateness measured so far. */
    public Lateness lateness() {
        return new Lateness(waits, waits == 0 ? 0 : lateSum / (double) waits, lateMax, percentile(0.5), percentile(0.9),
                percentile(0.99));
    }

    private long percentile(double q) {
        long rank = (long) Math.ceil(q * waits);
        long seen = 0;
        for (int b = 0; b < lateBuckets.length; b++) {
            seen += lateBuckets[b];
            if (seen >= rank && seen > 0) {
                return b == 0 ? 0 : Math.min(lateMax, (1L << b) - 1);
            }
        }
        return 0;
    }

    /**
     * Tells the pacer that the timed event now running (the one it last let through) delivers a
     * message that came off the wire: its wall time, until the loop next waits, is counted as
     * the handling of one arrival (the handlers and the writes of the copies they send).
     */
    public void arrivalRunning() {
        arrival = true;
    }

    /**
     * The handling of arrivals so far.
     *
     * @param count message arrivals handled
     * @param nanos their wall time on the loop thread
     */
    public record Arrivals(long count, long nanos) {
    }

    /** The arrivals handled so far and their wall time. */
    public Arrivals arrivals() {
        return new Arrivals(arrivals, arrivalNs);
    }

    /**
     * Nanoseconds the loop thread has spent waiting (parked or spinning) since the clock
     * started; the rest of the wall time it was running events, handlers and sends.
     */
    public long idleNanos() {
        return idleNs;
    }
}
