package io.gossamer.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run loop consults a {@link Pacer} before each advance of the clock and lets it add input. */
class PacerTest {

    @Test
    void thePacerIsAskedForEachTimedEventAndTheLimitAndMayScheduleInputFirst() {
        Simulation sim = new Simulation(1);
        List<String> log = new ArrayList<>();
        List<Long> asked = new ArrayList<>();
        sim.schedule(100, () -> log.add("timer@" + sim.now()));
        sim.schedule(300, () -> log.add("late@" + sim.now()));
        boolean[] inputGiven = {false};
        sim.setPacer(time -> {
            asked.add(time);
            if (time == 300 && !inputGiven[0]) {
                // Input "arrives" at 250, before the event due at 300: scheduled, then the loop looks again.
                inputGiven[0] = true;
                sim.schedule(250 - sim.now(), () -> log.add("input@" + sim.now()));
                return false;
            }
            return true;
        });
        RunResult r = sim.runUntil(1000);
        assertEquals(List.of("timer@100", "input@250", "late@300"), log);
        assertEquals(List.of(100L, 300L, 250L, 300L, 1000L), asked);
        assertEquals(StopReason.NO_EVENTS, r.reason());
        assertEquals(1000, sim.now());
    }

    @Test
    void withoutAPacerTheSameEventsRunInTheSameOrder() {
        Simulation sim = new Simulation(1);
        List<String> log = new ArrayList<>();
        sim.schedule(100, () -> log.add("timer@" + sim.now()));
        sim.schedule(300, () -> log.add("late@" + sim.now()));
        sim.runUntil(1000);
        assertEquals(List.of("timer@100", "late@300"), log);
    }
}
