package io.gossamer.sim.timer;

import static io.gossamer.sim.Time.ms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.ComponentState;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.core.RunResult;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.core.StopReason;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.NetworkConfig;
import io.gossamer.sim.node.NodeHost;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated timer, through the Timer port as components use it. */
class TimerTest {

    static final class Ding extends Timeout {
        final String label;

        Ding(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return "Ding(" + label + ")";
        }
    }

    record Firing(Timeout timeout, long time) {
    }

    /** Schedules on request and records every timeout it gets, with the time. */
    static final class Sleeper extends ComponentDefinition {
        final RequiredPort<Timer> timer = requires(Timer.class);
        final List<Firing> fired = new ArrayList<>();
        /** Cancel the periodic timeout from its own handler at this many firings (0: never). */
        int cancelAfter;
        /** When a timeout labelled "p" fires, schedule a one-shot "chase" this far ahead (0: never). */
        long chaseDelay;

        Sleeper() {
            subscribe(timer, Timeout.class, Sleeper::onTimeout);
        }

        Timeout once(long delay, String label) {
            Ding d = new Ding(label);
            trigger(new ScheduleTimeout(delay, d), timer);
            return d;
        }

        Timeout every(long delay, long period, String label) {
            Ding d = new Ding(label);
            trigger(new SchedulePeriodicTimeout(delay, period, d), timer);
            return d;
        }

        void reschedule(Timeout t, long delay) {
            trigger(new ScheduleTimeout(delay, t), timer);
        }

        void cancel(Timeout t) {
            trigger(new CancelTimeout(t), timer);
        }

        private void onTimeout(Timeout t) {
            fired.add(new Firing(t, now()));
            if (cancelAfter > 0 && fired.size() == cancelAfter) {
                cancel(t);
            }
            if (chaseDelay > 0 && t instanceof Ding d && d.label.equals("p")) {
                once(chaseDelay, "chase");
            }
        }

        List<Long> times() {
            List<Long> ts = new ArrayList<>();
            for (Firing f : fired) {
                ts.add(f.time());
            }
            return ts;
        }
    }

    /** Two sleepers on one node. */
    static final class Bunk extends ComponentDefinition {
        final Sleeper upper = create(Sleeper.class, Init.none());
        final Sleeper lower = create(Sleeper.class, Init.none());
    }

    private Simulation sim;
    private NodeHost host;

    @BeforeEach
    void setUp() {
        sim = new Simulation(11);
        host = new NodeHost(sim, NetworkConfig.ideal());
    }

    private Sleeper sleeper(int node) {
        Sleeper s = host.start(Address.of(node), Sleeper.class, Init.none());
        sim.run();
        return s;
    }

    @Test
    void oneShotFiresExactlyAtNowPlusDelay() {
        Sleeper s = sleeper(0);
        sim.schedule(ms(3) + 17, () -> s.once(ms(7), "a"));
        sim.run();
        assertEquals(List.of(ms(10) + 17), s.times());
        assertEquals("a", ((Ding) s.fired.get(0).timeout()).label);
        assertEquals(0, host.timer().activeTimeouts());
    }

    @Test
    void zeroDelayOneShotFiresAtTheSameTimeAfterTheCurrentCascade() {
        Sleeper s = sleeper(0);
        sim.schedule(ms(1), () -> s.once(0, "now"));
        sim.run();
        assertEquals(List.of(ms(1)), s.times());
    }

    @Test
    void periodicFiresAtDelayThenEveryPeriod() {
        Sleeper s = sleeper(0);
        sim.schedule(ms(2), () -> s.every(ms(5), ms(3), "p"));
        RunResult r = sim.runUntil(ms(22));
        assertEquals(StopReason.TIME_LIMIT, r.reason());
        assertEquals(List.of(ms(7), ms(10), ms(13), ms(16), ms(19), ms(22)), s.times());
        Timeout first = s.fired.get(0).timeout();
        for (Firing f : s.fired) {
            assertSame(first, f.timeout(), "a periodic timeout delivers the same instance every time");
        }
        assertEquals(1, host.timer().activeTimeouts());
    }

    @Test
    void aPeriodicFiringIsRescheduledBeforeWhatItsHandlerSchedules() {
        // The handler runs at once when the timer fires; the next firing must still be queued
        // first, as when the timeout went through the zero-delay queue: at a tie it comes first.
        Sleeper s = sleeper(0);
        s.chaseDelay = ms(3);
        s.every(ms(3), ms(3), "p");
        sim.runUntil(ms(9));
        List<String> labels = new ArrayList<>();
        for (Firing f : s.fired) {
            labels.add(((Ding) f.timeout()).label + "@" + f.time() / ms(1));
        }
        assertEquals(List.of("p@3", "p@6", "chase@6", "p@9", "chase@9"), labels);
    }

    @Test
    void cancellingAOneShotBeforeItFiresPreventsIt() {
        Sleeper s = sleeper(0);
        Timeout t = s.once(ms(10), "x");
        sim.schedule(ms(5), () -> s.cancel(t));
        sim.run();
        assertEquals(List.of(), s.fired);
        assertEquals(0, host.timer().activeTimeouts());
    }

