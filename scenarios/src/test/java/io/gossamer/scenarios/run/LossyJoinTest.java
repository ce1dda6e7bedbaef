package io.gossamer.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.model.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, section 1: joins and subscriptions travel over connections, so loss from t = 0
 * delays them but leaves no node out (loss that starts after the joins is the reference).
 */
class LossyJoinTest {
    private static final String FLOOD = """
            name: lossy-join
            duration: 60s
            stop-when: all-delivered
            network:
              latency: {model: uniform, min: 5ms, max: 50ms}
              loss: 10%
            nodes:
              - class: server
                count: 1
                protocol: bootstrap-server
              - class: peer
                count: 40
                protocol: {name: flood, neighbours: bootstrap}
            processes:
              - name: alerts
                do: broadcast
                class: peer
                count: 5
                every: 1s
                start: 5s
            metrics: [dissemination, traffic]
            """;
    /** The same loss, starting once every node has joined. */
    private static final String AFTER_JOINS = "  - name: alerts\n";
    private static final String LOSS_LATER = "  - name: lossy\n    do: set-loss\n    loss: 10%\n    start: 4s\n"
            + "  - name: alerts\n";

    @TempDir
    Path dir;

    private RunOutcome run(String yaml, List<String> sets, long seed) throws IOException {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, yaml);
        Scenario s = ScenarioLoader.discover().load(ScenarioSource.ofFile(f), sets);
        return new ScenarioRunner(s, seed).run(RunProgress.NONE);
    }

    private static Map<String, Double> summary(RunOutcome out, String metric) {
        return out.metrics().get(metric).summary();
    }

    @Test
    void lossFromTheStartLeavesEveryPoolCompleteAndOnlyDelaysTheAlerts() throws IOException {
        String later = FLOOD.replace("  loss: 10%\n", "").replace(AFTER_JOINS, LOSS_LATER);
        RunOutcome early = run(FLOOD, List.of(), 7);
        RunOutcome late = run(later, List.of(), 7);
        for (RunOutcome out : List.of(early, late)) {
            Map<String, Double> d = summary(out, "dissemination");
            assertEquals(1.0, d.get("coverage_min"));
            // Every pool holds the 39 other peers: the origin sends 39 copies, every other peer 38.
            assertEquals(5 * (39 + 39 * 38), d.get("sent"));
            assertEquals(0.0, summary(out, "traffic").get("dropped_loss"));
            assertTrue(summary(out, "traffic").get("retransmissions") > 0);
        }
        // The joins lost copies too.
        assertTrue(summary(early, "traffic").get("retransmissions") > summary(late, "traffic").get("retransmissions"));
    }

    @Test
    void sparsePoolsReachTheSameShareWhetherLossStartsBeforeOrAfterTheJoins() throws IOException {
        List<String> sparse = List.of("nodes.server.protocol={name: bootstrap-server, peers: recent, k: 2}",
                "nodes.peer.count=60");
        String later = FLOOD.replace("  loss: 10%\n", "").replace(AFTER_JOINS, LOSS_LATER);
        for (long seed = 1; seed <= 3; seed++) {
            Map<String, Double> early = summary(run(FLOOD, sparse, seed), "dissemination");
            Map<String, Double> late = summary(run(later, sparse, seed), "dissemination");
            assertEquals(1.0, early.get("coverage_min"), "seed " + seed);
            assertEquals(1.0, late.get("coverage_min"), "seed " + seed);
        }
    }

    @Test
    void datagramsOverTheSamePoolsAreStillLost() throws IOException {
        List<String> datagram = List.of("nodes.server.protocol={name: bootstrap-server, peers: recent, k: 2}",
                "nodes.peer.count=60", "nodes.peer.protocol={name: flood, neighbours: bootstrap, transport: datagram}");
        RunOutcome out = run(FLOOD, datagram, 1);
        assertTrue(summary(out, "traffic").get("dropped_loss") > 0);
    }

    @Test
    void pubSubDeliversEveryAlertToEveryLiveSubscriberUnderLossFromTheStart() throws IOException {
        String pubsub = """
                name: lossy-pubsub
                duration: 60s
                stop-when: all-delivered
                network:
                  latency: 20ms
                  loss: 10%
                nodes:
                  - class: broker
                    count: 1
                    protocol: broker
                  - class: user
                    count: 200
                    protocol: pubsub
                processes:
                  - name: alerts
                    do: broadcast
                    class: user
                    count: 5
                    every: 1s
                    start: 1s
                metrics: [dissemination, traffic]
                """;
        RunOutcome out = run(pubsub, List.of(), 3);
        Map<String, Double> d = summary(out, "dissemination");
        assertEquals(5.0, d.get("complete"));
        assertEquals(1.0, d.get("coverage_min"));
        assertEquals(0.0, summary(out, "traffic").get("dropped_loss"));
        assertTrue(summary(out, "traffic").get("retransmissions") > 0);
    }

    /**
     * The study of issue 16's report, smaller (80 phones, 20 laptops; the report had 200 and
     * 50): with 5 % loss from t = 0, pub/sub and flooding reach everyone (so every message has
     * its t90), random walk the share it reaches without loss.
     */
    @Test
    void theStudyUnderLossFromTheStartMatchesTheStudyWithoutLoss() throws IOException {
        String study = """
                name: lossy-study
                duration: 60s
                stop-when: all-delivered
                node-count: 100
                network:
                  latency: {model: lognormal, mean: 20ms, sd: 10ms}
                  header-bytes: 40B
                  loss: 5%
                nodes:
                  - class: broker
                    count: 0
                    uplink: 100Mbit/s
                    protocol: broker
                  - class: server
                    count: 0
                    protocol: bootstrap-server
                  - class: phone
                    share: 80%
                    uplink: 5Mbit/s
                    downlink: 20Mbit/s
                    access-latency: 30ms
                    protocol: pubsub
                  - class: laptop
                    share: 20%
                    uplink: 50Mbit/s
                    downlink: 100Mbit/s
                    access-latency: 5ms
                    protocol: pubsub
                processes:
                  - name: alerts
                    do: broadcast
                    size: 1KiB
                    count: 5
                    every: 2s
                    start: 2s
                metrics: [dissemination, traffic]
                """;
        List<String> pubsub = List.of("nodes.broker.count=1");
        List<String> flood = List.of("nodes.server.count=1", "nodes.phone.protocol={name: flood, neighbours: bootstrap}",
                "nodes.laptop.protocol={name: flood, neighbours: bootstrap}");
        List<String> walk = List.of("nodes.server.count=1",
                "nodes.phone.protocol={name: random-walk, neighbours: bootstrap, fanout: 2}",
                "nodes.laptop.protocol={name: random-walk, neighbours: bootstrap, fanout: 2}");
        for (List<String> variant : List.of(pubsub, flood, walk)) {
            Map<String, Double> lossy = summary(run(study, variant, 5), "dissemination");
            Map<String, Double> clean = summary(run(study.replace("  loss: 5%\n", ""), variant, 5), "dissemination");
            if (variant != walk) {
                assertEquals(1.0, lossy.get("coverage_min"), variant::toString);
                assertNotNull(lossy.get("t90_ms"), variant::toString);
            }
            assertEquals(clean.get("coverage"), lossy.get("coverage"), 0.05, variant::toString);
        }
    }
}
