package io.gossamer.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.core.SimulationRunControlTest.Log;
import io.gossamer.sim.core.SimulationRunControlTest.Pair;
import io.gossamer.sim.Time;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scheduled actions and sinks: cancellation, scheduling errors, sink targets and payloads,
 * and the tracer. Uses the fixtures of {@link SimulationRunControlTest}.
 */
class SchedulingTest {

    @Test
    void cancelledActionDoesNotRun() {
        Simulation sim = new Simulation(1);
        List<String> ran = new ArrayList<>();
        ScheduledAction a = sim.schedule(10, () -> ran.add("a"));
        ScheduledAction b = sim.schedule(20, () -> ran.add("b"));
        sim.schedule(15, b::cancel);
        a.cancel();
        assertTrue(a.isCancelled());
        assertFalse(b.isCancelled());
        assertEquals(10, a.time());
        sim.run();
        assertTrue(ran.isEmpty(), "cancelled actions ran: " + ran);
        assertTrue(b.isCancelled());
    }

    @Test
    void cancellingAnActionThatAlreadyRanChangesNothing() {
        Simulation sim = new Simulation(1);
        int[] runs = {0};
        ScheduledAction a = sim.schedule(10, () -> runs[0]++);
        sim.run();
        a.cancel();
        sim.run();
        assertEquals(1, runs[0]);
    }

    @Test
    void schedulingInThePastOrWithANegativeDelayFails() {
        Simulation sim = new Simulation(1);
        sim.schedule(100, () -> { });
        sim.run();
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(-1, () -> { }));
        assertThrows(IllegalArgumentException.class, () -> sim.scheduleAt(99, () -> { }));
        int sink = sim.registerSink("test", (t, p) -> { });
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(50, sink, 0, null));
        assertEquals(0, sim.pending());
    }

    @Test
    void sinksReceiveTheirTargetAndPayloadAtTheirTime() {
        Simulation sim = new Simulation(1);
        List<String> got = new ArrayList<>();
        int a = sim.registerSink("a", (target, payload) -> got.add("a " + target + " " + payload + " @" + sim.now()));
        int b = sim.registerSink("b", (target, payload) -> got.add("b " + target + " " + payload + " @" + sim.now()));
        assertEquals("a", sim.sinkName(a));
        assertEquals("b", sim.sinkName(b));
        // More sinks than the initial table holds.
        for (int i = 0; i < 20; i++) {
            sim.registerSink("extra" + i, (target, payload) -> { });
        }
        sim.schedule(30, b, 7, "x");
        sim.schedule(20, a, 3, "y");
        sim.schedule(30, a, 4, "z");
        sim.run();
        assertEquals(List.of("a 3 y @20", "b 7 x @30", "a 4 z @30"), got);
    }

    @Test
    void sinksReadAheadOfLaterEventsWithoutChangingTheRun() {
        Simulation sim = new Simulation(1);
        List<String> log = new ArrayList<>();
        int sink = sim.registerSink("ahead", new EventSink() {
            @Override
            public void fire(int target, Object payload) {
                log.add("fire " + payload + " @" + sim.now());
            }

            @Override
            public long readAhead(int target, Object payload) {
                log.add("ahead " + payload);
                if (target == 5) {
                    throw new IllegalStateException("a read ahead that fails is ignored");
                }
                return target;
            }
        });
        for (int i = 0; i < 12; i++) {
            sim.schedule(100 + i, sink, i, "p" + i);
        }
        sim.run();
        List<String> fired = log.stream().filter(line -> line.startsWith("fire")).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            expected.add("fire p" + i + " @" + (100 + i));
        }
        assertEquals(expected, fired, "the events fire as without reading ahead");
        // Each event read ahead is read just before an earlier one fires, so before its own firing.
        List<String> ahead = log.stream().filter(line -> line.startsWith("ahead")).toList();
        assertFalse(ahead.isEmpty(), "nothing was read ahead: " + log);
        for (String line : ahead) {
            int i = Integer.parseInt(line.substring("ahead p".length()));
            String next = log.get(log.indexOf(line) + 1);
            int firing = Integer.parseInt(next.substring("fire p".length(), next.indexOf(' ', "fire p".length())));
            assertTrue(next.startsWith("fire") && firing < i, line + " was followed by " + next + ": " + log);
        }
    }

    @Test
    void tracerSeesEveryTimedAndLocalEventInOrder() {
        Simulation sim = new Simulation(1);
        List<String> trace = new ArrayList<>();
        List<String> log = new ArrayList<>();
        Pair pair = sim.createRoot(Pair.class, new Log(log), 0);
        sim.setTracer(new Tracer() {
            @Override
            public void timed(long time, int sink, int target, Object payload) {
                trace.add("timed " + sim.sinkName(sink) + " @" + time);
            }

            @Override
            public void local(long time, Object target, Object event) {
                trace.add("local " + event + " @" + time);
            }
        });
        sim.start(pair);
        sim.schedule(5, () -> pair.relay.send(9));
        RunResult r = sim.run();
        assertEquals(List.of("local START @0", "timed actions @5", "local Req[n=9] @5", "local Ind[n=9] @5"), trace);
        assertEquals(3, r.localEvents());
        assertEquals(1, r.timedEvents());
        assertEquals(4, r.events());
    }
}
