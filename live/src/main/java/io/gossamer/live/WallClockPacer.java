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
    private Runnable onLook = () -> { };

    private long waits;
    private long lateSum;
    private long lateMax;

    /** Runs {@code check} on the loop thread just before the clock starts (e.g. codec checks). */
    public void beforeStart(Runnable check) {
        this.beforeStart = check;
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
            origin = System.nanoTime();
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
                }
                return true;
            }
            if (wait <= SPIN_NS) {
                Thread.onSpinWait();
                continue;
            }
            parked = true;
            if (inbox.isEmpty()) {
                LockSupport.parkNanos(this, wait - SPIN_NS);
            }
            parked = false;
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
     * How late timed events started against their due time.
     *
     * @param events timed events the loop waited for
     * @param meanLateNs mean lateness in nanoseconds
     * @param maxLateNs largest lateness in nanoseconds
     */
    public record Lateness(long events, double meanLateNs, long maxLateNs) {
    }

    /** The lateness measured so far. */
    public Lateness lateness() {
        return new Lateness(waits, waits == 0 ? 0 : lateSum / (double) waits, lateMax);
    }
}
