package io.gossamer.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.load.SweepPlan;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.spi.MetricResult;
import io.gossamer.testing.Stats;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every bundled scenario is valid, runs, and shows what it is meant to show. */
class BundledScenariosTest {
    private static final ScenarioLoader LOADER = ScenarioLoader.discover();

    static Stream<String> bundled() {
        return ScenarioSource.bundled().stream();
    }

    private static RunOutcome run(String name, long seed, List<String> sets) {
        Scenario s = LOADER.load(ScenarioSource.resolve(name), sets);
        return new ScenarioRunner(s, seed).run(RunProgress.NONE);
    }

    private static Map<String, Double> summary(RunOutcome out, String metric) {
        return out.metrics().get(metric).summary();
    }

    @Test
    void wpssOpensATenthOfCroupiersConnectionsAndItsViewGraphLooksRandom() {
        Map<String, Double> wpss = summary(run("wpss-paper", 2013, List.of()), "pss");
        // WPSS's default wormhole period is 10 s: about 0.1 new connection per node per second.
        assertEquals(0.1, wpss.get("connections_per_node_s"), 0.01, wpss::toString);
        assertEquals(50, wpss.get("view_size"), 0.5, wpss::toString);
        assertEquals(0.0, wpss.get("dead_share"), wpss::toString);
        // T5: a random 50-out graph on 1,000 nodes has clustering 0.098 and path length 2.02.
        assertEquals(0.098, wpss.get("clustering"), 0.02, wpss::toString);
        assertEquals(2.02, wpss.get("path_length"), 0.1, wpss::toString);
        assertEquals(1.0, wpss.get("largest_component"), wpss::toString);
        Map<String, Double> croupier = summary(run("wpss-paper", 2013,
                List.of("nodes.peer.protocol={name: croupier, view-size: 25}",
                        "nodes.joiner.protocol={name: croupier, view-size: 25}")), "pss");
        // One shuffle, so one new connection, per node per period.
        assertEquals(1.0, croupier.get("connections_per_node_s"), 0.02, croupier::toString);
        assertTrue(croupier.get("connections_per_node_s") >= 9 * wpss.get("connections_per_node_s"));
        // Public nodes serve the shuffles: about 1/0.2 requests, answered, per second.
        assertTrue(croupier.get("messages_public") > 3 * croupier.get("messages_private"), croupier::toString);
    }

    @Test
    void gossipOverPeerSamplesReachesTheInfectAndDieShareT2() {
        // Random walk with fanout 4 to fresh random samples behaves like infect-and-die: 0.980.
        for (String service : List.of("wpss", "cyclon")) {
            Map<String, Double> d = summary(run("pss-gossip", 41, List.of("node-count=2000",
                    "nodes.peer.protocol.neighbours=" + service, "processes.alerts.count=4")), "dissemination");
            assertEquals(0.980, d.get("coverage"), 0.015, service + ": " + d);
        }
    }

    @Test
    void cyclonAmongPublicNodesApproachesARandomGraphT5AndT6() {
        Map<String, Double> cyclon = summary(run("wpss-paper", 5, List.of(
                "nodes.peer.protocol={name: cyclon, view-size: 50, shuffle-length: 25}",
                "nodes.joiner.protocol={name: cyclon, view-size: 50, shuffle-length: 25}", "nodes.joiner.public=100%")), "pss");
        assertEquals(25, cyclon.get("freshness_rounds"), 2.5, cyclon::toString);
        assertEquals(0.098, cyclon.get("clustering"), 0.02, cyclon::toString);
        assertEquals(2.02, cyclon.get("path_length"), 0.1, cyclon::toString);
        assertEquals(0.0, cyclon.get("connections_private"), cyclon::toString);
    }

