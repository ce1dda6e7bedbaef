package io.gossamer.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.Time;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Run controls of {@link Simulation} and the order of timed and zero-delay events. */
class SimulationRunControlTest {

    // ------------------------------------------------------------------ a two-component relay

    /** Requests go to the Echo, indications come back to the Relay. */
    public static final class Hop extends PortType {
        public Hop() {
            request(Req.class);
            indication(Ind.class);
        }
    }

    record Req(int n) {
    }

    record Ind(int n) {
    }

    /** Shared log of who handled what, and when. */
    record Log(List<String> lines) implements Init<Pair> {
    }

    /** Parent wiring a Relay to an Echo. */
    static final class Pair extends ComponentDefinition {
        final Relay relay;
        final Echo echo;

        Pair(Log log) {
            relay = create(Relay.class, new RelayInit(log.lines()));
            echo = create(Echo.class, new EchoInit(log.lines()));
            connect(echo.provided(Hop.class), relay.required(Hop.class));
        }
    }

    record RelayInit(List<String> log) implements Init<Relay> {
    }

    record EchoInit(List<String> log) implements Init<Echo> {
    }

    /** Sends Req(n); on Ind(n) below the limit sends Req(n + 1). */
    static final class Relay extends ComponentDefinition {
        private final RequiredPort<Hop> hop = requires(Hop.class);
        private final List<String> log;
        int limit;

        Relay(RelayInit init) {
            this.log = init.log();
            subscribe(hop, Ind.class, Relay::onInd);
        }

        void send(int... ns) {
            for (int n : ns) {
                trigger(new Req(n), hop);
            }
        }

        private void onInd(Ind ind) {
            log.add("relay " + ind.n() + " @" + now());
            if (ind.n() < limit) {
                trigger(new Req(ind.n() + 1), hop);
            }
        }
    }

    /** Answers Req(n) with Ind(n). */
    static final class Echo extends ComponentDefinition {
        private final ProvidedPort<Hop> hop = provides(Hop.class);
        private final List<String> log;

        Echo(EchoInit init) {
            this.log = init.log();
            subscribe(hop, Req.class, Echo::onReq);
        }

        private void onReq(Req req) {
            log.add("echo " + req.n() + " @" + now());
            trigger(new Ind(req.n()), hop);
        }
    }

    private static List<Long> times(Simulation sim, List<Long> into, long... at) {
        for (long t : at) {
            sim.scheduleAt(t, () -> into.add(sim.now()));
        }
        return into;
    }

    // ------------------------------------------------------------------ time limits

    @Test
    void runUntilStopsAtTheLimitAndLeavesLaterEventsForTheNextCall() {
        Simulation sim = new Simulation(1);
        List<Long> ran = times(sim, new ArrayList<>(), 10, 20, 30);
        RunResult r = sim.runUntil(20);
        assertEquals(StopReason.TIME_LIMIT, r.reason());
        assertEquals(List.of(10L, 20L), ran, "events at and before the limit run, later ones do not");
        assertEquals(20, sim.now());
        assertEquals(20, r.time());
        assertEquals(2, r.timedEvents());
        assertEquals(1, sim.pending());

        RunResult r2 = sim.runUntil(25);
        assertEquals(StopReason.TIME_LIMIT, r2.reason());
        assertEquals(25, sim.now(), "the clock reads the limit even if nothing ran");
        assertEquals(0, r2.timedEvents());

        RunResult r3 = sim.run();
        assertEquals(StopReason.NO_EVENTS, r3.reason());
        assertEquals(List.of(10L, 20L, 30L), ran);
        assertEquals(30, sim.now());
        assertEquals(1, r3.timedEvents());
        assertEquals(3, sim.timedEvents());
    }

    @Test
    void runForAdvancesRelativeToNow() {
        Simulation sim = new Simulation(1);
        List<Long> ran = times(sim, new ArrayList<>(), Time.ms(5), Time.ms(15));
        assertEquals(StopReason.TIME_LIMIT, sim.runFor(Time.ms(10)).reason());
        assertEquals(Time.ms(10), sim.now());
        assertEquals(List.of(Time.ms(5)), ran);
        sim.runFor(Time.ms(10));
        assertEquals(Time.ms(20), sim.now());
        assertEquals(List.of(Time.ms(5), Time.ms(15)), ran);
    }

    /**
     * After a time-limited run the next event has been peeked at; scheduling something between
     * the clock and that event must still work and run in time order.
     */
    @Test
    void schedulingBeforeTheNextPendingEventAfterATimeLimitedRunWorks() {
        Simulation sim = new Simulation(1);
        List<Long> ran = times(sim, new ArrayList<>(), 10, 100);
        sim.runUntil(50);
        assertEquals(50, sim.now());
        sim.schedule(10, () -> ran.add(sim.now()));
        sim.run();
        assertEquals(List.of(10L, 60L, 100L), ran);
    }

