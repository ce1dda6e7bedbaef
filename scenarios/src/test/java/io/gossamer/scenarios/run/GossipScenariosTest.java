package io.gossamer.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.ProtocolProvider;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gossip protocols as scenario files name them. */
class GossipScenariosTest {
    private static final ScenarioLoader LOADER = ScenarioLoader.discover();
    /** 1,000 nodes, 1 ms per message, one 1 KiB broadcast from node 0 at t = 0. */
    private static final String BASE = """
            name: gossip
            seed: 3
            duration: 30s
            stop-when: STOP
            network:
              latency: 1ms
              header-bytes: 40B
            nodes:
              - class: peer
                count: 1000
                protocol: PROTOCOL
            processes:
              - name: alert
                do: broadcast
                size: 1KiB
                from: 0
            metrics:
              - dissemination
              - traffic
            """;

    @TempDir
    Path dir;

    private Scenario load(String protocol, String stop) throws IOException {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, BASE.replace("STOP", stop).replace("PROTOCOL", protocol));
        return LOADER.load(ScenarioSource.ofFile(f), List.of());
    }

    private Map<String, Double> run(String protocol, String stop) throws IOException {
        return outcome(protocol, stop).metrics().get("dissemination").summary();
    }

    private RunOutcome outcome(String protocol, String stop) throws IOException {
        Scenario s = load(protocol, stop);
        return new ScenarioRunner(s, s.seed()).run(RunProgress.NONE);
    }

    @Test
    void everyGossipProtocolIsRegisteredWithItsNeighboursChoice() {
        for (String name : List.of("random-walk", "push", "push-pull", "infect-and-die")) {
            ProtocolProvider p = LOADER.registries().protocols().all().stream()
                    .filter(q -> q.name().equals(name)).findFirst().orElseThrow();
            assertEquals(List.of(io.gossamer.protocols.broadcast.Broadcast.class), p.provides());
            Param neighbours = p.parameters().stream().filter(q -> q.key().equals("neighbours")).findFirst().orElseThrow();
            assertEquals(io.gossamer.scenarios.spi.Kind.NEIGHBOURS, neighbours.kind());
            assertEquals("overlay", neighbours.defaultValue());
        }
    }

    @Test
    void anOverlayIsBuiltOnlyWhenTheNeighboursAreTheOverlays() throws IOException {
        assertNotNull(load("push", "all-delivered").overlay());
        assertNull(load("{name: push, neighbours: all}", "all-delivered").overlay());
        assertNotNull(load("random-walk", "no-events").overlay());
        assertNull(load("{name: infect-and-die, neighbours: all}", "no-events").overlay());
    }

    @Test
    void pushAndPushPullReachEveryNodeOfTheCompleteGraph() throws IOException {
        Map<String, Double> push = run("{name: push, neighbours: all}", "all-delivered");
        Map<String, Double> pushPull = run("{name: push-pull, neighbours: all}", "all-delivered");
        assertEquals(1.0, push.get("coverage"));
        assertEquals(1.0, pushPull.get("coverage"));
        // Rounds every 100 ms: push needs about 18, push-pull about 8.
        assertTrue(push.get("t100_ms") > 1200 && push.get("t100_ms") < 2600, push.toString());
        assertTrue(pushPull.get("t100_ms") < 0.6 * push.get("t100_ms"), pushPull + " against " + push);
        // Rounds: aligned at multiples of 100 ms, the message injected at 0 and each push 1 ms on the wire, so
        // the rounds that fell before every node had it are t100 / 100 ms rounded down. Push on the complete graph
        // needs log2 N + ln N = 16.9 rounds for N = 1000 (Frieze and Grimmett, Pittel), give or take a few.
        assertEquals(Math.floor(push.get("t100_ms") / 100), push.get("rounds_all"));
        assertEquals(push.get("rounds_all"), push.get("rounds_last"), "one message that reached everyone");
        assertEquals(push.get("rounds_all"), push.get("rounds_last_max"));
        assertEquals(16.9, push.get("rounds_all"), 4);
        assertEquals(Math.floor(pushPull.get("t100_ms") / 100), pushPull.get("rounds_all"));
        assertTrue(pushPull.get("rounds_all") < 0.6 * push.get("rounds_all"), pushPull.toString());
    }

    @Test
    void roundsAreElapsedPeriodsWithARandomPhaseAndAbsentForProtocolsWithoutRounds() throws IOException {
        Map<String, Double> random = run("{name: push, neighbours: all, phase: random}", "all-delivered");
        assertEquals(Math.ceil(random.get("t100_ms") / 100), random.get("rounds_all"));
        Map<String, Double> flood = run("flood", "all-delivered");
        assertTrue(!flood.containsKey("rounds_all") && !flood.containsKey("rounds_last"), flood.keySet().toString());
        // Each node pushes a message in one round only: it stops short, so rounds_all is undefined, rounds_last not.
        Map<String, Double> brief = run("{name: push, neighbours: all, max-rounds: 1}", "no-events");
        assertTrue(brief.get("coverage") < 1, brief.toString());
        assertEquals(null, brief.get("rounds_all"));
        assertEquals(Math.floor(brief.get("last_ms") / 100), brief.get("rounds_last"));
    }

    @Test
    void infectAndDieReachesAboutTheShareTheTheoryGives() throws IOException {
        RunOutcome out = outcome("{name: infect-and-die, fanout: 3, neighbours: all}", "no-events");
        Map<String, Double> d = out.metrics().get("dissemination").summary();
        // pi = 1 - exp(-3 pi) = 0.941; one run is within a few standard deviations (0.008).
        assertEquals(0.941, d.get("coverage"), 0.04);
        assertEquals(3 * 1000 * d.get("coverage"), d.get("sent"), 1e-6);
        // One rumour per network message: its 1 KiB payload plus the 40-byte header.
        Map<String, Double> traffic = out.metrics().get("traffic").summary();
        assertEquals(d.get("sent"), traffic.get("sent"));
        assertEquals(d.get("sent") * (1024 + 40), traffic.get("sent_bytes"));
        // About 6 % of the nodes are never reached: the shares of all targets past that are
        // undefined, those over the nodes it reached are not.
        assertNull(d.get("t99_ms"));
        assertEquals(0.0, d.get("t99_n"));
        assertNull(d.get("t99_n_ms"));
        assertEquals(1.0, d.get("t50_n"));
        assertEquals(d.get("t50_ms"), d.get("t50_n_ms"));
        assertEquals(1000 * d.get("coverage"), d.get("reached_mean"), 1e-9);
        assertTrue(d.get("t50_reached_ms") <= d.get("t50_ms") && d.get("t90_reached_ms") <= d.get("t99_reached_ms")
                && d.get("t99_reached_ms") <= d.get("last_ms"), d.toString());
        // One message: pooled figures are its own.
        assertEquals(d.get("t90_reached_ms"), d.get("pooled_t90_ms"));
        assertEquals(d.get("last_ms"), d.get("last_max_ms"));
        // The run stops once nothing is left to do, at the next sampling time: the last event ran before.
        assertTrue(out.lastEventTime() >= d.get("last_ms") * 1e6 && out.lastEventTime() < out.endTime(),
                out.lastEventTime() + " " + out.endTime());
        // Every message sent was delivered or dropped: nothing is left in flight.
        assertEquals(0.0, traffic.get("in_flight"));
        assertEquals(traffic.get("sent"), traffic.get("delivered"));
    }

    @Test
    void randomWalkWithFanoutAtLeastTheDegreeIsFlooding() throws IOException {
        Map<String, Double> flood = run("flood", "no-events");
        Map<String, Double> walk = run("{name: random-walk, fanout: 8}", "no-events");
        assertEquals(flood, walk);
        Map<String, Double> narrow = run("{name: random-walk, fanout: 2}", "no-events");
        assertTrue(narrow.get("sent") < flood.get("sent") / 3 && narrow.get("coverage") < flood.get("coverage"), narrow.toString());
    }

    @Test
    void badValuesAreRejectedWithTheValidOnes() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> load("{name: push, neighbours: everyone}", "all-delivered"));
        assertTrue(e.getMessage().contains("overlay") && e.getMessage().contains("all"), e.getMessage());
        // Ranges are checked when the run builds its stacks.
        ScenarioFileException p = assertThrows(ScenarioFileException.class, () -> outcome("{name: push-pull, period: 0s}", "all-delivered"));
        assertTrue(p.getMessage().contains("period"), p.getMessage());
    }
}