    @Test
    void theLibraryHoldsTheScenariosTheDocsPromise() {
        assertTrue(ScenarioSource.bundled().containsAll(List.of("quickstart", "poisson-joins", "churn", "catastrophic-failure",
                "partition-heal", "heterogeneous", "loss-sweep", "pubsub")), ScenarioSource.bundled().toString());
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void validatesWithEveryPointOfItsSweepAndRuns(String name) {
        ScenarioSource source = ScenarioSource.resolve(name);
        Scenario s = LOADER.load(source, List.of());
        SweepPlan plan = SweepPlan.of(s);
        for (SweepPlan.RunSpec run : plan.runs()) {
            LOADER.build(plan.treeOf(run), source);
        }
        RunOutcome out = new ScenarioRunner(s, s.seed()).run(RunProgress.NONE);
        assertTrue(out.events() > 0, name);
        assertTrue(out.endTime() <= s.duration(), name);
        for (MetricResult m : out.metrics().values()) {
            assertTrue(!m.summary().isEmpty());
        }
    }

    @Test
    void poissonJoinsEndNearOneHundredSecondsT7() {
        double[] last = new double[10];
        for (int seed = 0; seed < last.length; seed++) {
            RunOutcome out = run("poisson-joins", seed, List.of());
            assertEquals("condition", out.end());
            assertEquals(1000.0, summary(out, "nodes").get("live_final"));
            last[seed] = out.endTime() / 1e9;
        }
        // Sum of 1000 exponential gaps of mean 100 ms: mean 100 s, sd 3.16 s; the mean of 10 has sd 1 s.
        double mean = Stats.mean(last);
        assertTrue(Math.abs(mean - 100) < 3.5, "mean last join " + mean);
        assertTrue(Stats.sd(last) > 1 && Stats.sd(last) < 6, "sd " + Stats.sd(last));
    }

    @Test
    void aPartitionHalvesTheReachOfWhatIsSentDuringIt() {
        RunOutcome out = run("partition-heal", 17, List.of());
        MetricResult d = out.metrics().get("dissemination");
        List<List<String>> rows = d.tables().get("messages").rows();
        assertEquals(3, rows.size());
        int coverage = d.tables().get("messages").columns().indexOf("coverage");
        assertEquals("1", rows.get(0).get(coverage));
        double during = Double.parseDouble(rows.get(1).get(coverage));
        assertTrue(during > 0.4 && during < 0.6, "coverage during the partition " + during);
        assertEquals("1", rows.get(2).get(coverage));
        assertTrue(summary(out, "traffic").get("dropped_partition") > 0);
    }

    @Test
    void aCatastropheLeavesHalfTheNodesAndFloodingReachesTheirLargestComponent() {
        RunOutcome out = run("catastrophic-failure", 13, List.of());
        assertEquals(500.0, summary(out, "nodes").get("live_final"));
        double coverage = summary(out, "dissemination").get("coverage_alive");
        double component = summary(out, "overlay").get("largest_component_live");
        // Messages come from random live nodes; nearly all sit in the giant component.
        assertTrue(Math.abs(coverage - component) < 0.02, coverage + " vs " + component);
        // The overlay's figures are over the 500 live nodes: a random 6-regular graph that lost half its nodes
        // keeps about half of each node's links (mean in-degree near 3).
        assertEquals(500.0, summary(out, "overlay").get("nodes"));
        assertEquals(3.0, summary(out, "overlay").get("in_degree_mean"), 0.3);
    }

    @Test
    void phonesSlowDownTheHeterogeneousMix() {
        RunOutcome mixed = run("heterogeneous", 19, List.of());
        RunOutcome laptops = run("heterogeneous", 19, List.of("nodes.phone.share=0%", "nodes.laptop.share=100%"));
        assertEquals(1.0, summary(mixed, "dissemination").get("coverage"));
        assertTrue(summary(mixed, "dissemination").get("t90_ms") > 1.5 * summary(laptops, "dissemination").get("t90_ms"));
    }

    @Test
    void churnLeavesSomeLiveNodesUnreachedOnAStaticOverlay() {
        RunOutcome out = run("churn", 11, List.of("duration=40s", "processes.alerts.count=10"));
        Map<String, Double> d = summary(out, "dissemination");
        assertTrue(d.get("coverage") > 0.95 && d.get("coverage") < 1, "coverage " + d.get("coverage"));
        assertNull(d.get("t100_ms"));
    }
}
