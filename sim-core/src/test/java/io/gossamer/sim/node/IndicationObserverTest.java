package io.gossamer.sim.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.Time;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.core.RunResult;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.NetworkConfig;
import io.gossamer.sim.node.EchoFixture.Ask;
import io.gossamer.sim.node.EchoFixture.Echo;
import io.gossamer.sim.node.EchoFixture.Heard;
import io.gossamer.sim.node.EchoFixture.Loud;
import io.gossamer.sim.node.EchoFixture.Root;
import io.gossamer.sim.timer.Timeout;
import io.gossamer.sim.timer.Timer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Run-level observers of port indications ({@link Simulation#observe}). */
class IndicationObserverTest {

    /** Three nodes; each is asked 1, 2 and 3 through both of its tellers; returns the run's result. */
    private static RunResult run(Simulation sim) {
        NodeHost host = new NodeHost(sim, NetworkConfig.ideal());
        List<Root> roots = new ArrayList<>();
        for (int id = 0; id < 3; id++) {
            roots.add(host.start(Address.of(id), Root.class, Init.none()));
        }
        for (int id = 2; id >= 0; id--) {
            int node = id;
            sim.scheduleAt(Time.ms(10 - node), () -> {
                for (int n = 1; n <= 3; n++) {
                    host.inject(node, Echo.class, new Ask(10 * node + n));
                    sim.deliver(roots.get(node).shallow.echo, new Ask(100 + 10 * node + n));
                }
            });
        }
        sim.scheduleAt(Time.ms(20), () -> roots.get(1).listener.ping());
        return sim.run();
    }

    @Test
    void everyIndicationOfEveryNodeIsSeenInTriggerOrderConnectedOrNot() {
        Simulation sim = new Simulation(1);
        List<String> seen = new ArrayList<>();
        sim.observe(Echo.class, Heard.class, (node, h) -> seen.add(node + ":" + h.n));
        run(sim);
        assertEquals(List.of(
                "2:21", "2:121", "2:22", "2:122", "2:23", "2:123",
                "1:11", "1:111", "1:12", "1:112", "1:13", "1:113",
                "0:1", "0:101", "0:2", "0:102", "0:3", "0:103",
                "1:-1"), seen, "the unconnected shallow teller too; the answer to a direct request too");
    }

    @Test
    void anObserverSeesOnlyItsIndicationTypeAndSeveralAreCalledInRegistrationOrder() {
        Simulation sim = new Simulation(1);
        List<String> seen = new ArrayList<>();
        sim.observe(Echo.class, Loud.class, (node, loud) -> seen.add("loud " + loud.n));
        sim.observe(Echo.class, Heard.class, (node, h) -> seen.add("heard " + h.n));
        run(sim);
        assertEquals(List.of("heard 21", "heard 121", "loud 22", "heard 22"), seen.subList(0, 4));
        assertEquals(6, seen.stream().filter(s -> s.startsWith("loud")).count());
    }

    @Test
    void observingChangesNothingInTheRun() {
        RunResult plain = run(new Simulation(5));
        Simulation observed = new Simulation(5);
        int[] count = new int[1];
        observed.observe(Echo.class, Heard.class, (node, h) -> count[0]++);
        observed.observe(Echo.class, Object.class, (node, h) -> count[0]++);
        RunResult withObservers = run(observed);
        assertEquals(38, count[0]);
        assertEquals(plain.timedEvents(), withObservers.timedEvents());
        assertEquals(plain.localEvents(), withObservers.localEvents());
        assertEquals(plain.time(), withObservers.time());
    }

    @Test
    void anIndicationThePortTypeDoesNotDeclareCannotBeObserved() {
        Simulation sim = new Simulation(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sim.observe(Timer.class, Heard.class, (node, h) -> { }));
        assertTrue(e.getMessage().startsWith("cannot observe " + Heard.class.getName() + " on Timer"), e.getMessage());
        sim.observe(Timer.class, Timeout.class, (node, t) -> { });
    }
}