    /** Same after a run that used up its event budget. */
    @Test
    void schedulingAfterABudgetStopBeforeTheNextPendingEventWorks() {
        Simulation sim = new Simulation(1);
        List<Long> ran = times(sim, new ArrayList<>(), 10, 100);
        sim.run(RunLimits.none().budget(1));
        assertEquals(10, sim.now());
        sim.schedule(5, () -> ran.add(sim.now()));
        sim.run();
        assertEquals(List.of(10L, 15L, 100L), ran);
    }

    /** "Runs the events up to and including time; the clock then reads time" - also when idle. */
    @Test
    void runUntilMovesTheClockToTheLimitWhenNoEventIsLeft() {
        Simulation sim = new Simulation(1);
        sim.schedule(5, () -> { });
        sim.runUntil(Time.seconds(1));
        assertEquals(Time.seconds(1), sim.now(), "clock after runUntil(1s) with one event at 5ns");
        sim.runFor(Time.seconds(2));
        assertEquals(Time.seconds(3), sim.now(), "clock after runFor(2s) on an idle simulation");
        List<Long> ran = new ArrayList<>();
        sim.schedule(Time.ms(1), () -> ran.add(sim.now()));
        sim.run();
        assertEquals(List.of(Time.seconds(3) + Time.ms(1)), ran, "delays count from the clock");
    }

    // ------------------------------------------------------------------ other limits

    @Test
    void runWithoutLimitsProcessesEverythingAndReportsNoEvents() {
        Simulation sim = new Simulation(1);
        int[] count = {0};
        Runnable[] again = new Runnable[1];
        again[0] = () -> {
            if (++count[0] < 100) {
                sim.schedule(Time.ms(1), again[0]);
            }
        };
        sim.schedule(0, again[0]);
        RunResult r = sim.run();
        assertEquals(StopReason.NO_EVENTS, r.reason());
        assertEquals(100, count[0]);
        assertEquals(100, r.timedEvents());
        assertEquals(Time.ms(99), r.time());
        assertEquals(0, sim.pending());
        assertNull(r.fault());
        assertEquals("", r.message());
    }