    @Test
    void cancellingAPeriodicBeforeItsFirstFiringPreventsIt() {
        Sleeper s = sleeper(0);
        Timeout t = s.every(ms(10), ms(10), "x");
        sim.schedule(ms(9), () -> s.cancel(t));
        RunResult r = sim.runUntil(ms(1000));
        assertEquals(List.of(), s.fired);
        assertEquals(0, sim.pending(), "a cancelled periodic must not keep rescheduling itself");
        assertEquals(StopReason.NO_EVENTS, r.reason());
    }

    @Test
    void cancellingAPeriodicAfterSomeFiringsStopsIt() {
        Sleeper s = sleeper(0);
        Timeout t = s.every(ms(10), ms(10), "x");
        sim.schedule(ms(35), () -> s.cancel(t));
        sim.runUntil(ms(1000));
        assertEquals(List.of(ms(10), ms(20), ms(30)), s.times());
        assertEquals(0, sim.pending());
    }

    @Test
    void aPeriodicCancelledFromItsOwnHandlerFiresNoMore() {
        Sleeper s = sleeper(0);
        s.cancelAfter = 3;
        s.every(ms(4), ms(4), "self");
        sim.runUntil(ms(1000));
        assertEquals(List.of(ms(4), ms(8), ms(12)), s.times());
        assertEquals(0, sim.pending());
        assertEquals(0, host.timer().activeTimeouts());
    }

    @Test
    void cancellingAnAlreadyFiredTimeoutDoesNothing() {
        Sleeper s = sleeper(0);
        Timeout t = s.once(ms(1), "x");
        sim.run();
        s.cancel(t);
        sim.run();
        assertEquals(List.of(ms(1)), s.times());
    }

    @Test
    void schedulingTheSameInstanceAgainReplacesTheEarlierSchedule() {
        Sleeper s = sleeper(0);
        Timeout t = s.once(ms(10), "x");
        sim.schedule(ms(5), () -> s.reschedule(t, ms(20)));
        sim.run();
        assertEquals(List.of(ms(25)), s.times());
    }

    @Test
    void timeoutsOfAFailedNodeAreNotDeliveredAndItsPeriodicStops() {
        Sleeper s = sleeper(0);
        s.every(ms(10), ms(10), "p");
        s.once(ms(40), "late one-shot");
        sim.schedule(ms(25), () -> host.fail(0));
        RunResult r = sim.runUntil(ms(1000));
        assertEquals(List.of(ms(10), ms(20)), s.times());
        assertEquals(ComponentState.DESTROYED, s.state());
        assertEquals(0, sim.pending(), "the periodic timeout of a destroyed component must stop");
        assertEquals(StopReason.NO_EVENTS, r.reason());
        assertEquals(0, host.timer().activeTimeouts());
    }

    @Test
    void timeoutsOfADestroyedChildStopWhileItsSiblingGoesOn() {
        Bunk bunk = host.start(Address.of(0), Bunk.class, Init.none());
        sim.run();
        bunk.upper.every(ms(10), ms(10), "upper");
        bunk.lower.every(ms(10), ms(10), "lower");
        sim.schedule(ms(25), () -> sim.kill(bunk.upper));
        sim.runUntil(ms(60));
        assertEquals(List.of(ms(10), ms(20)), bunk.upper.times());
        assertEquals(List.of(ms(10), ms(20), ms(30), ms(40), ms(50), ms(60)), bunk.lower.times());
        assertEquals(1, host.timer().activeTimeouts());
    }

    @Test
    void timeoutsGoOnlyToTheComponentThatAskedForThem() {
        Bunk bunk = host.start(Address.of(0), Bunk.class, Init.none());
        Sleeper other = sleeper(1);
        sim.run();
        Timeout u = bunk.upper.once(ms(5), "upper");
        Timeout l = bunk.lower.once(ms(7), "lower");
        Timeout lp = bunk.lower.every(ms(1), ms(4), "lower periodic");
        Timeout o = other.once(ms(5), "other node");
        sim.runUntil(ms(10));
        assertEquals(List.of(new Firing(u, ms(5))), bunk.upper.fired);
        assertEquals(List.of(new Firing(lp, ms(1)), new Firing(lp, ms(5)), new Firing(l, ms(7)), new Firing(lp, ms(9))),
                bunk.lower.fired);
        assertEquals(List.of(new Firing(o, ms(5))), other.fired);
    }

    @Test
    void manyTimeoutsAtTheSameTimeFireInSchedulingOrder() {
        Sleeper s = sleeper(0);
        List<Timeout> order = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            order.add(s.once(ms(5), "t" + i));
        }
        sim.run();
        List<Timeout> got = new ArrayList<>();
        for (Firing f : s.fired) {
            got.add(f.timeout());
            assertEquals(ms(5), f.time());
        }
        assertEquals(order, got);
    }

    @Test
    void invalidRequestsAreRejected() {
        Ding d = new Ding("x");
        assertThrows(IllegalArgumentException.class, () -> new ScheduleTimeout(-1, d));
        assertThrows(IllegalArgumentException.class, () -> new SchedulePeriodicTimeout(-1, 5, d));
        assertThrows(IllegalArgumentException.class, () -> new SchedulePeriodicTimeout(0, 0, d));
        assertTrue(new SchedulePeriodicTimeout(0, 1, d).period() == 1);
    }
}