    @Test
    void predicateStopsTheRunAsSoonAsItHolds() {
        Simulation sim = new Simulation(1);
        int[] ticks = {0};
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            ticks[0]++;
            sim.schedule(Time.ms(1), tick[0]);
        };
        sim.schedule(Time.ms(1), tick[0]);
        RunResult r = sim.runUntil(() -> ticks[0] >= 5);
        assertEquals(StopReason.PREDICATE, r.reason());
        assertEquals(5, ticks[0]);
        assertEquals(Time.ms(5), sim.now());
        assertEquals(5, r.timedEvents());
        // A predicate that already holds stops before any event.
        RunResult again = sim.runUntil(() -> true);
        assertEquals(StopReason.PREDICATE, again.reason());
        assertEquals(0, again.timedEvents());
        assertEquals(5, ticks[0]);
    }

    @Test
    void eventBudgetCountsTimedEventsPerCall() {
        Simulation sim = new Simulation(1);
        List<Long> ran = times(sim, new ArrayList<>(), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        RunResult r = sim.run(RunLimits.none().budget(3));
        assertEquals(StopReason.EVENT_BUDGET, r.reason());
        assertEquals(3, r.timedEvents());
        assertEquals(List.of(1L, 2L, 3L), ran);
        assertEquals(3, sim.now());
        r = sim.run(RunLimits.none().budget(3));
        assertEquals(3, r.timedEvents());
        assertEquals(6, ran.size());
        r = sim.run(RunLimits.none().budget(100).until(8));
        assertEquals(StopReason.TIME_LIMIT, r.reason());
        assertEquals(8, ran.size());
        r = sim.run();
        assertEquals(StopReason.NO_EVENTS, r.reason());
        assertEquals(10, ran.size());
        assertEquals(10, sim.timedEvents());
    }

    @Test
    void stopFromAHandlerEndsTheRunAfterThatHandler() {
        Simulation sim = new Simulation(1);
        List<String> ran = new ArrayList<>();
        sim.scheduleAt(1, () -> ran.add("a"));
        sim.scheduleAt(2, () -> {
            ran.add("b");
            sim.stop("enough");
            ran.add("b continues to its end");
        });
        sim.scheduleAt(2, () -> ran.add("c, same time, after the stop"));
        sim.scheduleAt(3, () -> ran.add("d"));
        RunResult r = sim.run();
        assertEquals(StopReason.STOPPED, r.reason());
        assertEquals("enough", r.message());
        assertEquals(2, r.time());
        assertEquals(List.of("a", "b", "b continues to its end"), ran);
        assertTrue(r.toString().contains("enough"), r.toString());

        RunResult next = sim.run();
        assertEquals(StopReason.NO_EVENTS, next.reason());
        assertEquals("", next.message(), "the stop message belongs to the run that was stopped");
        assertEquals(List.of("a", "b", "b continues to its end", "c, same time, after the stop", "d"), ran);
    }

    @Test
    void stopFromAComponentHandlerLeavesTheRestOfTheCascadeForTheNextRun() {
        Simulation sim = new Simulation(1);
        List<String> log = new ArrayList<>();
        Pair pair = sim.createRoot(Pair.class, new Log(log), 0);
        sim.start(pair);
        sim.run();
        pair.relay.limit = 5;
        sim.schedule(7, () -> pair.relay.send(1));
        sim.scheduleAt(7, () -> log.add("timed @7"));
        sim.setTracer(new Tracer() {
            @Override
            public void timed(long time, int sink, int target, Object payload) {
            }

            @Override
            public void local(long time, Object target, Object event) {
                if (event instanceof Ind ind && ind.n() == 2) {
                    sim.stop("at Ind 2");
                }
            }
        });
        RunResult r = sim.run();
        assertEquals(StopReason.STOPPED, r.reason());
        assertEquals(List.of("echo 1 @7", "relay 1 @7", "echo 2 @7", "relay 2 @7"), log);
        sim.setTracer(null);
        assertEquals(StopReason.NO_EVENTS, sim.run().reason());
        assertEquals(List.of("echo 1 @7", "relay 1 @7", "echo 2 @7", "relay 2 @7", "echo 3 @7", "relay 3 @7",
                "echo 4 @7", "relay 4 @7", "echo 5 @7", "relay 5 @7", "timed @7"), log);
    }

    @Test
    void runIsNotReentrant() {
        Simulation sim = new Simulation(1);
        List<Throwable> caught = new ArrayList<>();
        sim.schedule(1, () -> {
            try {
                sim.run();
            } catch (IllegalStateException e) {
                caught.add(e);
            }
        });
        assertEquals(StopReason.NO_EVENTS, sim.run().reason());
        assertEquals(1, caught.size());
    }

    // ------------------------------------------------------------------ ordering

    @Test
    void zeroDelayCascadeRunsBeforeSameTimeTimedEventsAndBeforeTimeAdvances() {
        Simulation sim = new Simulation(1);
        List<String> log = new ArrayList<>();
        Pair pair = sim.createRoot(Pair.class, new Log(log), 0);
        sim.start(pair);
        pair.relay.limit = 4;
        sim.scheduleAt(100, () -> {
            // Scheduled before the cascade starts, at the very same time.
            sim.schedule(0, () -> log.add("timed @" + sim.now()));
            sim.schedule(1, () -> log.add("timed @" + sim.now()));
            pair.relay.send(1);
            log.add("kick @" + sim.now());
        });
        sim.run();
        assertEquals(List.of("kick @100",
                "echo 1 @100", "relay 1 @100", "echo 2 @100", "relay 2 @100",
                "echo 3 @100", "relay 3 @100", "echo 4 @100", "relay 4 @100",
                "timed @100", "timed @101"), log);
    }

    @Test
    void zeroDelayDeliveriesAreFirstInFirstOutNotDepthFirst() {
        Simulation sim = new Simulation(1);
        List<String> log = new ArrayList<>();
        Pair pair = sim.createRoot(Pair.class, new Log(log), 0);
        sim.start(pair);
        sim.run();
        pair.relay.send(1, 2, 3);
        RunResult r = sim.run();
        assertEquals(List.of("echo 1 @0", "echo 2 @0", "echo 3 @0", "relay 1 @0", "relay 2 @0", "relay 3 @0"), log);
        assertEquals(6, r.localEvents());
        assertEquals(0, r.timedEvents());
    }

    @Test
    void equalTimesRunInSchedulingOrder() {
        Simulation sim = new Simulation(1);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int k = i;
            sim.scheduleAt(i % 2 == 0 ? 10 : 5, () -> order.add(k));
        }
        sim.run();
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i < 50; i += 2) {
            expected.add(i);
        }
        for (int i = 0; i < 50; i += 2) {
            expected.add(i);
        }
        assertEquals(expected, order);
    }

    // ------------------------------------------------------------------ scheduling
}
